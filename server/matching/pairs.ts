import type { Clock } from '../clock.js';
import type { Db, Queryable } from '../db/db.js';
import type { PeopleReader } from '../org/people.js';
import { decideHrEnd, decidePair, type PairDecision } from './decide.js';
import type { StoredPair } from './model.js';
import { sendNotices } from './notices.js';
import { withOthers } from './others.js';
import type { ListedPair, PairAction } from './schemas.js';
import { lockPairs, pairsOf, updatePair } from './store/pairs.js';

/**
 * Called in the transaction of every change to a pair's status, so that work owed to the change
 * (booking or cancelling its meetings) is queued if and only if the change commits.
 */
export type PairChanged = (tx: Queryable, tenantId: string, pair: StoredPair) => Promise<void>;

export interface PairDeps {
  db: Db;
  clock: Clock;
  people: Pick<PeopleReader, 'summaries'>;
  pairChanged: PairChanged;
}

/** Every pair the person is or was in, newest first, each naming the other person. */
export async function listPairs(
  deps: Pick<PairDeps, 'db' | 'people'>,
  tenantId: string,
  personId: string,
): Promise<ListedPair[]> {
  return withOthers(deps.db, deps.people, tenantId, personId, await pairsOf(deps.db, tenantId, personId));
}

/**
 * A person of the pair moves it along its lifecycle (decide.ts); anyone else finds no such pair.
 * Pausing, which takes an end date, is pause.ts.
 */
export async function changePair(
  deps: PairDeps,
  tenantId: string,
  actorId: string,
  pairId: string,
  action: PairAction,
  reason?: string,
): Promise<StoredPair> {
  return deps.db.transaction(async (tx) => {
    const [current] = await lockPairs(tx, tenantId, [pairId]);
    return applyPairDecision(tx, deps, tenantId, current, decidePair(current, actorId, action, reason));
  });
}

/**
 * HR ends a live pair of the tenant with a reason (programme health): the same path as a person
 * ending it, so its meetings are cancelled and both people are told.
 */
export async function endPairAsHr(
  deps: PairDeps,
  tenantId: string,
  pairId: string,
  reason: string,
): Promise<StoredPair> {
  return deps.db.transaction(async (tx) => {
    const [current] = await lockPairs(tx, tenantId, [pairId]);
    return applyPairDecision(tx, deps, tenantId, current, decideHrEnd(current, reason));
  });
}

/** A decision about a pair locked in `tx`, applied there: its new state, the notices it owes, its meetings. */
async function applyPairDecision(
  tx: Queryable,
  deps: PairDeps,
  tenantId: string,
  current: StoredPair | undefined,
  decision: PairDecision,
): Promise<StoredPair> {
  if (decision.kind === 'refused') throw decision.error;
  const after = await updatePair(tx, tenantId, current!.id, decision.next, deps.clock.now());
  await sendNotices(tx, deps.people, tenantId, decision.notices);
  if (after.status !== current!.status) await deps.pairChanged(tx, tenantId, after);
  return after;
}
