// The host side of the TeamsJS postMessage protocol, as the Teams web client plays it, for what
// Tandem uses. It runs in the host page (see host.ts), which transpiles and inlines this file; it
// must stay self-contained: no imports at run time.
//
// Read from @microsoft/teams-js 2.58 (dist/esm/.../internal/communication.js, appHelpers.js,
// handlers.js, public/app/app.js, public/authentication.js):
// - the app posts requests {id, uuidAsString, func, args, timestamp, apiVersionTag, ...} to its
//   parent (a frame's window.parent, a popup's window.opener);
// - the host answers a request with {id, uuidAsString, args}: the app matches it by uuid, else id;
// - the host sends events with {func, args} and no id ("themeChange");
// - the app accepts a host message only from its parent and from an https origin on teams-js'
//   list of Microsoft hosts (or its own origin).

export type HostTheme = 'default' | 'dark' | 'contrast';
export type FrameContext = 'content' | 'authentication';

export interface HostUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  tenantId: string;
}

export interface HostConfig {
  tabUrl: string;
  /** The tab's origin: messages from any other origin are ignored, as Teams does. */
  tabOrigin: string;
  locale: string;
  theme: HostTheme;
  user: HostUser;
  /** "web", "desktop" ... what the host tells the app it is. */
  clientType: string;
  hostName: string;
  /** The place in the tab a deep link opened it at (its context's subEntityId), if any. */
  subEntityId?: string;
}

/** A request the host received, kept for the test to read. */
export interface HostCall {
  func: string;
  args: unknown[];
  /** Who sent it: the tab's frame or the authentication popup. */
  from: FrameContext;
  /** Date.now() when it arrived, comparable with times taken in the tab's frame. */
  at: number;
  apiVersionTag?: string;
}

interface Request {
  id: number;
  uuidAsString?: string;
  func: string;
  args?: unknown[];
  apiVersionTag?: string;
}

export interface TeamsHostApi {
  calls: HostCall[];
  /** Requests the host has no answer for (a real host would answer "not supported"). */
  unhandled: HostCall[];
  /** The user picks another theme in the host's settings. */
  setTheme(theme: HostTheme): void;
}

declare global {
  interface Window {
    teamsHost: TeamsHostApi;
    /** Exposed by the test (host.ts): an SSO token for the host's user, from the sandbox tenant. */
    teamsHostAuthToken(request: {
      resources: unknown;
      claims: unknown;
      silent: unknown;
      tenantId: unknown;
    }): Promise<string>;
  }
}

// What a Teams web client of 2025 declares (public/runtime.ts): apiVersion 4, and
// app.notifySuccessResponse, so app.notifySuccess() waits for the host's answer.
const RUNTIME = {
  apiVersion: 4,
  isLegacyTeams: false,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  supports: {
    app: { notifySuccessResponse: {} },
    appInstallDialog: {},
    pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
    teamsCore: {},
  },
};
const SUPPORTED_SDK_VERSION = '2.58.0';

