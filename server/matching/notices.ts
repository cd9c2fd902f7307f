import type { Queryable } from '../db/db.js';
import { notify } from '../notify/outbox.js';
import type { PeopleReader } from '../org/people.js';
import type { Notice } from './decide.js';
import { findProgramme } from '../programmes/store/programmes.js';

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
  const programmes = new Map<string, string>();
  for (const id of new Set(notices.map((n) => n.programmeId)))
    programmes.set(id, (await findProgramme(tx, tenantId, id))?.names.en ?? '');
  for (const n of notices) {
    await notify(
      tx,
      tenantId,
      n.to,
      n.kind,
      { person: names.get(n.about)?.displayName ?? '', programme: programmes.get(n.programmeId) ?? '' },
      n.subject,
    );
  }
}
