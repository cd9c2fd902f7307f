import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/db.js';
import type { ActivityType } from './activities.js';
import { insertNotification } from './store.js';

/**
 * Records a notification owed to a person, in the caller's transaction, so that it exists if and
 * only if the change that caused it does. The sender delivers it later. `subject` is the tab's
 * route the notification is about (teams-app.ts TAB_PATHS, e.g. `meetings/<seriesId>`): its deep
 * link opens there; without one it opens the tab's first view.
 */
export async function notify(
  tx: Queryable,
  tenantId: string,
  personId: string,
  kind: ActivityType,
  params: Record<string, string>,
  subject?: string,
): Promise<void> {
  await insertNotification(tx, tenantId, { id: randomUUID(), personId, kind, params, subject: subject ?? null });
}
