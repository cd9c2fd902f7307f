import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../context.js';
import { GraphError } from '../errors.js';
import { calendarMailbox, isOwnMailbox, settingsMailbox } from './access.js';
import { MAILBOX_SETTINGS_PARTS, defaultCalendar, mailboxSettings } from './mailbox.js';
import { contextUser } from './replies.js';
import { mailboxParams, settingsPartParams } from './schemas.js';

// GET mailboxSettings and its parts (FACTS 1.4), and GET calendar (the default calendar, with the
// online meeting providers it allows, FACTS 1.7).

/** Parts whose value is a primitive, answered as {"value": ...}. */
const PRIMITIVE = new Set(['timeZone', 'dateFormat', 'timeFormat', 'delegateMeetingMessageDeliveryOptions']);

export function registerMailboxRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const config = { throttle: 'outlook' as const };

  for (const base of ['/v1.0/users/:user', '/v1.0/me']) {
    const owner = (params: unknown): string | undefined => (params as { user?: string }).user;

    app.get(`${base}/mailboxSettings`, { config, schema: { params: mailboxParams } }, async (req) => {
      const mailbox = settingsMailbox(ctx, req);
      // The reference sample for /me reads "#Me/mailboxSettings".
      const path = owner(req.params) === undefined ? 'Me' : contextUser(req, mailbox);
      return {
        '@odata.context': `${ctx.origin()}/v1.0/$metadata#${path}/mailboxSettings`,
        ...mailboxSettings(mailbox, ctx.clock.now()),
      };
    });

    app.get<{ Params: { part: string } }>(
      `${base}/mailboxSettings/:part`,
      { config, schema: { params: settingsPartParams } },
      async (req) => {
        const mailbox = settingsMailbox(ctx, req);
        const part = MAILBOX_SETTINGS_PARTS.find((p) => p.toLowerCase() === req.params.part.toLowerCase());
        if (!part) throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${req.params.part}'.`);
        const value = mailboxSettings(mailbox, ctx.clock.now())[part];
        const context = `${ctx.origin()}/v1.0/$metadata#${contextUser(req, mailbox)}/mailboxSettings/${part}`;
        return PRIMITIVE.has(part)
          ? { '@odata.context': context, value }
          : { '@odata.context': context, ...(value as object) };
      },
    );

    app.get(`${base}/calendar`, { config, schema: { params: mailboxParams } }, async (req) => {
      const mailbox = calendarMailbox(ctx, req, 'read');
      return {
        '@odata.context': `${ctx.origin()}/v1.0/$metadata#${contextUser(req, mailbox)}/calendar/$entity`,
        ...defaultCalendar(mailbox, isOwnMailbox(req.caller, mailbox)),
      };
    });
  }
}
