import type { BrowserContext } from 'playwright-core';

// Entra ID's authorize endpoint with prompt=consent, as the consent window meets it: a page that
// asks the person, then sends them back to the redirect URI with a code or an error in the
// fragment. The sandbox tenant has no interactive endpoint yet, so this stands in for it at
// Entra's real address; accepting records the consent in the sandbox, as Entra would.

export const ENTRA = 'https://login.microsoftonline.com';

export interface AuthorizeRequest {
  tenant: string;
  params: Record<string, string>;
}

export interface FakeEntraOptions {
  tenantId: string;
  clientId: string;
  /** The redirect URIs of the app registration: any other is refused, as Entra does (AADSTS50011). */
  redirectUris: string[];
  /** Records the person's consent to these Graph scopes. */
  grant: (loginHint: string, scopes: string[]) => Promise<void>;
}

export async function fakeEntraConsent(
  context: BrowserContext,
  options: FakeEntraOptions,
): Promise<AuthorizeRequest[]> {
  const requests: AuthorizeRequest[] = [];
  await context.route(`${ENTRA}/**`, async (route) => {
    const url = new URL(route.request().url());
    const match = url.pathname.match(/^\/([^/]+)\/oauth2\/v2\.0\/authorize(\/accept|\/cancel)?$/);
    if (!match) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
    const [, tenant, answer] = match as [string, string, string | undefined];
    const params = Object.fromEntries(url.searchParams);
    if (!answer) requests.push({ tenant, params });

    const problem = refusal(tenant, params, options);
    if (problem)
      return route.fulfill({
        status: 400,
        contentType: 'text/html',
        body: `<!doctype html><title>Sign in</title><p>${escapeHtml(problem)}</p>`,
      });

    const back = (fragment: Record<string, string>) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Redirecting</title><script>location.replace(${JSON.stringify(`${params.redirect_uri}#${new URLSearchParams({ ...fragment, state: params.state ?? '' })}`)})</script>`,
      });
    if (answer === '/accept') {
      const scopes = (params.scope ?? '').split(' ').filter((s) => s.startsWith('https://graph.microsoft.com/'));
      await options.grant(
        params.login_hint ?? '',
        scopes.map((s) => s.slice('https://graph.microsoft.com/'.length)),
      );
      return back({ code: `fake-code-${Date.now()}`, session_state: 'fake-session' });
    }
    if (answer === '/cancel') {
      return back({
        error: 'access_denied',
        error_description: 'AADSTS65004: User declined to consent to access the app.',
      });
    }
    // The prompt: both answers carry the request on, as hidden fields of a GET form.
    const fields = Object.entries(params)
      .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
      .join('');
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Permissions requested</title>
<h1>Permissions requested</h1>
<p>${escapeHtml(params.login_hint ?? '')}: Tandem would like to ${escapeHtml(params.scope ?? '')}</p>
<form method="get" action="${url.pathname}/accept">${fields}<button>Accept</button></form>
<form method="get" action="${url.pathname}/cancel">${fields}<button>Cancel</button></form>
</html>`,
    });
  });
  return requests;
}

/** What Entra ID would refuse before showing any page. */
function refusal(tenant: string, p: Record<string, string>, o: FakeEntraOptions): string | null {
  if (tenant !== o.tenantId) return `AADSTS90002: Tenant '${tenant}' not found.`;
  if (p.client_id !== o.clientId) return `AADSTS700016: Application with identifier '${p.client_id}' was not found.`;
  if (!p.redirect_uri || !o.redirectUris.includes(p.redirect_uri))
    return `AADSTS50011: The redirect URI '${p.redirect_uri}' does not match the redirect URIs configured for the application.`;
  if (p.response_type !== 'code')
    return `AADSTS700054: response_type '${p.response_type}' is not enabled for the application.`;
  if (p.code_challenge_method !== 'S256' || !p.code_challenge)
    return 'AADSTS9002325: Proof Key for Code Exchange is required.';
  if (!p.state) return 'A state is expected.';
  return null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
