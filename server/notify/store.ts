import type { Queryable } from '../db/db.js';
import type { ActivityType } from './activities.js';

// The notifications table: what is owed to whom, and what the sender has done about it. Claims are
// timed by the database's clock, which every server process shares.

/** A notification a sender has claimed and now owes Teams. */
export interface DueNotification {
  tenantId: string;
  id: string;
  personId: string;
  kind: ActivityType;
  params: Record<string, string>;
  /** The tab's route it is about (its deep link opens there); null: the tab's first view. */
  subject: string | null;
}

/** Records a notification owed to a person, in the caller's transaction. */
export async function insertNotification(
  tx: Queryable,
  tenantId: string,
  n: Omit<DueNotification, 'tenantId'>,
): Promise<void> {
  await tx.query(
    `INSERT INTO notifications (tenant_id, id, person_id, kind, params, subject) VALUES ($1, $2, $3, $4, $5::jsonb, $6)`,
    [tenantId, n.id, n.personId, n.kind, JSON.stringify(n.params), n.subject],
  );
}

/**
 * Claims up to `limit` unsent notifications (of every tenant, oldest first) that have been tried
 * fewer than `maxAttempts` times and that no live claim holds, for two minutes. Rows another
 * sender is claiming at the same moment are skipped, not waited for.
 */
export async function claimDue(db: Queryable, maxAttempts: number, limit: number): Promise<DueNotification[]> {
  const rows = await db.query<{
    tenant_id: string;
    id: string;
    person_id: string;
    kind: ActivityType;
    params: Record<string, string>;
    subject: string | null;
  }>(
    `WITH claimed AS (
       UPDATE notifications SET claimed_until = now() + interval '2 minutes'
       WHERE (tenant_id, id) IN (
         SELECT tenant_id, id FROM notifications
         WHERE sent_at IS NULL AND attempts < $1 AND (claimed_until IS NULL OR claimed_until < now())
         ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING tenant_id, id, person_id, kind, params, subject, created_at)
     SELECT tenant_id, id, person_id, kind, params, subject FROM claimed ORDER BY created_at`,
    [maxAttempts, limit],
  );
  return rows.map((r) => ({
    tenantId: r.tenant_id,
    id: r.id,
    personId: r.person_id,
    kind: r.kind,
    params: r.params,
    subject: r.subject,
  }));
}

/** Teams took these: sent, one more attempt. */
export async function markSent(db: Queryable, tenantId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.query(
    `UPDATE notifications SET sent_at = now(), attempts = attempts + 1 WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
    [tenantId, ids],
  );
}

/** Teams refused these: one more attempt, and the claim released so a later pass tries again. */
export async function markFailed(db: Queryable, tenantId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.query(
    `UPDATE notifications SET attempts = attempts + 1, claimed_until = NULL
     WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
    [tenantId, ids],
  );
}

/**
 * Which of `personIds` were owed a notification of `kind` carrying at least `params` in the last
 * `hours`, sent or not: what a sender of reminders checks so as not to repeat itself. Timed by the
 * database's clock, the one that stamps `created_at`.
 */
export async function notifiedWithin(
  q: Queryable,
  tenantId: string,
  kind: ActivityType,
  params: Record<string, string>,
  personIds: readonly string[],
  hours: number,
): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await q.query<{ person_id: string }>(
    `SELECT DISTINCT person_id FROM notifications
     WHERE tenant_id = $1 AND kind = $2 AND params @> $3::jsonb AND person_id = ANY($4::uuid[])
       AND created_at > now() - make_interval(hours => $5)`,
    [tenantId, kind, JSON.stringify(params), personIds, hours],
  );
  return new Set(rows.map((r) => r.person_id));
}
