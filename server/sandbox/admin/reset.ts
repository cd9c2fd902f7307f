import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppRegistration } from '../entra/apps.js';
import { mintGraphToken } from '../entra/tokens.js';
import type { SandboxState } from '../state.js';
import type { ActivityNotification } from '../teamwork/routes.js';

/**
 * POST /sandbox/v1/reset: the tenant's calendars back to how the organisation was generated (every
 * event a client created, in every mailbox, removed; the generated meetings, focus time and days
 * out stay, as they are not stored) and the activity feed emptied. The directory, consent, keys
 * and fault settings are left as they are. Tandem's demo reset calls it after wiping its own data.
 *
 * The events go through the calendar's own Graph routes, as the app: deleting an organiser's
 * meeting cancels the attendees' copies, which the next pass deletes, exactly as in Outlook.
 */
export function registerResetRoute(admin: FastifyInstance, s: SandboxState, feed: ActivityNotification[]): void {
  admin.post('/sandbox/v1/reset', async (req) => {
    const app = (req as FastifyRequest & { sandboxApp: AppRegistration }).sandboxApp;
    const token = mintGraphToken(
      s.keys,
      s.origin(),
      { app, tid: s.directory.tenantId, roles: app.applicationPermissions },
      { nowMs: s.clock.now(), lifetimeSeconds: 3600 },
    );
    const graph = async (method: 'GET' | 'DELETE', url: string) => {
      for (let attempt = 0; ; attempt++) {
        const res = await admin.inject({ method, url, headers: { authorization: `Bearer ${token}` } });
        // Throttling or faults set on the sandbox answer some calls with 429/503: those are tried again.
        if ((res.statusCode !== 429 && res.statusCode < 500) || attempt >= 5) return res;
      }
    };
    let deleted = 0;
    // Two passes: organisers' meetings first, then the cancelled copies they leave with attendees.
    for (let pass = 0; pass < 3; pass++) {
      let found = 0;
      for (const user of s.directory.all()) {
        const res = await graph('GET', `/v1.0/users/${user.id}/events?$select=id&$top=1000`);
        if (res.statusCode !== 200) continue;
        for (const e of res.json<{ value: { id: string }[] }>().value) {
          found += 1;
          if ((await graph('DELETE', `/v1.0/users/${user.id}/events/${encodeURIComponent(e.id)}`)).statusCode === 204)
            deleted += 1;
        }
      }
      if (found === 0) break;
    }
    feed.length = 0;
    return { deletedEvents: deleted };
  });
}
