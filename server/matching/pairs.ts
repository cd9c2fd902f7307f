import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../db/db.js';
import { AppError } from '../errors.js';
import { notify } from '../notify/outbox.js';
import { TRACK_NAMES } from './tracks.js';
import { evaluate, matchingContext } from './context.js';
import type { ScoredPair, Track } from './model.js';
import { PAIR_COLUMNS, toPair, type PairRow } from './store.js';

/**
 * Called in the transaction of every change to a pair's status, so that work owed to the change
 * (booking or cancelling its meetings) is queued if and only if the change commits.
 */
export type PairChanged = (tx: Queryable, tenantId: string, pair: PairRow) => Promise<void>;

/** How long a request waits for an answer. */
export const REQUEST_TTL_DAYS = 14;

export interface RequestRow {
  id: string;
  track: Track;
  mentorId: string;
  menteeId: string;
  requestedBy: string;
  status: 'pending' | 'accepted' | 'declined' | 'expired' | 'withdrawn';
  score: number;
  reasons: ScoredPair['reasons'];
  message: string | null;
  createdAt: string;
  expiresAt: string;
}

const REQUEST_COLUMNS = `id, track, mentor_id, mentee_id, requested_by, status, score, reasons, message, created_at, expires_at`;

function toRequest(r: Record<string, unknown>): RequestRow {
  return {
    id: r.id as string,
    track: r.track as Track,
    mentorId: r.mentor_id as string,
    menteeId: r.mentee_id as string,
    requestedBy: r.requested_by as string,
    status: r.status as RequestRow['status'],
    score: Number(r.score),
    reasons: r.reasons as ScoredPair['reasons'],
    message: (r.message as string | null) ?? null,
    createdAt: (r.created_at as Date).toISOString(),
    expiresAt: (r.expires_at as Date).toISOString(),
  };
}

const name = async (q: Queryable, tenantId: string, id: string): Promise<string> =>
  (await q.query<{ display_name: string | null }>(`SELECT display_name FROM people WHERE tenant_id = $1 AND id = $2`, [tenantId, id]))[0]?.display_name ?? '';

/**
 * A person asks another to pair: the asker is the mentee asking a mentor, or a mentor offering
 * to mentor. The pair must pass every hard rule now; its score and reasons travel with it.
 */
export async function createRequest(db: Db, tenantId: string, askerId: string, input: { track: Track; mentorId: string; menteeId: string; message?: string }, today: string): Promise<RequestRow> {
  if (askerId !== input.mentorId && askerId !== input.menteeId) throw new AppError('not_your_request', 'You can only ask for a pair you are part of.');
  const c = await matchingContext(db, tenantId, input.track, today);
  const mentor = c.mentors.find((m) => m.participant.id === input.mentorId);
  const mentee = c.mentees.find((m) => m.id === input.menteeId);
  if (!mentor) throw new AppError('not_a_mentor', 'That person is not taking mentees in this programme right now.');
  if (!mentee) throw new AppError('not_a_mentee', 'That person is not looking for a mentor in this programme right now.');
  const { violations, scored } = evaluate(c, mentor, mentee);
  if (violations.length > 0) throw new AppError('pair_not_allowed', `This pair is not allowed: ${violations.join(', ')}.`, { violations });
  const other = askerId === input.mentorId ? input.menteeId : input.mentorId;
  return db.transaction(async (tx) => {
    await expireRequests(tx, tenantId);
    const rows = await tx.query(
      `INSERT INTO match_requests (tenant_id, id, track, mentor_id, mentee_id, requested_by, status, score, reasons, message, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8::jsonb, $9, now() + make_interval(days => $10))
       ON CONFLICT (tenant_id, track, mentor_id, mentee_id) WHERE status = 'pending' DO NOTHING
       RETURNING ${REQUEST_COLUMNS}`,
      [tenantId, randomUUID(), input.track, input.mentorId, input.menteeId, askerId, scored.score, JSON.stringify(scored.reasons), input.message ?? null, REQUEST_TTL_DAYS],
    );
    if (!rows[0]) throw new AppError('request_exists', 'There is already a pending request between you two in this programme.');
    await notify(tx, tenantId, other, 'requestReceived', { person: await name(tx, tenantId, askerId), programme: TRACK_NAMES[input.track].en });
    return toRequest(rows[0]);
  });
}

