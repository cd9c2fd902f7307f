import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import type { PairsReader } from '../matching/pair-facts.js';
import { endPairAsHr, type PairChanged } from '../matching/pairs.js';
import type { PeopleReader } from '../org/people.js';
import { errorResponses } from '../schemas.js';
import { inviteToJoin, programmeEnrolments } from './enrolment.js';
import { nudgePair, programmeHealth } from './health.js';
import * as S from './schemas.js';

export interface HrOptions {
  db: Db;
  clock: Clock;
  people: PeopleReader;
  pairs: PairsReader;
  /** Runs in the transaction of a pair HR ends (scheduling cancels its meetings). */
  pairChanged: PairChanged;
}

const admin = { admin: true };

/** HR's programme health (labels, nudges, ending a pair) and enrolment administration (who joined, invitations). */
export const hrRoutes: FastifyPluginAsyncTypebox<HrOptions> = async (api, o) => {
  api.get(
    '/api/admin/programmes/:id/health',
    {
      config: admin,
      schema: {
        params: S.ProgrammeIdParams,
        querystring: S.HealthQuery,
        response: { 200: S.ProgrammeHealth, ...errorResponses },
      },
    },
    async (req) => programmeHealth(o, req.person.tenantId, req.params.id, req.query),
  );

  api.post(
    '/api/admin/pairs/:id/nudge',
    { config: admin, schema: { params: S.PairIdParams, response: { 200: S.Nudged, ...errorResponses } } },
    async (req) => nudgePair(o, req.person.tenantId, req.person.userId, req.params.id),
  );

  api.post(
    '/api/admin/pairs/:id/end',
    {
      config: admin,
      schema: { params: S.PairIdParams, body: S.HrEndBody, response: { 200: S.HrEnded, ...errorResponses } },
    },
    async (req) => endPairAsHr(o, req.person.tenantId, req.params.id, req.body.reason),
  );

  api.get(
    '/api/admin/programmes/:id/enrolments',
    {
      config: admin,
      schema: {
        params: S.ProgrammeIdParams,
        querystring: S.EnrolmentsQuery,
        response: { 200: S.ProgrammeEnrolments, ...errorResponses },
      },
    },
    async (req) => programmeEnrolments(o, req.person.tenantId, req.params.id, req.query),
  );

  api.post(
    '/api/admin/programmes/:id/invitations',
    {
      config: admin,
      schema: {
        params: S.ProgrammeIdParams,
        body: S.NewJoinInvitations,
        response: { 201: S.JoinInvitationsSent, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await inviteToJoin(o, req.person.tenantId, req.person.userId, req.params.id, req.body)),
  );
};
