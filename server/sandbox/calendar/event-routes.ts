import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SandboxContext } from '../context.js';
import { GraphError } from '../errors.js';
import { calendarMailbox } from './access.js';
import { userByAddress } from './addresses.js';
import { parseEventPatch } from './event-input.js';
import { paged, pageOf } from './paging.js';
import { boolParam, prop } from './params.js';
import { renderEvent, selectFields } from './render.js';
import { answerZone, contextUser, selectList } from './replies.js';
import {
  actionBody,
  collectionQuery,
  eventBody,
  eventParams,
  mailboxParams,
  selectQuery,
  windowQuery,
} from './schemas.js';
import type { Reply } from './content.js';
import type { CalendarStore } from './store.js';
import { parseLocal } from './zones.js';

// Events (FACTS 1.7): list and create, get, update, delete, cancel, respond, instances, and the
// calendar view, under both /users/{user} and /me, and under /calendar as well as directly.

type Query = Record<string, string | undefined>;

const REPLIES: Record<string, Reply> = {
  accept: 'accepted',
  tentativelyAccept: 'tentativelyAccepted',
  decline: 'declined',
};

/** The query value of `name`, whose spelling Graph does not insist on (StartDateTime, startdatetime). */
function queryValue(query: Query, name: string): string | undefined {
  const key = Object.keys(query).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : query[key];
}

/**
 * startDateTime/endDateTime of calendarView and instances: required; ISO 8601, read with their own
 * offset and as UTC without one; never affected by Prefer (calendar-list-calendarview.md).
 */
function windowOf(query: Query): { from: number; to: number } {
  const start = queryValue(query, 'startDateTime');
  const end = queryValue(query, 'endDateTime');
  if (!start || !end) {
    throw new GraphError(
      400,
      'ErrorInvalidParameter',
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
    );
  }
  const instant = (text: string): number => {
    const p = parseLocal(text);
    if (!p)
      throw new GraphError(
        400,
        'ErrorInvalidParameter',
        `The value '${text}' of parameter 'StartDateTime' or 'EndDateTime' is invalid.`,
      );
    return p.wall - (p.offsetMs ?? 0);
  };
  return { from: instant(start), to: instant(end) };
}

