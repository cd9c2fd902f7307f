import type { Db } from '../db/db.js';
import { TRACK_NAMES } from './tracks.js';
import { notify } from '../notify/outbox.js';
import { loadOrg } from '../org/store.js';
import { buildOrgIndex, inOneReportingLine } from '../org/tree.js';
import type { Track } from './model.js';
import type { PairChanged } from './pairs.js';
import { PAIR_COLUMNS, toPair } from './store.js';

export interface ReviewOutcome {
  ended: { pairId: string; reason: 'person_left' | 'reporting_line' }[];
}

/**
 * After the organisation changed: a live pair whose mentor now sits in the mentee's reporting
 * line (a re-org), or one of whose people has left, is ended with the reason, and both people are
 * told. The people are then free to be matched again.
 */
export async function reviewPairs(db: Db, tenantId: string, changed?: PairChanged): Promise<ReviewOutcome> {
  const live = await db.query<{ id: string; track: Track; mentor_id: string; mentee_id: string }>(
    `SELECT id, track, mentor_id, mentee_id FROM pairs WHERE tenant_id = $1 AND status IN ('proposed', 'active', 'paused')`,
    [tenantId],
  );
  if (live.length === 0) return { ended: [] };
  const org = buildOrgIndex(await loadOrg(db, tenantId));
  const present = (id: string) => org.positionOf.has(id);
  const ended: ReviewOutcome['ended'] = [];
  for (const p of live) {
    const reason = !present(p.mentor_id) || !present(p.mentee_id) ? 'person_left' : inOneReportingLine(org, p.mentor_id, p.mentee_id) ? 'reporting_line' : undefined;
    if (reason) ended.push({ pairId: p.id, reason });
  }
  if (ended.length === 0) return { ended };
  await db.transaction(async (tx) => {
    for (const e of ended) {
      const p = live.find((x) => x.id === e.pairId)!;
      const rows = await tx.query(`UPDATE pairs SET status = 'ended', ended_reason = $3, flag = $3, updated_at = now() WHERE tenant_id = $1 AND id = $2 RETURNING ${PAIR_COLUMNS}`, [tenantId, p.id, e.reason]);
      await changed?.(tx, tenantId, toPair(rows[0]!));
      const names = await tx.query<{ id: string; display_name: string | null }>(`SELECT id, display_name FROM people WHERE tenant_id = $1 AND id IN ($2, $3)`, [tenantId, p.mentor_id, p.mentee_id]);
      const nameOf = (id: string) => names.find((n) => n.id === id)?.display_name ?? '';
      const programme = TRACK_NAMES[p.track].en;
      if (present(p.mentor_id)) await notify(tx, tenantId, p.mentor_id, 'pairEnded', { person: nameOf(p.mentee_id), programme });
      if (present(p.mentee_id)) await notify(tx, tenantId, p.mentee_id, 'pairEnded', { person: nameOf(p.mentor_id), programme });
    }
  });
  return { ended };
}
