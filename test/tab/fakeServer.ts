// A small stand-in for Tandem's server that implements the tab's contract: it answers by
// method and path, checks bearer tokens and returns the server's error body. Tests change its
// state (sandbox on/off, down, people) instead of matching URL substrings.

export interface FakePerson {
  id: string;
  displayName: string;
  userPrincipalName: string;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  persona: string | null;
  roles: string[];
}

export const tenantId = '11111111-2222-3333-4444-555555555555';

export const people: FakePerson[] = [
  person('u-gia', 'Giulia Bianchi', 'Software Engineer', 'Engineering', 'Milano', null),
  person('u-ceo', 'Chiara Rossi', 'Chief Executive Officer', 'Leadership', 'Roma', 'ceo', ['Tandem.Admin']),
  person('u-marco', 'Marco Verdi', 'Junior Developer', 'Engineering', 'Torino', 'junior-dev'),
  person('u-luca', 'Luca Neri', 'HR Partner', 'People', 'Milano', null),
];

function person(
  id: string,
  displayName: string,
  jobTitle: string,
  department: string,
  officeLocation: string,
  persona: string | null,
  roles: string[] = [],
): FakePerson {
  const upn = `${displayName.toLowerCase().replace(' ', '.')}@contoso-italia.example`;
  return { id, displayName, userPrincipalName: upn, jobTitle, department, officeLocation, persona, roles };
}

export interface Call {
  method: string;
  path: string;
  search: URLSearchParams;
  authorization: string | null;
  body: unknown;
}

export function createFakeServer({ sandbox = true } = {}) {
  const tokens = new Map<string, string>();
  const calls: Call[] = [];
  const state = {
    sandbox,
    /** When true every request fails as if the server were unreachable. */
    down: false,
    expiresIn: 3600,
  };

  function json(status: number, body: unknown): Response {
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }

  function error(statusCode: number, code: string, error: string, message: string): Response {
    return json(statusCode, { statusCode, code, error, message });
  }

  const notFound = () => error(404, 'not_found', 'Not Found', 'Route not found.');

  /** A token of the kind the real server accepts; Teams' getAuthToken hands these out too. */
  function issueToken(userId: string): string {
    const token = `token-${userId}-${tokens.size + 1}`;
    tokens.set(token, userId);
    return token;
  }

  function signedIn(call: Call): FakePerson | null {
    const token = call.authorization?.match(/^Bearer (.+)$/)?.[1];
    const userId = token ? tokens.get(token) : undefined;
    return people.find((p) => p.id === userId) ?? null;
  }

  const routes: Record<string, (call: Call) => Response> = {
    'GET /api/config': () =>
      json(200, { sandbox: state.sandbox, tenantId, clientId: 'client-id', appIdUri: 'api://localhost/client-id' }),

    'GET /api/sandbox/people': (call) => {
      if (!state.sandbox) return notFound();
      const search = (call.search.get('search') ?? '').toLowerCase();
      const top = Number(call.search.get('top') ?? 10);
      const found = search
        ? people.filter((p) => p.displayName.toLowerCase().includes(search))
        : [...people].sort((a, b) => Number(b.persona !== null) - Number(a.persona !== null));
      return json(200, {
        people: found.slice(0, top).map(({ id, displayName, jobTitle, department, officeLocation, persona }) => ({
          id,
          displayName,
          jobTitle,
          department,
          officeLocation,
          persona,
        })),
      });
    },

    'POST /api/sandbox/signin': (call) => {
      if (!state.sandbox) return notFound();
      const userId = (call.body as { userId?: unknown } | null)?.userId;
      if (!people.some((p) => p.id === userId)) {
        return error(400, 'unknown_user', 'Bad Request', 'No such person in the sandbox.');
      }
      return json(200, { accessToken: issueToken(String(userId)), expiresIn: state.expiresIn });
    },

    'GET /api/me': (call) => {
      const me = signedIn(call);
      if (!me) return error(401, 'unauthorized', 'Unauthorized', 'A valid bearer token is required.');
      return json(200, {
        tenantId,
        id: me.id,
        displayName: me.displayName,
        userPrincipalName: me.userPrincipalName,
        roles: me.roles,
      });
    },
  };

  async function fetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://tandem.test');
    const headers = new Headers(init.headers);
    const call: Call = {
      method: (init.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      search: url.searchParams,
      authorization: headers.get('authorization'),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : null,
    };
    calls.push(call);
    if (state.down) throw new TypeError('Failed to fetch');
    const route = routes[`${call.method} ${call.path}`];
    return route ? route(call) : notFound();
  }

  return {
    fetch,
    calls,
    state,
    issueToken,
    /** Forgets every token, as a restarted server with a new signing key would. */
    revokeTokens: () => tokens.clear(),
    callsTo: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path),
  };
}

export type FakeServer = ReturnType<typeof createFakeServer>;
