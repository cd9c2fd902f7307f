import type { Queryable } from '../db/db.js';
import { notify } from '../notify/outbox.js';
import type { PeopleReader } from '../org/people.js';
import type { Notice } from './decide.js';
import { TRACK_NAMES } from './tracks.js';

/**
 * Records the notifications a decision owes, in the caller's transaction, so that they exist if
 * and only if the change does. Each names a person (one read for all) and the programme, and
 * links to what it is about.
 */
export async function sendNotices(
  tx: Queryable,
  people: Pick<PeopleReader, 'summaries'>,
  tenantId: string,
  notices: readonly Notice[],
): Promise<void> {
  if (notices.length === 0) return;
  const names = await people.summaries(
    tx,
    tenantId,
    notices.map((n) => n.about),
  );
  for (const n of notices) {
    await notify(
      tx,
      tenantId,
      n.to,
      n.kind,
      { person: names.get(n.about)?.displayName ?? '', programme: TRACK_NAMES[n.track].en },
      n.subject,
    );
  }
}
