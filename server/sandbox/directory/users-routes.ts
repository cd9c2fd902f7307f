import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SandboxState } from '../state.js';
import { badRequest, GraphError, notFound } from '../errors.js';
import type { SandboxUser } from '../org/model.js';
import { requirePermission } from '../permissions.js';
import { parseUserFilter } from './odata-filter.js';
import { decodeToken, encodeToken, linkWith } from './tokens.js';
import { graphUserType, parseSelect, toGraphUser } from './user-json.js';

type Query = Record<string, string | undefined>;

const READ_USERS = {
  app: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  delegated: [
    'User.ReadBasic.All',
    'User.Read.All',
    'User.ReadWrite.All',
    'Directory.Read.All',
    'Directory.AccessAsUser.All',
  ],
  family: 'directory',
} as const;
const READ_ME = { ...READ_USERS, delegated: [...READ_USERS.delegated, 'User.Read'] } as const;

const DEFAULT_PAGE = 100;
const MAX_PAGE = 999;
/** With $expand the service returns at most 100 objects a page (FACTS 1.2). */
const EXPAND_PAGE = 100;

/** /users, a user, /me, /manager and /directReports (FACTS 1.1, 1.2). */
export function registerUserRoutes(app: FastifyInstance, s: SandboxState): void {
  const config = { throttle: 'directory' as const };
  const company = () => s.directory.displayName;

  app.get<{ Querystring: Query }>('/v1.0/users', { config }, async (req) => {
    requirePermission(req.caller, READ_USERS);
    const q = req.query;
    if (q.$skip !== undefined) throw badRequest("'$skip' is not supported by the service.", 'Request_BadRequest');
    const top = q.$top === undefined ? undefined : Number(q.$top);
    if (top !== undefined && (!Number.isInteger(top) || top < 1 || top > MAX_PAGE)) {
      throw badRequest(
        `Invalid page size specified: '${q.$top}'. Must be between 1 and 999 inclusive.`,
        'Request_UnsupportedQuery',
      );
    }
    const eventual = req.headers.consistencylevel === 'eventual';
    const expand = parseExpand(q.$expand);
    const select = parseSelect(q.$select, false);
    const filter = q.$filter ? parseUserFilter(q.$filter) : undefined;
    const search = q.$search ? parseSearch(q.$search) : undefined;
    if ((filter?.advanced || search || q.$count === 'true') && !eventual) {
      throw badRequest(
        search
          ? "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'"
          : 'Unsupported Query.',
        'Request_UnsupportedQuery',
      );
    }
    const pageSize = Math.min(top ?? DEFAULT_PAGE, expand ? EXPAND_PAGE : MAX_PAGE);
    const matches = (u: SandboxUser): boolean => (!filter || filter.test(u)) && (!search || search(u));

    const history = s.directory.history();
    let i = q.$skiptoken ? decodeToken<{ i: number }>(q.$skiptoken).i : 0;
    const value: Record<string, unknown>[] = [];
    for (; i < history.length && value.length < pageSize; i++) {
      const entry = history[i]!;
      if (entry.removed || !matches(entry.user)) continue;
      value.push(withManager(toGraphUser(entry.user, select, company()), entry.user, expand));
    }
    while (i < history.length && (history[i]!.removed || !matches(history[i]!.user))) i++;
    const body: Record<string, unknown> = {
      '@odata.context': `${s.origin()}/v1.0/$metadata#users${contextSuffix(select)}`,
    };
    if (q.$count === 'true' && !q.$skiptoken) body['@odata.count'] = s.directory.all().filter(matches).length;
    if (i < history.length)
      body['@odata.nextLink'] = linkWith(s.origin(), '/v1.0/users', q, { $skiptoken: encodeToken({ i }) });
    body.value = value;
    return body;
  });

  const withManager = (
    json: Record<string, unknown>,
    user: SandboxUser,
    expand: Expand | undefined,
  ): Record<string, unknown> => {
    if (!expand) return json;
    const chain: Record<string, unknown>[] = [];
    let cursor = user.managerId ? s.directory.get(user.managerId) : undefined;
    for (let level = 0; cursor && level < expand.levels; level++) {
      chain.push({ ...graphUserType, ...toGraphUser(cursor, expand.select, company()) });
      cursor = cursor.managerId ? s.directory.get(cursor.managerId) : undefined;
    }
    // Nested as Graph does: { manager: { ..., manager: { ... } } }.
    let nested: Record<string, unknown> | undefined;
    for (let k = chain.length - 1; k >= 0; k--) nested = nested ? { ...chain[k], manager: nested } : chain[k];
    return nested ? { ...json, manager: nested } : json;
  };

  const one = (req: FastifyRequest<{ Params: { user: string }; Querystring: Query }>, user: SandboxUser) => {
    const select = parseSelect(req.query.$select, true);
    const expand = parseExpand(req.query.$expand);
    return {
      '@odata.context': `${s.origin()}/v1.0/$metadata#users${contextSuffix(select)}/$entity`,
      ...withManager(toGraphUser(user, select, company()), user, expand),
    };
  };

  app.get<{ Params: { user: string }; Querystring: Query }>('/v1.0/users/:user', { config }, async (req) => {
    requirePermission(req.caller, req.caller.userId === req.params.user ? READ_ME : READ_USERS);
    return one(req, findUser(s, req.params.user));
  });

  app.get<{ Params: { user: string }; Querystring: Query }>('/v1.0/me', { config }, async (req) => {
    requirePermission(req.caller, READ_ME);
    return one(req, findUser(s, meId(req.caller.userId)));
  });

  for (const prefix of ['/v1.0/users/:user', '/v1.0/me']) {
    app.get<{ Params: { user?: string }; Querystring: Query }>(`${prefix}/manager`, { config }, async (req) => {
      requirePermission(req.caller, req.params.user ? READ_USERS : READ_ME);
      const user = findUser(s, req.params.user ?? meId(req.caller.userId));
      const manager = user.managerId ? s.directory.get(user.managerId) : undefined;
      if (!manager) throw notFound('manager');
      const select = parseSelect(req.query.$select, false);
      return {
        '@odata.context': `${s.origin()}/v1.0/$metadata#directoryObjects/$entity`,
        ...graphUserType,
        ...toGraphUser(manager, select, company()),
      };
    });

    app.get<{ Params: { user?: string }; Querystring: Query }>(`${prefix}/directReports`, { config }, async (req) => {
      requirePermission(req.caller, req.params.user ? READ_USERS : READ_ME);
      const user = findUser(s, req.params.user ?? meId(req.caller.userId));
      const select = parseSelect(req.query.$select, false);
      return {
        '@odata.context': `${s.origin()}/v1.0/$metadata#directoryObjects`,
        value: s.directory
          .directReports(user.id)
          .map((r) => ({ ...graphUserType, ...toGraphUser(r, select, company()) })),
      };
    });
  }
}

