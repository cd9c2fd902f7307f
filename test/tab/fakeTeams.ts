// Replaces @microsoft/teams-js, which fetches a CDN file at import time and needs a real host
// frame. Use with: vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule)
import { vi } from 'vitest';

export interface FakeHost {
  name: string;
  locale: string;
  theme: string;
  user: { id: string; displayName: string; userPrincipalName: string; tenant: { id: string } };
  frameContext: string;
  /** The subEntityId of the deep link that opened the tab, if one did. */
  subPageId?: string;
  getAuthToken: () => Promise<string>;
  /** What the window opened by authentication.authenticate ends with: its result, or a rejection. */
  authenticate: (url: string) => Promise<string>;
}

let host: FakeHost | null = null;
let themeHandler: ((theme: string) => void) | null = null;

export const teamsModule = {
  app: {
    // The real SDK rejects like this in a top-level window with no opener: a plain browser.
    initialize: vi.fn(async () => {
      if (!host) throw new Error('Initialization Failed. No Parent window found.');
    }),
    getContext: vi.fn(async () => {
      if (!host) throw new Error('The library has not yet been initialized');
      return {
        app: { locale: host.locale, theme: host.theme, host: { name: host.name, clientType: 'web' } },
        page: { id: 'home', frameContext: host.frameContext, subPageId: host.subPageId },
        user: host.user,
      };
    }),
    notifySuccess: vi.fn(async () => ({})),
    registerOnThemeChangeHandler: vi.fn((handler: (theme: string) => void) => {
      themeHandler = handler;
    }),
  },
  authentication: {
    getAuthToken: vi.fn(() => (host ? host.getAuthToken() : Promise.reject(new Error('Not in a host')))),
    authenticate: vi.fn((params: { url: string; width?: number; height?: number }) =>
      host ? host.authenticate(params.url) : Promise.reject(new Error('Not in a host')),
    ),
    notifySuccess: vi.fn((_result?: string) => {}),
    notifyFailure: vi.fn((_reason?: string) => {}),
  },
};

/** Runs the next render inside a Teams host. */
export function enterHost(overrides: Partial<FakeHost> = {}): FakeHost {
  host = {
    name: 'Teams',
    locale: 'en-us',
    theme: 'default',
    user: {
      id: 'aad-object-id',
      displayName: 'Teams User',
      userPrincipalName: 'teams.user@contoso-italia.example',
      tenant: { id: 'tenant-id' },
    },
    frameContext: 'content',
    getAuthToken: async () => 'no-token-configured',
    authenticate: async () => Promise.reject(new Error('CancelledByUser')),
    ...overrides,
  };
  return host;
}

/** What the host does when the user picks another theme in its settings. */
export function changeHostTheme(theme: string): void {
  if (!themeHandler) throw new Error('The tab registered no theme handler.');
  themeHandler(theme);
}

export function resetTeams(): void {
  host = null;
  themeHandler = null;
  for (const group of Object.values(teamsModule)) {
    for (const fn of Object.values(group)) fn.mockClear();
  }
}
