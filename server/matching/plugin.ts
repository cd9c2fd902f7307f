import type { FastifyInstance } from 'fastify';
import { ADMIN_ROLE, type Person } from '../auth/verify.js';
import type { Db } from '../db/db.js';
import { AppError } from '../errors.js';
import type { Graph } from '../graph/facade.js';
import { tolerate } from '../graph/tolerate.js';
import { findPerson, peopleSummaries, saveMailboxFacts, type PersonSummary } from '../org/people-store.js';
import { checkEnrolment, draftEnrolment, loadEnrolments, saveEnrolment, type Enrolment } from './enrol.js';
import type { ProgrammeSettings, Track } from './model.js';
import { answerRequest, changePair, createRequest, listPairs, listRequests, withdrawRequest, type PairAction, type PairChanged } from './pairs.js';
import { getRound, previewRound, publishRound } from './rounds.js';
import * as S from './schemas.js';
import { GOALS, SKILLS, skillsFromProfile } from './skills.js';
import { programmeSettings, saveProgrammeSettings } from './store.js';
import { suggestionsFor } from './suggest.js';

export interface MatchingOptions {
  db: Db;
  graph: Graph;
  /** Runs in the transaction of every pair status change (scheduling books or cancels meetings). */
  pairChanged?: PairChanged;
}

const err = { '4xx': { $ref: 'Error#' } } as const;
const today = () => new Date().toISOString().slice(0, 10);

