import type { Db } from '../db/db.js';
import type { Graph } from '../graph/facade.js';
import type { PeopleReader } from '../org/people.js';
import { tabDeepLink } from '../teams-app.js';
import { previewText } from './activities.js';
import { claimDue, markFailed, markSent, type DueNotification } from './store.js';

const MAX_ATTEMPTS = 5;

export interface SenderDeps {
  db: Db;
  graph: Graph;
  /** Where the recipients' languages come from. */
  people: PeopleReader;
}

/**
 * Sends up to `limit` unsent notifications to the Teams activity feed, batched per tenant, each
 * previewed in its recipient's language, and records which went out. A notification that keeps
 * failing is given up after 5 attempts.
 */
export async function sendNotifications(
  { db, graph, people }: SenderDeps,
  limit = 100,
): Promise<{ sent: number; failed: number }> {
  const due = await claimDue(db, MAX_ATTEMPTS, limit);
  let sent = 0;
  let failed = 0;
  // Map.groupBy needs Node 21.
  const byTenant = new Map<string, DueNotification[]>();
  for (const n of due) byTenant.set(n.tenantId, [...(byTenant.get(n.tenantId) ?? []), n]);
  for (const [tenantId, items] of byTenant) {
    const contacts = await people.contacts(
      db,
      tenantId,
      items.map((n) => n.personId),
    );
    const delivered = await graph.forTenant(tenantId).activity.send(
      items.map((n) => ({
        recipientId: n.personId,
        activityType: n.kind,
        previewText: previewText(n.kind, n.params, contacts.get(n.personId)?.language ?? null),
        // The deep link opens the tab at what the notification is about.
        topic: { text: 'Tandem', webUrl: tabDeepLink(n.subject ?? undefined) },
        parameters: { actor: 'Tandem', ...n.params },
      })),
    );
    const ok = items.filter((_, i) => delivered[i]).map((n) => n.id);
    const ko = items.filter((_, i) => !delivered[i]).map((n) => n.id);
    await markSent(db, tenantId, ok);
    await markFailed(db, tenantId, ko);
    sent += ok.length;
    failed += ko.length;
  }
  return { sent, failed };
}
