import type { FastifyInstance } from 'fastify';
import { ADMIN_ROLE, type Person } from '../auth/verify.js';
import type { Db } from '../db/db.js';
import { AppError } from '../errors.js';
import { bearerToken } from '../auth/plugin.js';
import type { Graph } from '../graph/facade.js';
import { tolerate } from '../graph/tolerate.js';
import { toIana } from '../time/zones.js';
import type { TitleRule } from './model.js';
import { findPerson, findProfile, saveMailboxFacts, searchPeople } from './people-store.js';
import { meSchema, peopleQuery, peopleSchema, personParams, personSchema, syncRequestBody, syncStatusSchema, titleRulesSchema } from './schemas.js';
import { startScheduler } from './scheduler.js';
import { applyChanges, loadTitleRules, replaceTitleRules } from './store.js';
import { syncStatus } from './sync-state.js';
import { recomputePlacements, syncTenant } from './sync.js';

export interface OrgOptions {
  db: Db;
  /** Microsoft Graph: the tenant's directory and mailboxes as the app, and the person's own entry on their behalf. */
  graph: Graph;
  /** The tenants to keep in sync. */
  tenants: () => Promise<string[]>;
  /** Identifies this process in sync leases. */
  owner: string;
  /** Periodic sync; absent: syncs run only when an admin asks. */
  schedule?: { intervalMs: number; tickMs: number };
  /** Runs after each successful sync of a tenant (e.g. reviewing pairs the changes affect). */
  onSynced?: (tenantId: string) => Promise<void>;
}

const MAILBOX_TTL_MS = 24 * 3600_000;

