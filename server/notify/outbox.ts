import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/db.js';
import type { ActivityType } from './activities.js';
import { insertNotification } from './store.js';

/**
 * Records a notification owed to a person, in the caller's transaction, so that it exists if and
 * only if the change that caused it does. The sender delivers it later.
 */
export async function notify(
  tx: Queryable,
  tenantId: string,
  personId: string,
  kind: ActivityType,
  params: Record<string, string>,
): Promise<void> {
  await insertNotification(tx, tenantId, { id: randomUUID(), personId, kind, params });
}
