import type { Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import type { PeopleReader } from '../org/people.js';
import { inOneReportingLine, type OrgIndex } from '../org/tree.js';
import { decideOrganisationEnd } from './decide.js';
import type { StoredPair } from './model.js';
import { sendNotices } from './notices.js';
import type { PairChanged } from './pairs.js';
import type { OrganisationEnd } from './schemas.js';
import { livePairs, lockPairs, updatePair } from './store/pairs.js';

export interface ReviewDeps {
  db: Db;
  clock: Clock;
  people: Pick<PeopleReader, 'summaries' | 'orgIndex'>;
  pairChanged: PairChanged;
}

export interface ReviewOutcome {
  ended: { pairId: string; reason: OrganisationEnd }[];
}

/** What the organisation now says against a live pair: one of them has left, or one reports to the other. */
export function brokenBy(org: OrgIndex, pair: Pick<StoredPair, 'mentorId' | 'menteeId'>): OrganisationEnd | undefined {
  const present = (id: string) => org.positionOf.has(id);
  if (!present(pair.mentorId) || !present(pair.menteeId)) return 'person_left';
  return inOneReportingLine(org, pair.mentorId, pair.menteeId) ? 'reporting_line' : undefined;
}

/**
 * After the organisation changed: a live pair whose mentor now sits in the mentee's reporting
 * line (a re-org), or one of whose people has left, is ended with the reason, and both people are
 * told. The people are then free to be matched again. The pairs found are locked and decided
 * again in the transaction that ends them, so a change someone made meanwhile is kept.
 */
export async function reviewPairs(deps: ReviewDeps, tenantId: string): Promise<ReviewOutcome> {
  const live = await livePairs(deps.db, tenantId);
  if (live.length === 0) return { ended: [] };
  const org = await deps.people.orgIndex(deps.db, tenantId);
  const broken = new Map<string, OrganisationEnd>();
  for (const p of live) {
    const reason = brokenBy(org, p);
    if (reason) broken.set(p.id, reason);
  }
  if (broken.size === 0) return { ended: [] };
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const ended: ReviewOutcome['ended'] = [];
    for (const current of await lockPairs(tx, tenantId, [...broken.keys()])) {
      const reason = broken.get(current.id)!;
      const decision = decideOrganisationEnd(current, reason, (id) => org.positionOf.has(id));
      if (!decision) continue;
      const after = await updatePair(tx, tenantId, current.id, decision.next, now);
      await deps.pairChanged(tx, tenantId, after);
      await sendNotices(tx, deps.people, tenantId, decision.notices);
      ended.push({ pairId: current.id, reason });
    }
    return { ended };
  });
}
