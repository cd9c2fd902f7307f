// The only importer of @microsoft/teams-js (STYLE.md): the rest of the tab sees plain types.
import { app, authentication } from '@microsoft/teams-js';

export type HostTheme = 'default' | 'dark' | 'contrast';

export interface HostUser {
  id: string | null;
  displayName: string | null;
  userPrincipalName: string | null;
  /** What Entra ID's sign-in pages take as login_hint: the account the host is signed in with. */
  loginHint: string | null;
  tenantId: string | null;
}

/** Teams, Outlook or the Microsoft 365 app, as the page sees it once connected. */
export interface Host {
  /** The host's own name: "Teams", "Outlook", "Office" ... */
  name: string;
  /** BCP 47 tag of the user's language in the host, e.g. "it-it". */
  locale: string;
  theme: HostTheme;
  user: HostUser;
  /**
   * The place in the tab a deep link opened it at (its `subEntityId`): a path of the tab without
   * its leading slash, e.g. "meetings/<seriesId>/sessions/<occurrenceId>"; null or absent when none.
   */
  subPageId?: string | null;
}

/**
 * Connects to the host, or resolves null when the page is not running inside one.
 *
 * teams-js rejects at once in a top-level window with no opener, which is the plain browser
 * case. In any other frame or popup it waits for a parent that may never answer, so a timeout
 * turns that silence into "no host". The timeout is generous because a slow Teams client that
 * answers late would otherwise be mistaken for a plain browser.
 */
export async function connectHost({ timeoutMs = 4000 } = {}): Promise<Host | null> {
  let timer: number | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = window.setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([app.initialize().then(() => 'ready' as const), timeout]);
    if (outcome === 'timeout') return null;
  } catch {
    // The rejection only says "no parent window": that is the answer, not a failure.
    return null;
  } finally {
    window.clearTimeout(timer);
  }
  return toHost(await app.getContext());
}

function toHost(context: app.Context): Host {
  return {
    name: context.app.host.name,
    locale: context.app.locale,
    theme: toHostTheme(context.app.theme),
    subPageId: context.page.subPageId || null,
    user: {
      id: context.user?.id ?? null,
      displayName: context.user?.displayName ?? null,
      userPrincipalName: context.user?.userPrincipalName ?? null,
      loginHint: context.user?.loginHint ?? context.user?.userPrincipalName ?? null,
      tenantId: context.user?.tenant?.id ?? null,
    },
  };
}

function toHostTheme(theme: string | undefined): HostTheme {
  // Hosts add themes over time ("glass"); anything unknown gets the light theme.
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/**
 * Follows the host's theme. teams-js keeps a single handler and has no way to remove it, so
 * the returned function only silences the listener.
 */
export function onHostThemeChange(listener: (theme: HostTheme) => void): () => void {
  let active = true;
  app.registerOnThemeChangeHandler((theme) => {
    if (active) listener(toHostTheme(theme));
  });
  return () => {
    active = false;
  };
}

/** Hides the host's loading indicator (the manifest's showLoadingIndicator). */
export async function notifyReady(): Promise<void> {
  await app.notifySuccess();
}

/**
 * A token for Tandem's API from Teams single sign-on. Called for every request on purpose:
 * the host caches tokens and renews them before they expire, which a copy here would not.
 */
export function getAuthToken(): Promise<string> {
  return authentication.getAuthToken();
}

/**
 * Opens a page of Tandem's own origin (the manifest's validDomains) in a window the host opens
 * and watches: Entra ID's consent prompt refuses to show inside a frame. Resolves with what that
 * page reported through `finishAuthentication`; rejects with the host's reason ("CancelledByUser"
 * when the person closes the window). Hosts open it only in answer to a click, so call it from one.
 * https://learn.microsoft.com/javascript/api/@microsoft/teams-js/authentication#@microsoft-teams-js-authentication-authenticate-1
 */
export function authenticateInWindow(url: string, { width = 600, height = 535 } = {}): Promise<string> {
  return authentication.authenticate({ url, width, height });
}

/** In that window: hands the outcome back to the tab; the host then closes the window. */
export function finishAuthentication(outcome: { ok: true; result: string } | { ok: false; reason: string }): void {
  if (outcome.ok) authentication.notifySuccess(outcome.result);
  else authentication.notifyFailure(outcome.reason);
}
