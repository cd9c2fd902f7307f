import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest, GraphError } from '../errors.js';
import type { SandboxUser } from '../org/model.js';
import { requirePermission } from '../permissions.js';
import type { SandboxState } from '../state.js';
import type { Change } from './tenant.js';
import { decodeToken, encodeToken, linkWith } from './tokens.js';
import { DEFAULT_PROPERTIES, graphUserType, parseSelect, toGraphUser } from './user-json.js';

/** Users per delta page. Graph does not document one; the sandbox picks 200 and says so. */
export const DELTA_PAGE = 200;
/** Delta tokens of directory objects last 7 days (FACTS 1.3). */
export const DELTA_TOKEN_TTL_MS = 7 * 24 * 3600_000;

interface RoundToken {
  /** Changes after this sequence number; -1 for an initial (full) round. */
  s: number;
  /** The round covers changes up to here, fixed when the round started. */
  u: number;
  sel: string[] | null;
  ids: string[] | null;
  /** Position in the round's candidate list. */
  i: number;
  /** When the round's starting token was issued, for expiry. */
  at: number;
}

interface DeltaToken {
  s: number;
  sel: string[] | null;
  ids: string[] | null;
  at: number;
}

type Query = Record<string, string | undefined>;
const READ = {
  app: ['User.Read.All', 'Directory.Read.All'],
  delegated: ['User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'],
  family: 'directory',
} as const;

