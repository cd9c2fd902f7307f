import type { Queryable } from '../../db/db.js';
import type { OutlookHours } from '../../graph/mailbox.js';

// People's mailbox facts (zone and working hours), copied from Graph on demand (org/mailboxes.ts).

/** When each current person's mailbox facts were last read, epoch ms (null: never); others are absent. */
export async function mailboxAges(
  db: Queryable,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, number | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: string; mailbox_fetched_at: Date | null }>(
    `SELECT id, mailbox_fetched_at FROM people WHERE tenant_id = $1 AND id = ANY($2::uuid[]) AND removed_at IS NULL`,
    [tenantId, [...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r.mailbox_fetched_at?.getTime() ?? null]));
}

/** Saves what Graph said of a person's mailbox, stamped with the database's time. */
export async function saveMailboxFacts(
  db: Queryable,
  tenantId: string,
  id: string,
  timeZone: string | null,
  workingHours: OutlookHours | null,
): Promise<void> {
  await db.query(
    `UPDATE people SET time_zone = $3, working_hours = $4::jsonb, mailbox_fetched_at = now()
     WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id, timeZone, JSON.stringify(workingHours)],
  );
}
