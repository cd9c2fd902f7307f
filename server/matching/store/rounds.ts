import type { Queryable } from '../../db/db.js';
import type { ProgrammeId } from '../schemas.js';
import type {
  Round,
  RoundChoice,
  RoundProgress,
  RoundResult,
  RoundRun,
  RoundStatus,
  RuleCounts,
  UnmatchedReason,
} from '../round-schemas.js';
import type { MatchReason } from '../schemas.js';

// Programme rounds (rounds, round_pairs, round_unmatched): a preview run by a job and refined by
// HR, later published. Every statement names its tenant.

type Row = {
  id: string;
  programme_id: ProgrammeId;
  status: RoundStatus;
  run: RoundRun;
  progress: RoundProgress;
  runs: number;
  stale: boolean;
  choices: RoundChoice[];
  failure: string | null;
  created_at: Date;
  finished_at: Date | null;
  published_at: Date | null;
  result: RoundResult | null;
};

const COLUMNS = `id, programme_id, status, run, progress, runs, stale, choices, failure, created_at, finished_at, published_at, result`;

const round = (r: Row): Round => ({
  id: r.id,
  programmeId: r.programme_id,
  status: r.status,
  run: r.run,
  progress: r.progress,
  runs: r.runs,
  stale: r.stale,
  choices: r.choices,
  failure: r.failure,
  createdAt: r.created_at.toISOString(),
  finishedAt: r.finished_at?.toISOString() ?? null,
  publishedAt: r.published_at?.toISOString() ?? null,
  result: r.result,
});

const QUEUED: RoundProgress = { stage: 'queued', percent: 0 };

/** A new round, queued to run. */
export async function insertRound(
  q: Queryable,
  tenantId: string,
  id: string,
  programmeId: ProgrammeId,
  createdBy: string,
  now: number,
): Promise<Round> {
  const rows = await q.query<Row>(
    `INSERT INTO rounds (tenant_id, id, programme_id, status, created_by, result, created_at, run, progress, runs, finished_at)
     VALUES ($1, $2, $3, 'preview', $4, NULL, $5, 'queued', $6::jsonb, 1, NULL)
     RETURNING ${COLUMNS}`,
    [tenantId, id, programmeId, createdBy, new Date(now), JSON.stringify(QUEUED)],
  );
  return round(rows[0]!);
}

export async function getRound(q: Queryable, tenantId: string, id: string): Promise<Round | undefined> {
  const rows = await q.query<Row>(`SELECT ${COLUMNS} FROM rounds WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
  return rows[0] && round(rows[0]);
}

/** A programme's rounds, newest first. */
export async function listRounds(
  q: Queryable,
  tenantId: string,
  programmeId: ProgrammeId,
  limit: number,
): Promise<Round[]> {
  const rows = await q.query<Row>(
    `SELECT ${COLUMNS} FROM rounds WHERE tenant_id = $1 AND programme_id = $2 ORDER BY created_at DESC, id LIMIT $3`,
    [tenantId, programmeId, limit],
  );
  return rows.map(round);
}

/** A round, locked until the transaction ends. */
export async function lockRound(tx: Queryable, tenantId: string, id: string): Promise<Round | undefined> {
  const rows = await tx.query<Row>(`SELECT ${COLUMNS} FROM rounds WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [
    tenantId,
    id,
  ]);
  return rows[0] && round(rows[0]);
}

/** HR's choices, saved; they apply from the next run, so the round is stale until then. */
export async function saveChoices(tx: Queryable, tenantId: string, id: string, choices: RoundChoice[]): Promise<Round> {
  const rows = await tx.query<Row>(
    `UPDATE rounds SET choices = $3::jsonb, stale = true WHERE tenant_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [tenantId, id, JSON.stringify(choices)],
  );
  return round(rows[0]!);
}

/** Queues the round to run again. */
export async function queueRun(tx: Queryable, tenantId: string, id: string): Promise<Round> {
  const rows = await tx.query<Row>(
    `UPDATE rounds SET run = 'queued', progress = $3::jsonb, runs = runs + 1, failure = NULL
     WHERE tenant_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [tenantId, id, JSON.stringify(QUEUED)],
  );
  return round(rows[0]!);
}

/**
 * The job takes the round: running, with the choices as they are now (a choice made after this
 * makes the round stale again). Undefined when the round is not this run's to take: published,
 * or queued again since (a later job has the newer run).
 */