/** GET /users/delta: rounds of pages ending in a deltaLink, then changes since it (FACTS 1.3). */
export function registerDeltaRoutes(app: FastifyInstance, s: SandboxState): void {
  const handler = async (req: FastifyRequest<{ Querystring: Query }>) => {
    requirePermission(req.caller, READ);
    const q = req.query;
    for (const p of ['$expand', '$top', '$orderby']) {
      if (q[p] !== undefined)
        throw badRequest(`${p} is not supported on delta queries of users.`, 'Request_UnsupportedQuery');
    }
    const now = s.clock.now();
    const minimal = String(req.headers.prefer ?? '').includes('return=minimal');
    let round: RoundToken;
    if (q.$skiptoken) {
      round = decodeToken<RoundToken>(q.$skiptoken, 'syncStateNotFound');
      checkFresh(round.at, now);
    } else if (q.$deltatoken === 'latest') {
      const sel = parseDeltaSelect(q.$select);
      return page([], { s: s.directory.sequence, sel, ids: parseIds(q.$filter), at: now }, undefined, sel);
    } else if (q.$deltatoken) {
      const t = decodeToken<DeltaToken>(q.$deltatoken, 'syncStateNotFound');
      checkFresh(t.at, now);
      round = { s: t.s, u: s.directory.sequence, sel: t.sel, ids: t.ids, i: 0, at: now };
    } else {
      round = {
        s: -1,
        u: s.directory.sequence,
        sel: parseDeltaSelect(q.$select),
        ids: parseIds(q.$filter),
        i: 0,
        at: now,
      };
    }

    const candidates = roundCandidates(round);
    const slice = candidates.slice(round.i, round.i + DELTA_PAGE);
    const value = slice.map((c) => itemFor(c, round, minimal));
    if (round.i + DELTA_PAGE < candidates.length) {
      return page(value, undefined, encodeToken({ ...round, i: round.i + DELTA_PAGE }), round.sel);
    }
    return page(value, { s: round.u, sel: round.sel, ids: round.ids, at: now }, undefined, round.sel);
  };

  const page = (value: unknown[], next: DeltaToken | undefined, skip?: string, sel?: string[] | null) => {
    const base = `${s.origin()}/v1.0/users/delta`;
    const body: Record<string, unknown> = {
      '@odata.context': `${s.origin()}/v1.0/$metadata#users${sel ? `(${sel.join(',')})` : ''}`,
    };
    if (skip) body['@odata.nextLink'] = `${base}?$skiptoken=${skip}`;
    if (next) body['@odata.deltaLink'] = `${base}?$deltatoken=${encodeToken(next)}`;
    body.value = value;
    return body;
  };

  const checkFresh = (issuedAt: number, now: number): void => {
    if (now - issuedAt > DELTA_TOKEN_TTL_MS) {
      throw new GraphError(
        410,
        'syncStateNotFound',
        'The sync state generation is not found. Start a new round of synchronization without a token.',
        {
          Location: linkWith(s.origin(), '/v1.0/users/delta', {}, { $deltatoken: '' }),
        },
      );
    }
  };

  // A round's candidate list is fixed when the round starts; computing it again for each of the
  // round's pages made a 100,000-person round quadratic. The last few rounds are kept.
  const recent = new Map<string, Candidate[]>();
  const roundCandidates = (round: RoundToken): Candidate[] => {
    const key = JSON.stringify([round.s, round.u, round.sel, round.ids]);
    let list = recent.get(key);
    if (!list) {
      list = round.s < 0 ? initialCandidates(round) : changedCandidates(round);
      recent.set(key, list);
      if (recent.size > 8) recent.delete(recent.keys().next().value!);
    }
    return list;
  };

  /** Everyone present when the round began, oldest first; entries keep their history index. */
  const initialCandidates = (round: RoundToken): Candidate[] => {
    const out: Candidate[] = [];
    const ids = round.ids ? new Set(round.ids) : undefined;
    for (const e of s.directory.history()) {
      if (e.createdSeq > round.u || (e.removed && e.removed.seq <= round.u)) continue;
      if (ids && !ids.has(e.user.id)) continue;
      out.push({ id: e.user.id, fields: undefined });
    }
    return out;
  };

  /** People with a change that the round tracks, in the order of their first change. */
  const changedCandidates = (round: RoundToken): Candidate[] => {
    const tracked = new Set(round.sel ?? [...DEFAULT_PROPERTIES]);
    const ids = round.ids ? new Set(round.ids) : undefined;
    const byId = new Map<string, Candidate>();
    for (const c of s.directory.changesSince(round.s)) {
      if (c.seq > round.u) break;
      if (ids && !ids.has(c.userId)) continue;
      if (!relevant(c, tracked)) continue;
      const cand = byId.get(c.userId) ?? { id: c.userId, fields: new Set<string>() };
      for (const f of c.kind === 'updated' ? c.fields : []) cand.fields?.add(f);
      byId.set(c.userId, cand);
    }
    return [...byId.values()];
  };

  const itemFor = (c: Candidate, round: RoundToken, minimal: boolean): Record<string, unknown> => {
    const entry = s.directory.entry(c.id)!;
    if (entry.removed) return { id: c.id, '@removed': { reason: entry.removed.reason } };
    const sel = round.sel ?? [...DEFAULT_PROPERTIES];
    const names = minimal && c.fields && round.s >= 0 ? sel.filter((n) => c.fields!.has(n)) : sel;
    const user = toGraphUser(
      entry.user,
      names.filter((n) => n !== 'manager'),
      s.directory.displayName,
    );
    // Default answers omit properties that were never set; minimal ones report changes to null.
    const json = minimal ? user : Object.fromEntries(Object.entries(user).filter(([, v]) => v !== null));
    if (names.includes('manager')) json['manager@delta'] = managerDelta(entry.user);
    return json;
  };

  const managerDelta = (user: SandboxUser): unknown[] =>
    user.managerId ? [{ ...graphUserType, id: user.managerId }] : [];

  const opts = { config: { throttle: 'directory' as const } };
  app.get<{ Querystring: Query }>('/v1.0/users/delta', opts, (req) => handler(req));
  app.get<{ Querystring: Query }>('/v1.0/users/microsoft.graph.delta', opts, (req) => handler(req));
}

interface Candidate {
  id: string;
  /** Fields changed in the round (incremental rounds only). */
  fields: Set<string> | undefined;
}

function relevant(c: Change, tracked: Set<string>): boolean {
  return c.kind !== 'updated' || c.fields.some((f) => tracked.has(f));
}

function parseDeltaSelect(raw: string | undefined): string[] | null {
  const names = parseSelect(raw, false, ['manager']);
  return names ?? null;
}

/** Delta's $filter takes only `id eq '...'` joined by `or`, 50 at most (FACTS 1.3). */
function parseIds(raw: string | undefined): string[] | null {
  if (!raw) return null;
  const parts = raw.split(/\s+or\s+/i).map((p) => /^\s*id\s+eq\s+'([^']+)'\s*$/i.exec(p)?.[1]);
  if (parts.some((p) => p === undefined)) {
    throw badRequest(
      "Delta queries of users only support $filter on id with 'eq' and 'or'.",
      'Request_UnsupportedQuery',
    );
  }
  if (parts.length > 50) throw badRequest('Too many ids in $filter: at most 50.', 'Request_UnsupportedQuery');
  return parts as string[];
}
