import { randomUUID } from 'node:crypto';
import { utcToday, type Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { AppError } from '../errors.js';
import type { PeopleReader } from '../org/people.js';
import { checkPairsMayForm } from '../programmes/programmes.js';
import { fitOf, matchingContext } from './context.js';
import { decideNewRequest, decideRequest, type RequestAction } from './decide.js';
import type { StoredPair, StoredRequest } from './model.js';
import { sendNotices } from './notices.js';
import { withOthers } from './others.js';
import type { PairChanged } from './pairs.js';
import type { ListedRequest, NewRequest, RequestAnswer } from './schemas.js';
import { lockMentorCapacity } from './store/enrolments.js';
import { insertPair, mentorLoad } from './store/pairs.js';
import { decideRequestStatus, expireOverdue, insertRequest, lockRequest, requestsOf } from './store/requests.js';

// Requests to pair, from sending to the answer: each change read with its lock, decided
// (decide.ts), and applied with what it owes (a pair, notifications, booking) in one transaction.

export interface RequestDeps {
  db: Db;
  clock: Clock;
  people: Pick<PeopleReader, 'summaries' | 'matchingFacts' | 'orgIndex'>;
  pairChanged: PairChanged;
}

/** Sends a request: the pair must pass every hard rule now, and no other request may wait between the two. */
export async function createRequest(
  deps: RequestDeps,
  tenantId: string,
  askerId: string,
  input: NewRequest,
): Promise<StoredRequest> {
  const ask = {
    programmeId: input.programmeId,
    mentorId: input.mentorId.toLowerCase(),
    menteeId: input.menteeId.toLowerCase(),
    message: input.message ?? null,
  };
  const now = deps.clock.now();
  const today = utcToday(deps.clock);
  const context = await matchingContext(deps.db, deps.people, tenantId, ask.programmeId, today);
  checkPairsMayForm(context.programme, 'requests', today);
  const decision = decideNewRequest(ask, askerId, fitOf(context, ask.mentorId, ask.menteeId), now, randomUUID());
  if (decision.kind === 'refused') throw decision.error;
  return deps.db.transaction(async (tx) => {
    await expireOverdue(tx, tenantId, now);
    const saved = await insertRequest(tx, tenantId, decision.request);
    if (!saved)
      throw new AppError('request_exists', 'There is already a pending request between you two in this programme.');
    await sendNotices(tx, deps.people, tenantId, decision.notices);
    return saved;
  });
}

/** The person's latest requests, sent and received, each naming the other person; overdue ones have expired. */
export async function listRequests(
  deps: Pick<RequestDeps, 'db' | 'clock' | 'people'>,
  tenantId: string,
  personId: string,
): Promise<ListedRequest[]> {
  await expireOverdue(deps.db, tenantId, deps.clock.now());
  return withOthers(deps.db, deps.people, tenantId, personId, await requestsOf(deps.db, tenantId, personId));
}

/**
 * Accepting, declining or withdrawing a request. Accepting locks the mentor's enrolment row before
 * counting their live pairs, so concurrent accepts never take a mentor past their capacity. A
 * request found overdue is expired (and that is kept) while the action is refused.
 */
export async function actOnRequest(
  deps: RequestDeps,
  tenantId: string,
  actorId: string,
  requestId: string,
  action: RequestAction,
): Promise<{ request: StoredRequest; pair?: StoredPair }> {
  const outcome = await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const current = await lockRequest(tx, tenantId, requestId);
    const accepting = action === 'accept' && current !== undefined && current.status === 'pending';
    const capacity = accepting
      ? await lockMentorCapacity(tx, tenantId, current.programmeId, current.mentorId)
      : undefined;
    const load = accepting && capacity !== undefined ? await mentorLoad(tx, tenantId, current.mentorId) : 0;
    const decision = decideRequest(current, actorId, action, now, { capacity, load, pairId: randomUUID() });
    if (decision.kind === 'refused') {
      if (decision.expires) await decideRequestStatus(tx, tenantId, requestId, 'expired', now);
      return decision;
    }
    const request = { ...current!, status: decision.status };
    let pair: StoredPair | undefined;
    if (decision.pair) {
      pair = await insertPair(tx, tenantId, decision.pair);
      if (!pair) throw new AppError('already_paired', 'You two are already paired in this programme.');
    }
    await decideRequestStatus(tx, tenantId, requestId, decision.status, now);
    await sendNotices(tx, deps.people, tenantId, decision.notices);
    if (pair) await deps.pairChanged(tx, tenantId, pair);
    return { kind: 'decided' as const, request, ...(pair ? { pair } : {}) };
  });
  // A refusal is answered once what it changed (an expiry) has committed.
  if (outcome.kind === 'refused') throw outcome.error;
  return { request: outcome.request, ...(outcome.pair ? { pair: outcome.pair } : {}) };
}

/** The other person answers: accepting creates the pair. */
export const answerRequest = (
  deps: RequestDeps,
  tenantId: string,
  actorId: string,
  requestId: string,
  answer: RequestAnswer,
) => actOnRequest(deps, tenantId, actorId, requestId, answer);

/** The person who asked takes their pending request back. */
export const withdrawRequest = async (
  deps: RequestDeps,
  tenantId: string,
  actorId: string,
  requestId: string,
): Promise<StoredRequest> => (await actOnRequest(deps, tenantId, actorId, requestId, 'withdraw')).request;