export function startTeamsHost(config: HostConfig): TeamsHostApi {
  const frame = document.getElementById('tab') as HTMLIFrameElement;
  const calls: HostCall[] = [];
  const unhandled: HostCall[] = [];
  let theme = config.theme;
  let popup: Window | null = null;
  let pendingAuth: { reply: (args: unknown[]) => void; watch: number } | null = null;
  const sessionId = crypto.randomUUID();

  function context(frameContext: FrameContext): Record<string, unknown> {
    // The legacy context shape the host sends; teams-js maps it to app.Context (app.ts getContext).
    return {
      locale: config.locale,
      theme,
      frameContext,
      entityId: 'home',
      hostName: config.hostName,
      hostClientType: config.clientType,
      sessionId,
      appSessionId: sessionId,
      userObjectId: config.user.id,
      userDisplayName: config.user.displayName,
      userPrincipalName: config.user.userPrincipalName,
      loginHint: config.user.userPrincipalName,
      tid: config.user.tenantId,
      tenantSKU: 'enterprise',
      userLicenseType: 'Unknown',
      isFullScreen: false,
      // teams-js gives it to the app as page.subPageId.
      ...(config.subEntityId ? { subEntityId: config.subEntityId } : {}),
    };
  }

  function finishAuth(args: unknown[]): void {
    if (!pendingAuth) return;
    window.clearInterval(pendingAuth.watch);
    pendingAuth.reply(args);
    pendingAuth = null;
    if (popup && !popup.closed) popup.close();
    popup = null;
  }

  async function answer(request: Request, from: FrameContext, reply: (args: unknown[]) => void): Promise<boolean> {
    const args = request.args ?? [];
    switch (request.func) {
      case 'initialize':
        // args: [sdk version, runtime api version, extra valid origins]
        reply([from, config.clientType, JSON.stringify(RUNTIME), SUPPORTED_SDK_VERSION]);
        return true;
      case 'getContext':
        reply([context(from)]);
        return true;
      case 'registerHandler':
        // "themeChange", "load", "beforeUnload" ...: the host only notes that the app listens.
        return true;
      case 'appInitialization.appLoaded':
      case 'appInitialization.failure':
      case 'appInitialization.expectedFailure':
        return true;
      case 'appInitialization.success':
        // Answered because the runtime declares app.notifySuccessResponse.
        reply([]);
        return true;
      case 'authentication.getAuthToken': {
        const [resources, claims, silent, tenantId] = args;
        try {
          reply([true, await window.teamsHostAuthToken({ resources, claims, silent, tenantId })]);
        } catch (error) {
          reply([false, error instanceof Error ? error.message : String(error)]);
        }
        return true;
      }
      case 'authentication.authenticate': {
        // args: [url, width, height, isExternal]. Teams web opens the page in a popup whose
        // opener is the host; the popup reports with authentication.notifySuccess/Failure.
        const [url, width, height] = args as [string, number | undefined, number | undefined];
        if (pendingAuth) finishAuth([false, 'CancelledByUser']);
        if (new URL(url).origin !== config.tabOrigin) {
          reply([false, 'The authentication page must be on the app’s own origin (validDomains).']);
          return true;
        }
        popup = window.open(url, 'teams-authentication', `width=${width ?? 600},height=${height ?? 535}`);
        if (!popup) {
          reply([false, 'FailedToOpenWindow']);
          return true;
        }
        // Closing the window without an answer is a cancellation, as in Teams.
        const watch = window.setInterval(() => {
          if (popup?.closed) finishAuth([false, 'CancelledByUser']);
        }, 250);
        pendingAuth = { reply, watch };
        return true;
      }
      case 'authentication.authenticate.success':
        finishAuth([true, args[0]]);
        return true;
      case 'authentication.authenticate.failure':
        finishAuth([false, args[0]]);
        return true;
      default:
        return false;
    }
  }

  window.addEventListener('message', (event: MessageEvent) => {
    const from: FrameContext | null =
      event.source === frame.contentWindow ? 'content' : popup && event.source === popup ? 'authentication' : null;
    if (!from || event.origin !== config.tabOrigin) return;
    const request = event.data as Partial<Request> | null;
    if (!request || typeof request !== 'object' || typeof request.id !== 'number' || typeof request.func !== 'string')
      return;
    const call: HostCall = {
      func: request.func,
      args: request.args ?? [],
      from,
      at: Date.now(),
      apiVersionTag: request.apiVersionTag,
    };
    calls.push(call);
    const source = event.source as Window;
    const reply = (args: unknown[]) =>
      source.postMessage({ id: request.id, uuidAsString: request.uuidAsString, args }, config.tabOrigin);
    void answer(request as Request, from, reply).then((handled) => {
      if (!handled) unhandled.push(call);
    });
  });

  frame.src = config.tabUrl;

  return {
    calls,
    unhandled,
    setTheme(next) {
      theme = next;
      frame.contentWindow?.postMessage({ func: 'themeChange', args: [next] }, config.tabOrigin);
    },
  };
}