/** The org chart: who you are and where you sit, people search, and org sync for admins. */
export async function orgRoutes(api: FastifyInstance, o: OrgOptions): Promise<void> {
  const today = () => new Date().toISOString().slice(0, 10);
  const runSync = (tenantId: string, full = false, onClaimed?: (claimed: boolean) => void) => {
    const graph = o.graph.forTenant(tenantId);
    return syncTenant(
      {
        db: o.db,
        readPage: (url, fullRound) => graph.directory.readDeltaPage(url, fullRound),
        graphRequests: graph.requests,
        today,
        log: api.log,
        ...(o.onSynced ? { afterSync: o.onSynced } : {}),
      },
      tenantId,
      { owner: o.owner, full, ...(onClaimed ? { onClaimed } : {}) },
    );
  };

  if (o.schedule) {
    const scheduler = startScheduler({
      db: o.db,
      tenants: o.tenants,
      run: (tenantId) => runSync(tenantId),
      ...o.schedule,
      onError: (err, tenantId) => api.log.error({ err, tenantId }, 'scheduled org sync failed'),
    });
    api.addHook('onClose', () => scheduler.stop());
  }

  api.get('/api/me', { schema: { response: { 200: meSchema, '4xx': { $ref: 'Error#' } } } }, async (req) => {
    const person = req.person;
    await o.db.query(`INSERT INTO tenants (tenant_id) VALUES ($1) ON CONFLICT DO NOTHING`, [person.tenantId]);
    let profile = await findProfile(o.db, person.tenantId, person.userId);
    if (!profile) {
      // Someone new since the last sync: read their own entry on their behalf, so they can start
      // now; the next sync places them in the organisation.
      const me = await o.graph.asPerson(person, bearerToken(req) ?? '').me();
      if (me.id === person.userId) await o.db.transaction((tx) => applyChanges(tx, person.tenantId, [{ kind: 'upsert', person: me }], null));
      profile = await findProfile(o.db, person.tenantId, person.userId);
    }
    if (profile && (!profile.mailboxFetchedAt || Date.now() - profile.mailboxFetchedAt.getTime() > MAILBOX_TTL_MS)) {
      const facts = await tolerate(req.log, 'mailbox settings', o.graph.forTenant(person.tenantId).mailboxes.readOne(person.userId), undefined);
      if (facts) {
        await saveMailboxFacts(o.db, person.tenantId, person.userId, facts.timeZone, facts.workingHours);
        profile = { ...profile, timeZone: facts.timeZone };
      }
    }
    return {
      tenantId: person.tenantId,
      id: person.userId,
      displayName: profile?.displayName || person.name,
      userPrincipalName: profile?.userPrincipalName ?? person.username,
      jobTitle: profile?.jobTitle ?? null,
      department: profile?.department ?? null,
      officeLocation: profile?.officeLocation ?? null,
      preferredLanguage: profile?.preferredLanguage ?? null,
      timeZone: toIana(profile?.timeZone) ?? null,
      manager: profile?.manager ?? null,
      level: profile?.level != null ? { value: profile.level, reasons: profile.levelReasons } : null,
      roles: person.roles,
      isAdmin: person.roles.includes(ADMIN_ROLE),
      isManager: (profile?.directReports ?? 0) > 0,
      synced: profile?.level != null,
    };
  });

  api.get<{ Querystring: { search: string; top: number } }>('/api/people', {
    schema: { querystring: peopleQuery, response: { 200: peopleSchema, '4xx': { $ref: 'Error#' } } },
  }, async (req) => ({ people: await searchPeople(o.db, req.person.tenantId, req.query.search, req.query.top) }));

  api.get<{ Params: { id: string } }>('/api/people/:id', {
    schema: { params: personParams, response: { 200: personSchema, '4xx': { $ref: 'Error#' } } },
  }, async (req) => {
    // The tenant comes from the token, never from the request: another tenant's id finds nothing.
    const found = await findPerson(o.db, req.person.tenantId, req.params.id.toLowerCase());
    if (!found) throw new AppError('person_not_found', 'No such person in your organisation.');
    return found;
  });

  api.get('/api/admin/title-rules', { schema: { response: { 200: titleRulesSchema, '4xx': { $ref: 'Error#' } } } }, async (req) => {
    requireAdmin(req.person);
    return { rules: await loadTitleRules(o.db, req.person.tenantId) };
  });

  api.put<{ Body: { rules: TitleRule[] } }>('/api/admin/title-rules', {
    schema: {
      body: titleRulesSchema,
      response: { 200: { type: 'object', required: ['rules', 'levelsChanged'], properties: { ...titleRulesSchema.properties, levelsChanged: { type: 'integer' } } }, '4xx': { $ref: 'Error#' } },
    },
  }, async (req) => {
    requireAdmin(req.person);
    const phrases = req.body.rules.map((r) => r.phrase.trim().toLowerCase());
    if (new Set(phrases).size !== phrases.length) throw new AppError('duplicate_phrase', 'Each phrase may appear once.');
    const tenantId = req.person.tenantId;
    await o.db.transaction((tx) => replaceTitleRules(tx, tenantId, req.body.rules.map((r) => ({ phrase: r.phrase.trim(), level: r.level }))));
    // Levels follow at once: the organisation copy is all that is needed.
    const { levelsChanged } = await recomputePlacements(o.db, tenantId, today());
    return { rules: await loadTitleRules(o.db, tenantId), levelsChanged };
  });

  api.get('/api/admin/org-sync', { schema: { response: { 200: syncStatusSchema, '4xx': { $ref: 'Error#' } } } }, async (req) => {
    requireAdmin(req.person);
    return syncStatus(o.db, req.person.tenantId);
  });

  api.post<{ Body: { full?: boolean } | null }>('/api/admin/org-sync', {
    schema: { body: syncRequestBody, response: { 202: syncStatusSchema, '4xx': { $ref: 'Error#' } } },
  }, async (req, reply) => {
    requireAdmin(req.person);
    const tenantId = req.person.tenantId;
    // Long work: answer once the run holds the tenant (or another run does); progress shows on
    // GET /api/admin/org-sync.
    await new Promise<boolean>((claimed) => {
      runSync(tenantId, req.body?.full === true, claimed).catch((err: unknown) => req.log.error({ err, tenantId }, 'org sync failed'));
    });
    return reply.code(202).send(await syncStatus(o.db, tenantId));
  });
}

function requireAdmin(person: Person): void {
  if (!person.roles.includes(ADMIN_ROLE)) throw new AppError('admin_only', 'Only HR programme owners (the Tandem.Admin role) can do this.');
}
