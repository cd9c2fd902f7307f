import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { errorResponses } from '../schemas.js';
import { outcomesCsv, outcomesFileName } from './csv.js';
import { outcomes } from './outcomes.js';
import { Outcomes, OutcomesQuery } from './schemas.js';

export interface AnalyticsOptions {
  db: Db;
  clock: Clock;
}

// HR programme owners only (config.admin: everyone else, managers included, gets 403 admin_only).
const admin = { admin: true };

/** The outcomes dashboard: its figures as JSON, and the same figures as CSV. */
export const analyticsRoutes: FastifyPluginAsyncTypebox<AnalyticsOptions> = async (api, o) => {
  api.get(
    '/api/admin/outcomes',
    { config: admin, schema: { querystring: OutcomesQuery, response: { 200: Outcomes, ...errorResponses } } },
    async (req) => outcomes(o.db, req.person.tenantId, req.query, new Date(o.clock.now())),
  );

  api.get(
    '/api/admin/outcomes.csv',
    { config: admin, schema: { querystring: OutcomesQuery, response: { 200: Type.String(), ...errorResponses } } },
    async (req, reply) => {
      const figures = await outcomes(o.db, req.person.tenantId, req.query, new Date(o.clock.now()));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${outcomesFileName(figures)}"`)
        .header('cache-control', 'no-store')
        .send(outcomesCsv(figures));
    },
  );
};
