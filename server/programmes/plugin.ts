import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { utcToday, type Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { programmesFor } from '../matching/enrolments.js';
import { loadEnrolments } from '../matching/store/enrolments.js';
import type { PeopleReader } from '../org/people.js';
import { errorResponses } from '../schemas.js';
import {
  changeProgramme,
  createProgramme,
  forEmployee,
  hrProgramme,
  hrProgrammes,
  moveProgramme,
} from './programmes.js';
import * as S from './schemas.js';
import { ProgrammeParams } from '../matching/schemas.js';

export interface ProgrammesOptions {
  db: Db;
  clock: Clock;
  people: Pick<PeopleReader, 'placement'>;
}

const admin = { admin: true };

/** Programmes: HR creates and runs them; everyone sees those open to them. */
export const programmesRoutes: FastifyPluginAsyncTypebox<ProgrammesOptions> = async (api, o) => {
  const today = () => utcToday(o.clock);

  api.get('/api/programmes', { schema: { response: { 200: S.OpenProgrammes, ...errorResponses } } }, async (req) => {
    const { tenantId, userId } = req.person;
    const me = await o.people.placement(o.db, tenantId, userId);
    const mine = await loadEnrolments(o.db, tenantId, userId);
    const seen = await programmesFor(o.db, tenantId, userId, me, mine);
    return { programmes: seen.map((p) => forEmployee(p, today())) };
  });

  api.get(
    '/api/admin/programmes',
    { config: admin, schema: { response: { 200: S.Programmes, ...errorResponses } } },
    async (req) => ({ programmes: await hrProgrammes(o.db, req.person.tenantId, today()) }),
  );

  api.post(
    '/api/admin/programmes',
    { config: admin, schema: { body: S.ProgrammeBody, response: { 201: S.Programme, ...errorResponses } } },
    async (req, reply) => reply.code(201).send(await createProgramme(o.db, req.person.tenantId, req.body, today())),
  );

  api.get(
    '/api/admin/programmes/:programmeId',
    { config: admin, schema: { params: ProgrammeParams, response: { 200: S.Programme, ...errorResponses } } },
    async (req) => hrProgramme(o.db, req.person.tenantId, req.params.programmeId, today()),
  );

  api.put(
    '/api/admin/programmes/:programmeId',
    {
      config: admin,
      schema: { params: ProgrammeParams, body: S.ProgrammeBody, response: { 200: S.Programme, ...errorResponses } },
    },
    async (req) => changeProgramme(o.db, req.person.tenantId, req.params.programmeId, req.body, today()),
  );

  api.post(
    '/api/admin/programmes/:programmeId/:transition',
    { config: admin, schema: { params: S.TransitionParams, response: { 200: S.Programme, ...errorResponses } } },
    async (req) => moveProgramme(o.db, req.person.tenantId, req.params.programmeId, req.params.transition, today()),
  );
};