/** Joining, suggestions, requests, pairs, and HR's programme rounds and settings. */
export async function matchingRoutes(api: FastifyInstance, o: MatchingOptions): Promise<void> {
  const { db } = o;

  api.get('/api/catalogue', { schema: { response: { 200: S.catalogue, ...err } } }, async () => ({
    skills: SKILLS.map((s) => ({ id: s.id, family: s.family, label: s.label })),
    goals: GOALS.map((g) => ({ id: g.id, label: g.label, skills: g.skills })),
  }));

  api.get('/api/enrolments', { schema: { response: { 200: S.enrolmentsList, ...err } } }, async (req) => {
    const { tenantId, userId } = req.person;
    const mine = await loadEnrolments(db, tenantId, userId);
    const me = (await db.query<{ preferred_language: string | null; level: number | null }>(`SELECT preferred_language, level FROM people WHERE tenant_id = $1 AND id = $2`, [tenantId, userId]))[0];
    const tracks = (['mentoring', 'reverse'] as const).filter((t) => !mine.some((e) => e.track === t));
    // Skills listed in the person's profile start the draft; the profile is optional, so a failure costs nothing.
    const profileSkills = tracks.length > 0 ? skillsFromProfile(await tolerate(req.log, 'profile skills', o.graph.forTenant(tenantId).mailboxes.readSkills(userId), [])) : [];
    const drafts = tracks.map((t) => ({ ...draftEnrolment(t, me?.preferred_language ?? null, me?.level ?? null), offers: profileSkills }));
    return { enrolments: mine, drafts };
  });

  api.put<{ Params: { track: Track }; Body: Omit<Enrolment, 'track'> }>('/api/enrolments/:track', {
    schema: { params: S.trackParams, body: S.enrolmentBody, response: { 200: S.enrolment, ...err } },
  }, async (req) => {
    const { tenantId, userId } = req.person;
    const enrolment: Enrolment = { ...req.body, track: req.params.track };
    const me = (await db.query<{ level: number | null; mailbox_fetched_at: Date | null }>(`SELECT level, mailbox_fetched_at FROM people WHERE tenant_id = $1 AND id = $2 AND removed_at IS NULL`, [tenantId, userId]))[0];
    checkEnrolment(enrolment, me?.level ?? null);
    if (!me?.mailbox_fetched_at) {
      // Matching compares working hours; read them now if the person has never been seen.
      const facts = await tolerate(req.log, 'mailbox settings', o.graph.forTenant(tenantId).mailboxes.readOne(userId), undefined);
      if (facts) await saveMailboxFacts(db, tenantId, userId, facts.timeZone, facts.workingHours);
    }
    await db.transaction((tx) => saveEnrolment(tx, tenantId, userId, enrolment));
    return (await loadEnrolments(db, tenantId, userId)).find((e) => e.track === enrolment.track)!;
  });

  api.get<{ Querystring: { track: Track; as: 'mentee' | 'mentor'; top: number } }>('/api/suggestions', {
    schema: { querystring: S.suggestionsQuery, response: { 200: S.suggestionsSchema, ...err } },
  }, async (req) => {
    const { tenantId, userId } = req.person;
    const found = await suggestionsFor(db, tenantId, userId, req.query.track, req.query.as, today(), req.query.top);
    const people = await Promise.all(found.map((s) => findPerson(db, tenantId, s.personId)));
    return { suggestions: found.map((s, i) => ({ person: people[i]!, role: s.role, score: s.score, reasons: s.reasons })) };
  });

  api.get('/api/requests', { schema: { response: { 200: S.requestsList, ...err } } }, async (req) => {
    const { tenantId, userId } = req.person;
    const requests = await listRequests(db, tenantId, userId);
    const others = await summaries(requests.map((r) => (r.mentorId === userId ? r.menteeId : r.mentorId)), tenantId);
    return { requests: requests.map((r) => ({ ...r, other: others.get(r.mentorId === userId ? r.menteeId : r.mentorId)! })) };
  });

  api.post<{ Params: { id: string } }>('/api/requests/:id/withdraw', {
    schema: { params: S.idParams, response: { 200: S.request, ...err } },
  }, async (req) => withdrawRequest(db, req.person.tenantId, req.person.userId, req.params.id));

  api.post<{ Body: { track: Track; mentorId: string; menteeId: string; message?: string } }>('/api/requests', {
    schema: { body: S.requestBody, response: { 201: S.request, ...err } },
  }, async (req, reply) => {
    const b = req.body;
    const created = await createRequest(db, req.person.tenantId, req.person.userId, { ...b, mentorId: b.mentorId.toLowerCase(), menteeId: b.menteeId.toLowerCase() }, today());
    return reply.code(201).send(created);
  });

  for (const answer of ['accept', 'decline'] as const) {
    api.post<{ Params: { id: string } }>(`/api/requests/:id/${answer}`, {
      schema: { params: S.idParams, response: { 200: { type: 'object', required: ['request'], properties: { request: S.request, pair: S.pair } }, ...err } },
    }, async (req) => answerRequest(db, req.person.tenantId, req.person.userId, req.params.id, answer === 'accept', o.pairChanged));
  }

  api.get('/api/pairs', { schema: { response: { 200: S.pairsList, ...err } } }, async (req) => {
    const { tenantId, userId } = req.person;
    const pairs = await listPairs(db, tenantId, userId);
    const others = await summaries(pairs.map((p) => (p.mentorId === userId ? p.menteeId : p.mentorId)), tenantId);
    return { pairs: pairs.map((p) => ({ ...p, other: others.get(p.mentorId === userId ? p.menteeId : p.mentorId)! })) };
  });

  api.post<{ Params: { id: string; action: PairAction }; Body: { reason?: string } | null }>('/api/pairs/:id/:action', {
    schema: { params: S.pairActionParams, body: S.pairActionBody, response: { 200: S.pair, ...err } },
  }, async (req) => changePair(db, req.person.tenantId, req.person.userId, req.params.id, req.params.action, req.body?.reason, o.pairChanged));

  /** People by id as lists show them; someone who left keeps their id and an empty name. */
  async function summaries(ids: readonly string[], tenantId: string): Promise<Map<string, PersonSummary>> {
    const found = await peopleSummaries(db, tenantId, ids);
    return new Map(ids.map((id) => [id, found.get(id) ?? { id, displayName: '', jobTitle: null, department: null, officeLocation: null }]));
  }

  api.get<{ Params: { track: Track } }>('/api/admin/programmes/:track', {
    schema: { params: S.trackParams, response: { 200: S.settingsBody, ...err } },
  }, async (req) => {
    requireAdmin(req.person);
    return programmeSettings(db, req.person.tenantId, req.params.track);
  });

  api.put<{ Params: { track: Track }; Body: ProgrammeSettings }>('/api/admin/programmes/:track', {
    schema: { params: S.trackParams, body: S.settingsBody, response: { 200: S.settingsBody, ...err } },
  }, async (req) => {
    requireAdmin(req.person);
    const w = req.body.weights;
    if (w.skills + w.goals + w.diversity + w.seniorityGap + w.overlap + w.load <= 0) throw new AppError('no_weights', 'At least one weight must be above zero.');
    await saveProgrammeSettings(db, req.person.tenantId, req.params.track, req.body);
    return programmeSettings(db, req.person.tenantId, req.params.track);
  });

  api.post<{ Body: { track: Track } }>('/api/admin/rounds', {
    schema: { body: { type: 'object', required: ['track'], additionalProperties: false, properties: { track: S.trackParams.properties.track } }, response: { 201: S.round, ...err } },
  }, async (req, reply) => {
    requireAdmin(req.person);
    return reply.code(201).send(await previewRound(db, req.person.tenantId, req.person.userId, req.body.track, today()));
  });

  api.get<{ Params: { id: string } }>('/api/admin/rounds/:id', { schema: { params: S.idParams, response: { 200: S.round, ...err } } }, async (req) => {
    requireAdmin(req.person);
    const round = await getRound(db, req.person.tenantId, req.params.id);
    if (!round) throw new AppError('round_not_found', 'No such round.');
    return round;
  });

  api.post<{ Params: { id: string } }>('/api/admin/rounds/:id/publish', {
    schema: { params: S.idParams, response: { 200: { type: 'object', required: ['round', 'created', 'skipped'], properties: { round: S.round, created: { type: 'integer' }, skipped: { type: 'integer' } } }, ...err } },
  }, async (req) => {
    requireAdmin(req.person);
    return publishRound(db, req.person.tenantId, req.params.id);
  });
}

function requireAdmin(person: Person): void {
  if (!person.roles.includes(ADMIN_ROLE)) throw new AppError('admin_only', 'Only HR programme owners (the Tandem.Admin role) can do this.');
}