export async function startRun(
  q: Queryable,
  tenantId: string,
  id: string,
  runs: number,
): Promise<{ programme_id: ProgrammeId; choices: RoundChoice[] } | undefined> {
  const rows = await q.query<{ programme_id: ProgrammeId; choices: RoundChoice[] }>(
    `UPDATE rounds SET run = 'running', stale = false, progress = $4::jsonb
     WHERE tenant_id = $1 AND id = $2 AND runs = $3 AND status = 'preview' AND run IN ('queued', 'running', 'failed')
     RETURNING programme_id, choices`,
    [tenantId, id, runs, JSON.stringify({ stage: 'loading', percent: 0 })],
  );
  return rows[0];
}

export async function saveProgress(q: Queryable, tenantId: string, id: string, progress: RoundProgress): Promise<void> {
  await q.query(`UPDATE rounds SET progress = $3::jsonb WHERE tenant_id = $1 AND id = $2 AND run = 'running'`, [
    tenantId,
    id,
    JSON.stringify(progress),
  ]);
}

export async function failRun(q: Queryable, tenantId: string, id: string, failure: string, now: number): Promise<void> {
  await q.query(
    `UPDATE rounds SET run = 'failed', failure = $3, finished_at = $4 WHERE tenant_id = $1 AND id = $2 AND run = 'running'`,
    [tenantId, id, failure, new Date(now)],
  );
}

export interface PairRow {
  mentorId: string;
  menteeId: string;
  score: number;
  reasons: MatchReason[];
  locked: boolean;
  /** Lower-case names of both, for search. */
  names: string;
}

export interface UnmatchedRow {
  menteeId: string;
  reason: UnmatchedReason;
  excluded: RuleCounts;
  names: string;
}

// Rows per INSERT: a round's 10,000 pairs go in ten statements, not 10,000.
const BATCH = 1000;

/** The run's outcome replaces the last one's, in the caller's transaction. */
export async function saveRun(
  tx: Queryable,
  tenantId: string,
  id: string,
  runs: number,
  result: RoundResult,
  pairs: readonly PairRow[],
  unmatched: readonly UnmatchedRow[],
  now: number,
): Promise<boolean> {
  const done = await tx.query(
    `UPDATE rounds SET run = 'ready', result = $4::jsonb, progress = $5::jsonb, finished_at = $6
     WHERE tenant_id = $1 AND id = $2 AND runs = $3 AND run = 'running' RETURNING id`,
    [tenantId, id, runs, JSON.stringify(result), JSON.stringify({ stage: 'done', percent: 100 }), new Date(now)],
  );
  if (done.length === 0) return false;
  await tx.query(`DELETE FROM round_pairs WHERE tenant_id = $1 AND round_id = $2`, [tenantId, id]);
  await tx.query(`DELETE FROM round_unmatched WHERE tenant_id = $1 AND round_id = $2`, [tenantId, id]);
  for (let from = 0; from < pairs.length; from += BATCH) {
    const part = pairs.slice(from, from + BATCH);
    await tx.query(
      `INSERT INTO round_pairs (tenant_id, round_id, position, mentor_id, mentee_id, score, reasons, locked, names)
       SELECT $1, $2, p.position, p.mentor_id, p.mentee_id, p.score, p.reasons, p.locked, p.names
       FROM jsonb_to_recordset($3::jsonb) AS p(position int, mentor_id uuid, mentee_id uuid, score float8, reasons jsonb, locked boolean, names text)`,
      [
        tenantId,
        id,
        JSON.stringify(
          part.map((p, i) => ({
            position: from + i,
            mentor_id: p.mentorId,
            mentee_id: p.menteeId,
            score: p.score,
            reasons: p.reasons,
            locked: p.locked,
            names: p.names,
          })),
        ),
      ],
    );
  }
  for (let from = 0; from < unmatched.length; from += BATCH) {
    const part = unmatched.slice(from, from + BATCH);
    await tx.query(
      `INSERT INTO round_unmatched (tenant_id, round_id, position, mentee_id, reason, excluded, names)
       SELECT $1, $2, u.position, u.mentee_id, u.reason, u.excluded, u.names
       FROM jsonb_to_recordset($3::jsonb) AS u(position int, mentee_id uuid, reason text, excluded jsonb, names text)`,
      [
        tenantId,
        id,
        JSON.stringify(
          part.map((u, i) => ({
            position: from + i,
            mentee_id: u.menteeId,
            reason: u.reason,
            excluded: u.excluded,
            names: u.names,
          })),
        ),
      ],
    );
  }
  return true;
}

