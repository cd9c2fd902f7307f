import type { Queryable } from '../../db/db.js';
import type { StoredPair } from '../model.js';
import {
  LIVE_PAIR_STATUSES,
  type MatchReason,
  type OrganisationEnd,
  type PairSource,
  type PairStatus,
  type ProgrammeId,
} from '../schemas.js';

// Pairs of mentor and mentee (the pairs table). Every statement names its tenant. A pair is live
// while its status is one of LIVE_PAIR_STATUSES; a partial unique index allows one live pair per
// two people and programmeId.

const COLUMNS = `id, programme_id, mentor_id, mentee_id, status, source, score, reasons, mentor_confirmed, mentee_confirmed, ended_reason, flag,
                 paused_until, created_at`;

function toPair(r: Record<string, unknown>): StoredPair {
  return {
    id: r.id as string,
    programmeId: r.programme_id as string,
    mentorId: r.mentor_id as string,
    menteeId: r.mentee_id as string,
    status: r.status as PairStatus,
    source: r.source as PairSource,
    score: Number(r.score),
    reasons: r.reasons as MatchReason[],
    mentorConfirmed: r.mentor_confirmed as boolean,
    menteeConfirmed: r.mentee_confirmed as boolean,
    endedReason: (r.ended_reason as string | null) ?? null,
    flag: (r.flag as OrganisationEnd | null) ?? null,
    // A date column reads back as 'YYYY-MM-DD' (db.ts).
    pausedUntil: (r.paused_until as string | null) ?? null,
    createdAt: (r.created_at as Date).toISOString(),
  };
}

/** Every pair the person is or was in, newest first. */
export async function pairsOf(q: Queryable, tenantId: string, personId: string): Promise<StoredPair[]> {
  const rows = await q.query(
    `SELECT ${COLUMNS} FROM pairs WHERE tenant_id = $1 AND (mentor_id = $2 OR mentee_id = $2) ORDER BY created_at DESC`,
    [tenantId, personId],
  );
  return rows.map(toPair);
}

/** Every live pair of the tenant. */
export async function livePairs(q: Queryable, tenantId: string): Promise<StoredPair[]> {
  const rows = await q.query(`SELECT ${COLUMNS} FROM pairs WHERE tenant_id = $1 AND status = ANY($2::text[])`, [
    tenantId,
    LIVE_PAIR_STATUSES,
  ]);
  return rows.map(toPair);
}

/** These pairs, locked until the transaction ends; unknown ids are absent. */
export async function lockPairs(tx: Queryable, tenantId: string, ids: readonly string[]): Promise<StoredPair[]> {
  if (ids.length === 0) return [];
  const rows = await tx.query(
    `SELECT ${COLUMNS} FROM pairs WHERE tenant_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE`,
    [tenantId, ids],
  );
  return rows.map(toPair);
}

/**
 * How many live pairs the mentor has, in every programme: a mentor's capacity is how many people
 * they mentor at a time, wherever the pairs come from.
 */
export async function mentorLoad(q: Queryable, tenantId: string, mentorId: string): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pairs WHERE tenant_id = $1 AND mentor_id = $2 AND status = ANY($3::text[])`,
    [tenantId, mentorId, LIVE_PAIR_STATUSES],
  );
  return rows[0]?.n ?? 0;
}

/** Every pair there has been in the programme, as "mentorId|menteeId" (the no-repeat rule). */
export async function pastPairs(q: Queryable, tenantId: string, programmeId: ProgrammeId): Promise<Set<string>> {
  const rows = await q.query<{ mentor_id: string; mentee_id: string }>(
    `SELECT mentor_id, mentee_id FROM pairs WHERE tenant_id = $1 AND programme_id = $2`,
    [tenantId, programmeId],
  );
  return new Set(rows.map((r) => `${r.mentor_id}|${r.mentee_id}`));
}

/** Mentees who already have a live mentor in the programme: a round does not give them another. */
export async function menteesWithMentor(
  q: Queryable,
  tenantId: string,
  programmeId: ProgrammeId,
): Promise<Set<string>> {
  const rows = await q.query<{ mentee_id: string }>(
    `SELECT mentee_id FROM pairs WHERE tenant_id = $1 AND programme_id = $2 AND status = ANY($3::text[])`,
    [tenantId, programmeId, LIVE_PAIR_STATUSES],
  );
  return new Set(rows.map((r) => r.mentee_id));
}

/** A new pair; undefined when the two already have a live pair in the programme. */
export async function insertPair(tx: Queryable, tenantId: string, pair: StoredPair): Promise<StoredPair | undefined> {
  const rows = await tx.query(
    `INSERT INTO pairs (tenant_id, id, programme_id, mentor_id, mentee_id, status, source, score, reasons, mentor_confirmed, mentee_confirmed,
                        created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $12)
     ON CONFLICT DO NOTHING
     RETURNING ${COLUMNS}`,
    [
      tenantId,
      pair.id,
      pair.programmeId,
      pair.mentorId,
      pair.menteeId,
      pair.status,
      pair.source,
      pair.score,
      JSON.stringify(pair.reasons),
      pair.mentorConfirmed,
      pair.menteeConfirmed,
      pair.createdAt,
    ],
  );
  return rows[0] && toPair(rows[0]);
}

/**
 * A round's pair, proposed unless the mentee has meanwhile got a live mentor in the programme (or the
 * two a live pair); answers whether it was made.
 */
export async function proposeRoundPair(
  tx: Queryable,
  tenantId: string,
  pair: StoredPair,
  roundId: string,
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO pairs (tenant_id, id, programme_id, mentor_id, mentee_id, status, source, round_id, score, reasons, created_at, updated_at)
     SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $11
     WHERE NOT EXISTS (SELECT 1 FROM pairs WHERE tenant_id = $1 AND programme_id = $3 AND mentee_id = $5 AND status = ANY($12::text[]))
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      tenantId,
      pair.id,
      pair.programmeId,
      pair.mentorId,
      pair.menteeId,
      pair.status,
      pair.source,
      roundId,
      pair.score,
      JSON.stringify(pair.reasons),
      pair.createdAt,
      LIVE_PAIR_STATUSES,
    ],
  );
  return rows.length > 0;
}

/** Writes a pair's new state at `now`; answers the pair as saved. */
export async function updatePair(
  tx: Queryable,
  tenantId: string,
  id: string,
  next: Pick<StoredPair, 'status' | 'mentorConfirmed' | 'menteeConfirmed' | 'endedReason' | 'flag' | 'pausedUntil'>,
  now: number,
): Promise<StoredPair> {
  const rows = await tx.query(
    `UPDATE pairs SET status = $3, mentor_confirmed = $4, mentee_confirmed = $5, ended_reason = $6, flag = $7, paused_until = $8,
                      updated_at = $9
     WHERE tenant_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [
      tenantId,
      id,
      next.status,
      next.mentorConfirmed,
      next.menteeConfirmed,
      next.endedReason,
      next.flag,
      next.pausedUntil,
      new Date(now),
    ],
  );
  return toPair(rows[0]!);
}