export function registerEventRoutes(app: FastifyInstance, ctx: SandboxContext, store: CalendarStore): void {
  const config = { throttle: 'outlook' as const };
  const path = (req: FastifyRequest): string => req.url.split('?')[0] ?? req.url;
  const nameOf = (address: string): string | undefined => userByAddress(ctx.directory, address)?.displayName;

  for (const base of ['/v1.0/users/:user', '/v1.0/me']) {
    for (const events of [`${base}/events`, `${base}/calendar/events`]) {
      app.get<{ Querystring: Query }>(
        events,
        { config, schema: { params: mailboxParams, querystring: collectionQuery } },
        async (req, reply) => {
          const mailbox = calendarMailbox(ctx, req, 'read');
          const zone = answerZone(req, reply);
          const select = selectList(req.query.$select);
          const page = paged(store.list(mailbox), pageOf(req.query), ctx.origin(), path(req), req.query);
          return {
            '@odata.context': `${ctx.origin()}/v1.0/$metadata#${contextUser(req, mailbox)}/events`,
            ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
            value: page.value.map((e) => selectFields(renderEvent(e, zone), select)),
          };
        },
      );

      app.post(events, { config, schema: { params: mailboxParams, body: eventBody } }, async (req, reply) => {
        const mailbox = calendarMailbox(ctx, req, 'write');
        const zone = answerZone(req, reply);
        const { event } = store.create(mailbox, parseEventPatch(req.body, nameOf));
        // A retried create with a known transactionId answers like the first one: 201, same event.
        return reply.code(201).send({
          '@odata.context': `${ctx.origin()}/v1.0/$metadata#${contextUser(req, mailbox)}/events/$entity`,
          ...renderEvent(event, zone),
        });
      });

      const one = `${events}/:id`;
      app.get<{ Params: { id: string }; Querystring: Query }>(
        one,
        { config, schema: { params: eventParams, querystring: selectQuery } },
        async (req, reply) => {
          const mailbox = calendarMailbox(ctx, req, 'read');
          const zone = answerZone(req, reply);
          return {
            '@odata.context': `${ctx.origin()}/v1.0/$metadata#${contextUser(req, mailbox)}/events/$entity`,
            ...selectFields(renderEvent(store.get(mailbox, req.params.id), zone), selectList(req.query.$select)),
          };
        },
      );

      app.patch<{ Params: { id: string } }>(
        one,
        { config, schema: { params: eventParams, body: eventBody } },
        async (req, reply) => {
          const mailbox = calendarMailbox(ctx, req, 'write');
          const zone = answerZone(req, reply);
          const event = store.update(mailbox, req.params.id, parseEventPatch(req.body, nameOf));
          return {
            '@odata.context': `${ctx.origin()}/v1.0/$metadata#${contextUser(req, mailbox)}/events/$entity`,
            ...renderEvent(event, zone),
          };
        },
      );

      app.delete<{ Params: { id: string } }>(one, { config, schema: { params: eventParams } }, async (req, reply) => {
        store.delete(calendarMailbox(ctx, req, 'write'), req.params.id);
        return reply.code(204).send();
      });

      // Body {"Comment": ...} in the docs' sample, {"comment": ...} in the reference; both read.
      app.post<{ Params: { id: string } }>(
        `${one}/cancel`,
        { config, schema: { params: eventParams, body: actionBody } },
        async (req, reply) => {
          store.cancel(calendarMailbox(ctx, req, 'write'), req.params.id);
          return reply.code(202).send();
        },
      );

      for (const [action, response] of Object.entries(REPLIES)) {
        app.post<{ Params: { id: string } }>(
          `${one}/${action}`,
          { config, schema: { params: eventParams, body: actionBody } },
          async (req, reply) => {
            const mailbox = calendarMailbox(ctx, req, 'write');
            const sendResponse = boolParam(prop(req.body, 'sendResponse'), 'sendResponse', true);
            store.respond(mailbox, req.params.id, response, sendResponse);
            return reply.code(202).send();
          },
        );
      }

      app.get<{ Params: { id: string }; Querystring: Query }>(
        `${one}/instances`,
        { config, schema: { params: eventParams, querystring: windowQuery } },
        async (req, reply) => {
          const mailbox = calendarMailbox(ctx, req, 'read');
          const { from, to } = windowOf(req.query);
          const zone = answerZone(req, reply);
          const select = selectList(req.query.$select);
          const page = paged(
            store.instances(mailbox, req.params.id, from, to),
            pageOf(req.query),
            ctx.origin(),
            path(req),
            req.query,
          );
          return {
            '@odata.context': `${ctx.origin()}/v1.0/$metadata#${contextUser(req, mailbox)}/events('${req.params.id}')/instances`,
            ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
            value: page.value.map((e) => selectFields(renderEvent(e, zone), select)),
          };
        },
      );
    }

    for (const view of [`${base}/calendarView`, `${base}/calendar/calendarView`]) {
      app.get<{ Querystring: Query }>(
        view,
        { config, schema: { params: mailboxParams, querystring: windowQuery } },
        async (req, reply) => {
          const mailbox = calendarMailbox(ctx, req, 'read');
          const { from, to } = windowOf(req.query);
          const zone = answerZone(req, reply);
          const select = selectList(req.query.$select);
          const page = paged(
            store.calendarView(mailbox, from, to),
            pageOf(req.query),
            ctx.origin(),
            path(req),
            req.query,
          );
          return {
            '@odata.context': `${ctx.origin()}/v1.0/$metadata#${contextUser(req, mailbox)}/calendarView`,
            ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
            value: page.value.map((e) => selectFields(renderEvent(e, zone), select)),
          };
        },
      );
    }
  }
}
