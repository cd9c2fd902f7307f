import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/db.js';
import type { ActivityType } from './activities.js';

/**
 * Records a notification owed to a person, in the caller's transaction, so that it exists if and
 * only if the change that caused it does. The sender delivers it later.
 */
export async function notify(tx: Queryable, tenantId: string, personId: string, kind: ActivityType, params: Record<string, string>): Promise<void> {
  await tx.query(`INSERT INTO notifications (tenant_id, id, person_id, kind, params) VALUES ($1, $2, $3, $4, $5::jsonb)`, [
    tenantId,
    randomUUID(),
    personId,
    kind,
    JSON.stringify(params),
  ]);
}