export async function expireRequests(q: Queryable, tenantId: string): Promise<void> {
  await q.query(`UPDATE match_requests SET status = 'expired', decided_at = now() WHERE tenant_id = $1 AND status = 'pending' AND expires_at < now()`, [tenantId]);
}

export async function listRequests(db: Db, tenantId: string, personId: string): Promise<RequestRow[]> {
  await expireRequests(db, tenantId);
  const rows = await db.query(
    `SELECT ${REQUEST_COLUMNS} FROM match_requests WHERE tenant_id = $1 AND (mentor_id = $2 OR mentee_id = $2) ORDER BY created_at DESC LIMIT 100`,
    [tenantId, personId],
  );
  return rows.map(toRequest);
}

/**
 * The other person answers. Accepting creates the pair; the mentor's enrolment row is locked
 * first so that concurrent accepts can never take a mentor past their capacity.
 */
export async function answerRequest(db: Db, tenantId: string, personId: string, requestId: string, accept: boolean, changed?: PairChanged): Promise<{ request: RequestRow; pair?: PairRow }> {
  return db.transaction(async (tx) => {
    const found = await tx.query(`SELECT ${REQUEST_COLUMNS} FROM match_requests WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [tenantId, requestId]);
    if (!found[0]) throw new AppError('request_not_found', 'No such request.');
    const request = toRequest(found[0]);
    if (personId !== request.mentorId && personId !== request.menteeId) throw new AppError('request_not_found', 'No such request.');
    if (personId === request.requestedBy) throw new AppError('not_yours_to_answer', 'The other person answers a request; you can withdraw yours instead.');
    if (request.status !== 'pending') throw new AppError('request_closed', `This request is already ${request.status}.`);
    if (Date.parse(request.expiresAt) < Date.now()) {
      await tx.query(`UPDATE match_requests SET status = 'expired', decided_at = now() WHERE tenant_id = $1 AND id = $2`, [tenantId, requestId]);
      throw new AppError('request_expired', 'This request has expired. Send a new one if you still want to pair.');
    }
    if (!accept) {
      await tx.query(`UPDATE match_requests SET status = 'declined', decided_at = now() WHERE tenant_id = $1 AND id = $2`, [tenantId, requestId]);
      return { request: { ...request, status: 'declined' } };
    }
    const slot = await tx.query<{ capacity: number }>(
      `SELECT capacity FROM enrolments WHERE tenant_id = $1 AND person_id = $2 AND track = $3 AND as_mentor FOR UPDATE`,
      [tenantId, request.mentorId, request.track],
    );
    if (!slot[0]) throw new AppError('not_a_mentor', 'The mentor is no longer taking mentees in this programme.');
    const load = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pairs WHERE tenant_id = $1 AND track = $2 AND mentor_id = $3 AND status IN ('proposed', 'active', 'paused')`,
      [tenantId, request.track, request.mentorId],
    );
    if ((load[0]?.n ?? 0) >= slot[0].capacity) throw new AppError('mentor_full', 'The mentor has no free place left in this programme.');
    const pair = await tx.query(
      `INSERT INTO pairs (tenant_id, id, track, mentor_id, mentee_id, status, source, score, reasons, mentor_confirmed, mentee_confirmed)
       VALUES ($1, $2, $3, $4, $5, 'active', 'request', $6, $7::jsonb, true, true)
       ON CONFLICT (tenant_id, track, mentor_id, mentee_id) WHERE status IN ('proposed', 'active', 'paused') DO NOTHING
       RETURNING ${PAIR_COLUMNS}`,
      [tenantId, randomUUID(), request.track, request.mentorId, request.menteeId, request.score, JSON.stringify(request.reasons)],
    );
    if (!pair[0]) throw new AppError('already_paired', 'You two are already paired in this programme.');
    await tx.query(`UPDATE match_requests SET status = 'accepted', decided_at = now() WHERE tenant_id = $1 AND id = $2`, [tenantId, requestId]);
    await notify(tx, tenantId, request.requestedBy, 'requestAccepted', { person: await name(tx, tenantId, personId), programme: TRACK_NAMES[request.track].en });
    const created = toPair(pair[0]);
    await changed?.(tx, tenantId, created);
    return { request: { ...request, status: 'accepted' }, pair: created };
  });
}

