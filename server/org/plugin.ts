import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { bearerToken } from '../auth/plugin.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { AppError } from '../errors.js';
import type { Graph } from '../graph/facade.js';
import { errorResponses } from '../schemas.js';
import type { MailboxRefresher } from './mailboxes.js';
import { whoIsAsking } from './me.js';
import type { PeopleReader } from './people.js';
import { personPhoto } from './photos.js';
import { createSyncRuns } from './runs.js';
import { startScheduler } from './scheduler.js';
import {
  Me,
  NotModified,
  People,
  PeopleQuery,
  PersonParams,
  PersonPhoto,
  PersonSummary,
  SyncRequest,
  SyncStatus,
  TitleRules,
  TitleRulesPreview,
  TitleRulesSaved,
} from './schemas.js';
import { findPerson, searchPeople } from './store/profiles.js';
import { syncStatus } from './store/sync-state.js';
import { loadTitleRules } from './store/title-rules.js';
import { previewRules, saveTitleRules } from './title-rules.js';

export interface OrgOptions {
  db: Db;
  /** Microsoft Graph: the tenant's directory and mailboxes as the app, and the person's own entry on their behalf. */
  graph: Graph;
  clock: Clock;
  /** Reads people's working hours, for the zone of someone whose mailbox names none. */
  people: PeopleReader;
  mailboxes: MailboxRefresher;
  /** The tenants to keep in sync. */
  tenants: () => Promise<string[]>;
  /** Identifies this process in sync leases. */
  owner: string;
  /** Periodic sync; absent: syncs run only when an admin asks. */
  schedule?: { intervalMs: number; tickMs: number };
  /** Runs after each successful sync of a tenant (e.g. reviewing pairs the changes affect). */
  onSynced?: (tenantId: string) => Promise<void>;
}

/** The org chart: who you are and where you sit, people search, and org sync for admins. */
export const orgRoutes: FastifyPluginAsyncTypebox<OrgOptions> = async (api, o) => {
  const syncs = createSyncRuns({
    db: o.db,
    graph: o.graph,
    clock: o.clock,
    owner: o.owner,
    log: api.log,
    ...(o.onSynced ? { onSynced: o.onSynced } : {}),
  });

  if (o.schedule) {
    const scheduler = startScheduler({
      db: o.db,
      clock: o.clock,
      tenants: o.tenants,
      run: (tenantId) => syncs.run(tenantId),
      ...o.schedule,
      onError: (err, tenantId) => api.log.error({ err, tenantId }, 'scheduled org sync failed'),
    });
    api.addHook('onClose', () => scheduler.stop());
  }

  api.get('/api/me', { schema: { response: { 200: Me, ...errorResponses } } }, async (req) =>
    whoIsAsking(o, req.person, bearerToken(req) ?? '', req.log),
  );

  api.get(
    '/api/people',
    { schema: { querystring: PeopleQuery, response: { 200: People, ...errorResponses } } },
    async (req) => ({ people: await searchPeople(o.db, req.person.tenantId, req.query.search, req.query.top) }),
  );

  api.get(
    '/api/people/:id',
    { schema: { params: PersonParams, response: { 200: PersonSummary, ...errorResponses } } },
    async (req) => {
      // The tenant comes from the token, never from the request: another tenant's id finds nothing.
      const found = await findPerson(o.db, req.person.tenantId, req.params.id.toLowerCase());
      if (!found) throw new AppError('person_not_found', 'No such person in your organisation.');
      return found;
    },
  );

  api.get(
    '/api/people/:id/photo',
    {
      schema: { params: PersonParams, response: { 200: PersonPhoto, 304: NotModified, ...errorResponses } },
    },
    async (req, reply) => {
      // The browser may keep a photo (or its absence) a day; after that it asks again with the ETag.
      reply.header('cache-control', PHOTO_CACHE_CONTROL);
      const photo = await personPhoto(o, req.log, req.person.tenantId, req.params.id);
      reply.header('etag', photo.etag);
      if (matchesEtag(req.headers['if-none-match'], photo.etag)) return reply.code(304).send(null);
      return reply.header('content-type', photo.contentType).send(photo.bytes);
    },
  );

  api.get(
    '/api/admin/title-rules',
    { config: { admin: true }, schema: { response: { 200: TitleRules, ...errorResponses } } },
    async (req) => ({ rules: await loadTitleRules(o.db, req.person.tenantId) }),
  );

  api.put(
    '/api/admin/title-rules',
    { config: { admin: true }, schema: { body: TitleRules, response: { 200: TitleRulesSaved, ...errorResponses } } },
    async (req) => saveTitleRules(o, req.person.tenantId, req.body.rules),
  );

  api.post(
    '/api/admin/title-rules/preview',
    {
      config: { admin: true },
      schema: { body: TitleRules, response: { 200: TitleRulesPreview, ...errorResponses } },
    },
    async (req) => previewRules(o, req.person.tenantId, req.body.rules),
  );

  api.get(
    '/api/admin/org-sync',
    { config: { admin: true }, schema: { response: { 200: SyncStatus, ...errorResponses } } },
    async (req) => syncStatus(o.db, req.person.tenantId),
  );

  api.post(
    '/api/admin/org-sync',
    { config: { admin: true }, schema: { body: SyncRequest, response: { 202: SyncStatus, ...errorResponses } } },
    async (req, reply) => {
      // Long work: answer once the run holds the tenant (or another run does); progress shows on
      // GET /api/admin/org-sync.
      await syncs.start(req.person.tenantId, req.body?.full === true);
      return reply.code(202).send(await syncStatus(o.db, req.person.tenantId));
    },
  );
};

const PHOTO_CACHE_CONTROL = 'private, max-age=86400';

/** If-None-Match names this ETag (or is `*`); weak comparison, as RFC 9110 asks for GET. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
