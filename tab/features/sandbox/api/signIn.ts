import type { Api } from '../../../lib/api';

export interface SandboxToken {
  /** The same kind of token authentication.getAuthToken() returns inside Teams. */
  accessToken: string;
  /** Seconds. */
  expiresIn: number;
}

/** POST /api/sandbox/signin. A one-off action, so a fetcher without a hook. */
export function signIn(api: Api, userId: string): Promise<SandboxToken> {
  return api.request<SandboxToken>('/api/sandbox/signin', { method: 'POST', body: { userId }, auth: false });
}