// A search is a substring of the lower-case names; LIKE's own wildcards in it are taken literally.
const likePattern = (search: string | undefined): string =>
  `%${(search ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function pairsPage(
  q: Queryable,
  tenantId: string,
  id: string,
  page: { offset: number; limit: number; search?: string | undefined },
): Promise<{ total: number; rows: Omit<PairRow, 'names'>[] }> {
  const { where, params, range } = pageFilter(page, 'round_pairs');
  const [count, rows] = await Promise.all([
    q.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM round_pairs WHERE tenant_id = $1 AND round_id = $2 ${where}`,
      [tenantId, id, ...params],
    ),
    q.query<{ mentor_id: string; mentee_id: string; score: number; reasons: MatchReason[]; locked: boolean }>(
      `SELECT mentor_id, mentee_id, score, reasons, locked FROM round_pairs
       WHERE tenant_id = $1 AND round_id = $2 ${where} ${range}`,
      [tenantId, id, ...params, page.offset, page.limit],
    ),
  ]);
  return {
    total: count[0]!.n,
    rows: rows.map((r) => ({
      mentorId: r.mentor_id,
      menteeId: r.mentee_id,
      score: r.score,
      reasons: r.reasons,
      locked: r.locked,
    })),
  };
}

export async function unmatchedPage(
  q: Queryable,
  tenantId: string,
  id: string,
  page: { offset: number; limit: number; search?: string | undefined },
): Promise<{ total: number; rows: Omit<UnmatchedRow, 'names'>[] }> {
  const { where, params, range } = pageFilter(page, 'round_unmatched');
  const [count, rows] = await Promise.all([
    q.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM round_unmatched WHERE tenant_id = $1 AND round_id = $2 ${where}`,
      [tenantId, id, ...params],
    ),
    q.query<{ mentee_id: string; reason: UnmatchedReason; excluded: RuleCounts }>(
      `SELECT mentee_id, reason, excluded FROM round_unmatched
       WHERE tenant_id = $1 AND round_id = $2 ${where} ${range}`,
      [tenantId, id, ...params, page.offset, page.limit],
    ),
  ]);
  return {
    total: count[0]!.n,
    rows: rows.map((r) => ({ menteeId: r.mentee_id, reason: r.reason, excluded: r.excluded })),
  };
}

/**
 * A page's filter. Without a search the positions are 0..n-1 with no gap, so a page is a range of
 * the primary key, read directly; OFFSET would read and drop every row before it (a second on
 * PGlite halfway down a 10,000-row round). A search filters the names, then counts off the page.
 */
function pageFilter(
  page: { offset: number; limit: number; search?: string | undefined },
  table: 'round_pairs' | 'round_unmatched',
): { where: string; params: string[]; range: string } {
  const search = (page.search ?? '').trim();
  if (search === '')
    return { where: '', params: [], range: `AND position >= $3 AND position < $3 + $4 ORDER BY position` };
  return {
    where: `AND ${table}.names LIKE $3`,
    params: [likePattern(search)],
    range: `ORDER BY position OFFSET $4 LIMIT $5`,
  };
}

/** Every proposed pair of the round's last run, best first, for publishing. */
export async function allPairs(tx: Queryable, tenantId: string, id: string): Promise<Omit<PairRow, 'names'>[]> {
  const rows = await tx.query<{
    mentor_id: string;
    mentee_id: string;
    score: number;
    reasons: MatchReason[];
    locked: boolean;
  }>(
    `SELECT mentor_id, mentee_id, score, reasons, locked FROM round_pairs WHERE tenant_id = $1 AND round_id = $2 ORDER BY position`,
    [tenantId, id],
  );
  return rows.map((r) => ({
    mentorId: r.mentor_id,
    menteeId: r.mentee_id,
    score: r.score,
    reasons: r.reasons,
    locked: r.locked,
  }));
}

export async function markPublished(tx: Queryable, tenantId: string, id: string, now: number): Promise<Round> {
  const rows = await tx.query<Row>(
    `UPDATE rounds SET status = 'published', published_at = $3 WHERE tenant_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [tenantId, id, new Date(now)],
  );
  return round(rows[0]!);
}
