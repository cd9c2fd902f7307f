import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../context.js';
import { calendarMailbox, meetingTimesMailbox } from './access.js';
import { userByAddress } from './addresses.js';
import { findMeetingTimes, parseMeetingTimesRequest } from './find-meeting-times.js';
import { answerZone } from './replies.js';
import { parseScheduleRequest, scheduleInformation } from './schedule.js';
import { mailboxParams, meetingTimesBody, scheduleBody } from './schemas.js';
import type { CalendarStore } from './store.js';
import { hoursOf } from './working-hours.js';

// Free/busy (calendar: getSchedule, FACTS 1.5) and meeting suggestions (user: findMeetingTimes,
// FACTS 1.6), both read from the same calendars the event routes serve.

export function registerScheduleRoutes(app: FastifyInstance, ctx: SandboxContext, store: CalendarStore): void {
  const config = { throttle: 'outlook' as const };

  for (const base of ['/v1.0/users/:user', '/v1.0/me']) {
    app.post(
      `${base}/calendar/getSchedule`,
      { config, schema: { params: mailboxParams, body: scheduleBody } },
      async (req, reply) => {
        calendarMailbox(ctx, req, 'read');
        const request = parseScheduleRequest(req.body);
        const zone = answerZone(req, reply);
        const value = request.schedules.map((address) => {
          const user = userByAddress(ctx.directory, address);
          const owner = user && {
            items: store.busy(user, request.start, request.end),
            workingHours: user.mailbox.workingHours,
          };
          return scheduleInformation(address, owner, request, zone);
        });
        return {
          '@odata.context': `${ctx.origin()}/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)`,
          value,
        };
      },
    );

    app.post(
      `${base}/findMeetingTimes`,
      { config, schema: { params: mailboxParams, body: meetingTimesBody } },
      async (req, reply) => {
        const organizer = meetingTimesMailbox(ctx, req);
        const request = parseMeetingTimesRequest(req.body, ctx.clock.now());
        const zone = answerZone(req, reply);
        const from = Math.min(...request.timeSlots.map((s) => s.start));
        const to = Math.max(...request.timeSlots.map((s) => s.end)) + request.durationMs;
        const participants = request.attendees
          .filter((a) => a.type !== 'resource')
          .map((a) => {
            const user = userByAddress(ctx.directory, a.address);
            return user ? { address: a.address, busy: store.busy(user, from, to) } : { address: a.address };
          });
        const result = findMeetingTimes(
          request,
          { hours: hoursOf(organizer), busy: store.busy(organizer, from, to) },
          participants,
          zone,
        );
        return {
          '@odata.context': `${ctx.origin()}/v1.0/$metadata#microsoft.graph.meetingTimeSuggestionsResult`,
          ...result,
        };
      },
    );
  }
}
