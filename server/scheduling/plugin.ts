import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../schemas.js';
import { requestChange } from './changes-requested.js';
import type { SchedulingDeps } from './deps.js';
import { listMeetings, nextSessionIcs } from './meetings.js';
import { offerSlots } from './offer.js';
import { checkIn, recordGoalProgress } from './progress.js';
import {
  CheckinAnswer,
  CheckinBody,
  GoalsAnswer,
  GoalsBody,
  Meetings,
  NextSessionIcs,
  Occurrence,
  OccurrenceParams,
  RescheduleBody,
  SeriesParams,
  SlotChoices,
} from './schemas.js';

export type MeetingsOptions = Pick<SchedulingDeps, 'db' | 'clock' | 'jobs' | 'people' | 'pairs' | 'graph'>;

/** A person's meetings, and what they may do with one of them. */
export const meetingsRoutes: FastifyPluginAsyncTypebox<MeetingsOptions> = async (api, o) => {
  api.get('/api/meetings', { schema: { response: { 200: Meetings, ...errorResponses } } }, async (req) =>
    listMeetings(o, req.person.tenantId, req.person.userId),
  );

  api.get(
    '/api/meetings/:seriesId/occurrences/:occurrenceId/slots',
    { schema: { params: OccurrenceParams, response: { 200: SlotChoices, ...errorResponses } } },
    async (req) => offerSlots(o, req.person.tenantId, req.person.userId, req.params),
  );

  api.post(
    '/api/meetings/:seriesId/occurrences/:occurrenceId/skip',
    { schema: { params: OccurrenceParams, response: { 202: Occurrence, ...errorResponses } } },
    async (req, reply) =>
      reply.code(202).send(await requestChange(o, req.person.tenantId, req.person.userId, req.params, 'skip')),
  );

  api.post(
    '/api/meetings/:seriesId/occurrences/:occurrenceId/reschedule',
    { schema: { params: OccurrenceParams, body: RescheduleBody, response: { 202: Occurrence, ...errorResponses } } },
    async (req, reply) => {
      const start = req.body?.start;
      const answer = await requestChange(
        o,
        req.person.tenantId,
        req.person.userId,
        req.params,
        'reschedule',
        start === undefined ? undefined : Date.parse(start),
      );
      return reply.code(202).send(answer);
    },
  );

  api.put(
    '/api/meetings/:seriesId/occurrences/:occurrenceId/checkin',
    { schema: { params: OccurrenceParams, body: CheckinBody, response: { 200: CheckinAnswer, ...errorResponses } } },
    async (req) => checkIn(o, req.person.tenantId, req.person.userId, req.params, req.body),
  );

  api.put(
    '/api/meetings/:seriesId/goals',
    { schema: { params: SeriesParams, body: GoalsBody, response: { 200: GoalsAnswer, ...errorResponses } } },
    async (req) => ({
      goals: await recordGoalProgress(
        o,
        req.person.tenantId,
        req.person.userId,
        req.params.seriesId,
        req.body.progress,
      ),
    }),
  );

  api.get(
    '/api/meetings/:seriesId/next.ics',
    { schema: { params: SeriesParams, response: { 200: NextSessionIcs, ...errorResponses } } },
    async (req, reply) =>
      reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="tandem-next-session.ics"')
        .send(await nextSessionIcs(o, req.person.tenantId, req.person.userId, req.params.seriesId)),
  );
};