export function findUser(s: SandboxState, idOrUpn: string): SandboxUser {
  const user = s.directory.get(decodeURIComponent(idOrUpn));
  if (!user) throw notFound(idOrUpn);
  return user;
}

function meId(userId: string | undefined): string {
  if (!userId) throw badRequest('/me request is only valid with delegated authentication flow.', 'BadRequest');
  return userId;
}

interface Expand {
  levels: number;
  select: string[] | undefined;
}

/** `manager`, or `manager($levels=n|max;$select=...)` (FACTS 1.2). */
function parseExpand(raw: string | undefined): Expand | undefined {
  if (!raw) return undefined;
  const m = /^manager(?:\((.*)\))?$/.exec(raw.trim());
  if (!m)
    throw badRequest(
      `Could not find a navigation property named '${raw}' on type 'microsoft.graph.user'.`,
      'Request_BadRequest',
    );
  const options = new Map(
    (m[1] ?? '')
      .split(';')
      .filter(Boolean)
      .map((o) => o.split('=') as [string, string]),
  );
  const levelsRaw = options.get('$levels');
  if (options.has('$select') && !levelsRaw) {
    throw badRequest('$select inside $expand=manager needs $levels.', 'Request_BadRequest');
  }
  const levels = levelsRaw === undefined ? 1 : levelsRaw === 'max' ? 1000 : Number(levelsRaw);
  if (!Number.isInteger(levels) || levels < 1 || levels > 1000) {
    throw badRequest(`Invalid value '${levelsRaw ?? ''}' for $levels: use max or 1 to 1000.`, 'Request_BadRequest');
  }
  return { levels, select: parseSelect(options.get('$select'), false) };
}

/** `"displayName:wa"` or `"displayName:wa" OR "mail:wa"`: word prefixes, case-insensitive. */
function parseSearch(raw: string): (u: SandboxUser) => boolean {
  const clauses = [...raw.matchAll(/"(\w+):([^"]*)"/g)].map((m) => ({ prop: m[1]!, term: m[2]!.toLowerCase() }));
  if (clauses.length === 0) throw new GraphError(400, 'Request_UnsupportedQuery', 'Syntax error: invalid $search.');
  return (u) =>
    clauses.some(({ prop, term }) => {
      const v = (u as unknown as Record<string, unknown>)[prop];
      return (
        typeof v === 'string' &&
        v
          .toLowerCase()
          .split(/[\s.@-]+/)
          .some((w) => w.startsWith(term))
      );
    });
}

function contextSuffix(select: readonly string[] | undefined): string {
  return select ? `(${select.join(',')})` : '';
}
