import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../context.js';
import { registerEventRoutes } from './event-routes.js';
import { registerMailboxRoutes } from './mailbox-routes.js';
import { registerScheduleRoutes } from './schedule-routes.js';
import { CalendarStore } from './store.js';

/**
 * The sandbox's Outlook calendar and mailbox routes under /v1.0, for /users/{user} and /me. Every
 * route counts against the Outlook limits (config.throttle "outlook", mailbox in `params.user`).
 * Pass a store to share it (a test that inspects it); by default one is made here. Either way the
 * store in use is returned.
 */
export function registerCalendarRoutes(
  app: FastifyInstance,
  ctx: SandboxContext,
  store: CalendarStore = new CalendarStore(ctx),
): CalendarStore {
  registerEventRoutes(app, ctx, store);
  registerScheduleRoutes(app, ctx, store);
  registerMailboxRoutes(app, ctx);
  return store;
}