/** The person who asked takes their pending request back. */
export async function withdrawRequest(db: Db, tenantId: string, personId: string, requestId: string): Promise<RequestRow> {
  return db.transaction(async (tx) => {
    const found = await tx.query(`SELECT ${REQUEST_COLUMNS} FROM match_requests WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [tenantId, requestId]);
    const request = found[0] ? toRequest(found[0]) : undefined;
    if (!request || (request.mentorId !== personId && request.menteeId !== personId)) throw new AppError('request_not_found', 'No such request.');
    if (request.requestedBy !== personId) throw new AppError('not_your_request', 'Only the person who sent a request can withdraw it; you can decline it instead.');
    if (request.status !== 'pending') throw new AppError('request_closed', `This request is already ${request.status}.`);
    await tx.query(`UPDATE match_requests SET status = 'withdrawn', decided_at = now() WHERE tenant_id = $1 AND id = $2`, [tenantId, requestId]);
    return { ...request, status: 'withdrawn' };
  });
}

export async function listPairs(db: Queryable, tenantId: string, personId: string): Promise<PairRow[]> {
  const rows = await db.query(`SELECT ${PAIR_COLUMNS} FROM pairs WHERE tenant_id = $1 AND (mentor_id = $2 OR mentee_id = $2) ORDER BY created_at DESC`, [tenantId, personId]);
  return rows.map(toPair);
}

export type PairAction = 'confirm' | 'pause' | 'resume' | 'complete' | 'end';

/** A person of the pair moves it along its lifecycle; anyone else finds no such pair. */
export async function changePair(db: Db, tenantId: string, personId: string, pairId: string, action: PairAction, reason?: string, changed?: PairChanged): Promise<PairRow> {
  return db.transaction(async (tx) => {
    const rows = await tx.query(`SELECT ${PAIR_COLUMNS} FROM pairs WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [tenantId, pairId]);
    const pair = rows[0] ? toPair(rows[0]) : undefined;
    if (!pair || (pair.mentorId !== personId && pair.menteeId !== personId)) throw new AppError('pair_not_found', 'No such pair.');
    const isMentor = pair.mentorId === personId;
    const next = transition(pair, action, isMentor);
    const updated = await tx.query(
      `UPDATE pairs SET status = $3, mentor_confirmed = $4, mentee_confirmed = $5, ended_reason = $6, updated_at = now()
       WHERE tenant_id = $1 AND id = $2 RETURNING ${PAIR_COLUMNS}`,
      [tenantId, pairId, next.status, next.mentorConfirmed, next.menteeConfirmed, action === 'end' ? (reason ?? 'ended_by_person') : pair.endedReason],
    );
    if (action === 'end') {
      const other = isMentor ? pair.menteeId : pair.mentorId;
      await notify(tx, tenantId, other, 'pairEnded', { person: await name(tx, tenantId, personId), programme: TRACK_NAMES[pair.track].en });
    }
    const after = toPair(updated[0]!);
    if (after.status !== pair.status) await changed?.(tx, tenantId, after);
    return after;
  });
}

function transition(pair: PairRow, action: PairAction, isMentor: boolean): Pick<PairRow, 'status' | 'mentorConfirmed' | 'menteeConfirmed'> {
  const refuse = (): never => {
    throw new AppError('invalid_transition', `A ${pair.status} pair cannot be asked to ${action}.`);
  };
  const { status } = pair;
  switch (action) {
    case 'confirm': {
      if (status !== 'proposed') return refuse();
      const mentorConfirmed = pair.mentorConfirmed || isMentor;
      const menteeConfirmed = pair.menteeConfirmed || !isMentor;
      return { status: mentorConfirmed && menteeConfirmed ? 'active' : 'proposed', mentorConfirmed, menteeConfirmed };
    }
    case 'pause':
      return status === 'active' ? { ...pair, status: 'paused' } : refuse();
    case 'resume':
      return status === 'paused' ? { ...pair, status: 'active' } : refuse();
    case 'complete':
      return status === 'active' || status === 'paused' ? { ...pair, status: 'completed' } : refuse();
    case 'end':
      return status === 'completed' || status === 'ended' ? refuse() : { ...pair, status: 'ended' };
  }
}
