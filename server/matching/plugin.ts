import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import type { Graph } from '../graph/facade.js';
import type { Jobs } from '../jobs/queue.js';
import type { MailboxRefresher } from '../org/mailboxes.js';
import type { PeopleReader } from '../org/people.js';
import { errorResponses } from '../schemas.js';
import { enrol, enrolmentsOf } from './enrolments.js';
import { invite } from './invitations.js';
import { changePair, listPairs, type PairChanged } from './pairs.js';
import { pausePair } from './pause.js';
import { answerRequest, createRequest, listRequests, withdrawRequest } from './requests.js';
import * as R from './round-schemas.js';
import {
  chooseForRound,
  findRound,
  proposedPairs,
  publishRound,
  rerunRound,
  roundsOf,
  startRound,
  unmatchedMentees,
} from './rounds.js';
import * as S from './schemas.js';
import { GOALS, SKILLS } from './skills.js';
import { suggestionsFor } from './suggest.js';

export interface MatchingOptions {
  db: Db;
  clock: Clock;
  graph: Graph;
  people: PeopleReader;
  mailboxes: MailboxRefresher;
  /** Runs in the transaction of every pair status change (scheduling books or cancels meetings). */
  pairChanged: PairChanged;
  /** Where a pause queues the job that resumes the pair on its end date. */
  jobs: Pick<Jobs, 'send'>;
}

const admin = { admin: true };

/** Joining, suggestions, requests, pairs, and HR's programme rounds. */
export const matchingRoutes: FastifyPluginAsyncTypebox<MatchingOptions> = async (api, o) => {
  api.get('/api/catalogue', { schema: { response: { 200: S.Catalogue, ...errorResponses } } }, async () => ({
    skills: SKILLS.map((s) => ({ id: s.id, family: s.family, label: s.label })),
    goals: GOALS.map((g) => ({ id: g.id, label: g.label, skills: g.skills })),
  }));

  api.get('/api/enrolments', { schema: { response: { 200: S.Enrolments, ...errorResponses } } }, async (req) =>
    enrolmentsOf(o, req.log, req.person.tenantId, req.person.userId),
  );

  api.put(
    '/api/enrolments/:programmeId',
    { schema: { params: S.ProgrammeParams, body: S.EnrolmentBody, response: { 200: S.Enrolment, ...errorResponses } } },
    async (req) =>
      enrol(o, req.log, req.person.tenantId, req.person.userId, { ...req.body, programmeId: req.params.programmeId }),
  );

  api.get(
    '/api/suggestions',
    { schema: { querystring: S.SuggestionsQuery, response: { 200: S.Suggestions, ...errorResponses } } },
    async (req) => ({ suggestions: await suggestionsFor(o, req.person.tenantId, req.person.userId, req.query) }),
  );

  api.get('/api/requests', { schema: { response: { 200: S.Requests, ...errorResponses } } }, async (req) => ({
    requests: await listRequests(o, req.person.tenantId, req.person.userId),
  }));

  api.post(
    '/api/requests',
    { schema: { body: S.NewRequest, response: { 201: S.MatchRequest, ...errorResponses } } },
    async (req, reply) =>
      reply.code(201).send(await createRequest(o, req.person.tenantId, req.person.userId, req.body)),
  );

  api.post(
    '/api/requests/:id/withdraw',
    { schema: { params: S.IdParams, response: { 200: S.MatchRequest, ...errorResponses } } },
    async (req) => withdrawRequest(o, req.person.tenantId, req.person.userId, req.params.id),
  );

  for (const answer of S.RequestAnswer.enum) {
    api.post(
      `/api/requests/:id/${answer}`,
      { schema: { params: S.IdParams, response: { 200: S.Answered, ...errorResponses } } },
      async (req) => answerRequest(o, req.person.tenantId, req.person.userId, req.params.id, answer),
    );
  }

  api.get('/api/pairs', { schema: { response: { 200: S.Pairs, ...errorResponses } } }, async (req) => ({
    pairs: await listPairs(o, req.person.tenantId, req.person.userId),
  }));

  api.post(
    '/api/pairs/:id/pause',
    { schema: { params: S.IdParams, body: S.PauseBody, response: { 200: S.Pair, ...errorResponses } } },
    async (req) => pausePair(o, req.person.tenantId, req.person.userId, req.params.id, req.body.until),
  );

  api.post(
    '/api/pairs/:id/:action',
    { schema: { params: S.PairActionParams, body: S.PairActionBody, response: { 200: S.Pair, ...errorResponses } } },
    async (req) =>
      changePair(o, req.person.tenantId, req.person.userId, req.params.id, req.params.action, req.body?.reason),
  );

  api.post(
    '/api/invitations',
    { schema: { body: S.NewInvitation, response: { 201: S.Invitation, ...errorResponses } } },
    async (req, reply) => reply.code(201).send(await invite(o, req.person.tenantId, req.person.userId, req.body)),
  );

  api.post(
    '/api/admin/rounds',
    { config: admin, schema: { body: R.NewRound, response: { 202: R.Round, ...errorResponses } } },
    async (req, reply) =>
      reply.code(202).send(await startRound(o, req.person.tenantId, req.person.userId, req.body.programmeId)),
  );

  api.get(
    '/api/admin/rounds',
    { config: admin, schema: { querystring: R.RoundsQuery, response: { 200: R.Rounds, ...errorResponses } } },
    async (req) => ({ rounds: await roundsOf(o, req.person.tenantId, req.query.programmeId) }),
  );

  api.get(
    '/api/admin/rounds/:id',
    { config: admin, schema: { params: S.IdParams, response: { 200: R.Round, ...errorResponses } } },
    async (req) => findRound(o, req.person.tenantId, req.params.id),
  );

  api.get(
    '/api/admin/rounds/:id/pairs',
    {
      config: admin,
      schema: { params: S.IdParams, querystring: R.PageQuery, response: { 200: R.ProposedPairs, ...errorResponses } },
    },
    async (req) => proposedPairs(o, req.person.tenantId, req.params.id, req.query),
  );

  api.get(
    '/api/admin/rounds/:id/unmatched',
    {
      config: admin,
      schema: {
        params: S.IdParams,
        querystring: R.PageQuery,
        response: { 200: R.UnmatchedMentees, ...errorResponses },
      },
    },
    async (req) => unmatchedMentees(o, req.person.tenantId, req.params.id, req.query),
  );

  api.put(
    '/api/admin/rounds/:id/choices',
    {
      config: admin,
      schema: { params: S.IdParams, body: R.ChoiceBody, response: { 200: R.Round, ...errorResponses } },
    },
    async (req) => chooseForRound(o, req.person.tenantId, req.params.id, req.body),
  );

  api.post(
    '/api/admin/rounds/:id/run',
    { config: admin, schema: { params: S.IdParams, response: { 202: R.Round, ...errorResponses } } },
    async (req, reply) => reply.code(202).send(await rerunRound(o, req.person.tenantId, req.params.id)),
  );

  api.post(
    '/api/admin/rounds/:id/publish',
    { config: admin, schema: { params: S.IdParams, response: { 200: R.Published, ...errorResponses } } },
    async (req) => publishRound(o, req.person.tenantId, req.params.id),
  );
};
