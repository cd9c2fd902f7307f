import type { SignInAnswer } from '../../../../server/sign-in-as/schemas';
import type { Api } from '../../../lib/api';

/** The same kind of token authentication.getAuthToken() returns inside Teams; `expiresIn` in seconds. */
export type SandboxToken = SignInAnswer;

/** POST /api/sandbox/signin. A one-off action, so a fetcher without a hook. */
export function signIn(api: Api, userId: string): Promise<SandboxToken> {
  return api.request<SandboxToken>('/api/sandbox/signin', { method: 'POST', body: { userId }, auth: false });
}
