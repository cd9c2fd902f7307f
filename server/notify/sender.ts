import type { Db } from '../db/db.js';
import type { Graph } from '../graph/facade.js';
import { TAB_DEEP_LINK } from '../teams-app.js';
import { previewText, type ActivityType } from './activities.js';

const MAX_ATTEMPTS = 5;

/**
 * Sends up to `limit` unsent notifications to the Teams activity feed, batched per tenant, and
 * records which went out. A notification that keeps failing is given up after 5 attempts.
 */
export async function sendNotifications(db: Db, graph: Graph, limit = 100): Promise<{ sent: number; failed: number }> {
  const due = await db.query<{ tenant_id: string; id: string; person_id: string; kind: ActivityType; params: Record<string, string>; preferred_language: string | null }>(
    `WITH claimed AS (
       UPDATE notifications SET claimed_until = now() + interval '2 minutes'
       WHERE (tenant_id, id) IN (
         SELECT tenant_id, id FROM notifications
         WHERE sent_at IS NULL AND attempts < $1 AND (claimed_until IS NULL OR claimed_until < now())
         ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING tenant_id, id, person_id, kind, params, created_at)
     SELECT c.tenant_id, c.id, c.person_id, c.kind, c.params, p.preferred_language
     FROM claimed c LEFT JOIN people p ON p.tenant_id = c.tenant_id AND p.id = c.person_id ORDER BY c.created_at`,
    [MAX_ATTEMPTS, limit],
  );
  let sent = 0;
  let failed = 0;
  // Map.groupBy needs Node 21.
  const byTenant = new Map<string, typeof due>();
  for (const n of due) byTenant.set(n.tenant_id, [...(byTenant.get(n.tenant_id) ?? []), n]);
  for (const [tenantId, items] of byTenant) {
    const delivered = await graph.forTenant(tenantId).activity.send(
      items.map((n) => ({
        recipientId: n.person_id,
        activityType: n.kind,
        previewText: previewText(n.kind, n.params, n.preferred_language),
        topic: { text: 'Tandem', webUrl: TAB_DEEP_LINK },
        parameters: { actor: 'Tandem', ...n.params },
      })),
    );
    const ok = items.filter((_, i) => delivered[i]).map((n) => n.id);
    const ko = items.filter((_, i) => !delivered[i]).map((n) => n.id);
    if (ok.length > 0) await db.query(`UPDATE notifications SET sent_at = now(), attempts = attempts + 1 WHERE tenant_id = $1 AND id = ANY($2::uuid[])`, [tenantId, ok]);
    if (ko.length > 0) await db.query(`UPDATE notifications SET attempts = attempts + 1, claimed_until = NULL WHERE tenant_id = $1 AND id = ANY($2::uuid[])`, [tenantId, ko]);
    sent += ok.length;
    failed += ko.length;
  }
  return { sent, failed };
}
