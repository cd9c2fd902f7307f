import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db.js';
import { AppError } from '../errors.js';
import { TRACK_NAMES } from './tracks.js';
import { notify } from '../notify/outbox.js';
import { candidatePairs } from './candidates.js';
import { matchingContext } from './context.js';
import type { RuleViolation, ScoredPair, Track } from './model.js';
import { greedyAssignment, solveAssignment } from './solver/solve.js';
import { menteesWithMentor } from './store.js';

export interface RoundResult {
  track: Track;
  mentees: number;
  mentors: number;
  candidateEdges: number;
  pairs: ScoredPair[];
  unmatched: { menteeId: string; reason: 'no_eligible_mentor' | 'places_taken'; excluded: Partial<Record<RuleViolation, number>> }[];
  total: number;
  greedyTotal: number;
  solveMs: number;
}

export interface Round {
  id: string;
  status: 'preview' | 'published' | 'discarded';
  createdAt: string;
  publishedAt: string | null;
  result: RoundResult;
}

/**
 * A programme round: everyone enrolled and still without a mentor, against every mentor's free
 * places. The assignment maximises the total score under all rules and capacities (an exact
 * min-cost flow over each mentee's best candidates); greedy's total is kept beside it.
 */
export async function previewRound(db: Db, tenantId: string, adminId: string, track: Track, today: string): Promise<Round> {
  const c = await matchingContext(db, tenantId, track, today);
  const taken = await menteesWithMentor(db, tenantId, track);
  const mentees = c.mentees.filter((m) => !taken.has(m.id));
  const mentors = c.mentors.filter((m) => m.load < m.capacity);
  const { edges, excluded } = candidatePairs(mentors, mentees, { track, settings: c.settings, org: c.org, pastPairs: c.pastPairs, weekOf: c.weekOf, rarity: c.rarity });

  const menteeIndex = new Map(mentees.map((m, i) => [m.id, i]));
  const mentorIndex = new Map(mentors.map((m, i) => [m.participant.id, i]));
  const problem = {
    menteeCount: mentees.length,
    mentorCapacity: mentors.map((m) => m.capacity - m.load),
    edges: edges.map((e) => ({ mentee: menteeIndex.get(e.menteeId)!, mentor: mentorIndex.get(e.mentorId)!, score: e.score })),
  };
  const started = performance.now();
  const best = solveAssignment(problem);
  const solveMs = Math.round(performance.now() - started);
  const greedy = greedyAssignment(problem);

  const byPair = new Map(edges.map((e) => [`${e.mentorId}|${e.menteeId}`, e]));
  const withEdges = new Set(edges.map((e) => e.menteeId));
  const result: RoundResult = {
    track,
    mentees: mentees.length,
    mentors: mentors.length,
    candidateEdges: edges.length,
    pairs: best.pairs.map((p) => byPair.get(`${mentors[p.mentor]!.participant.id}|${mentees[p.mentee]!.id}`)!),
    unmatched: best.unmatched.map((i) => {
      const id = mentees[i]!.id;
      return {
        menteeId: id,
        reason: withEdges.has(id) ? 'places_taken' : 'no_eligible_mentor',
        excluded: Object.fromEntries(excluded.get(id) ?? []),
      };
    }),
    total: round2(best.total),
    greedyTotal: round2(greedy.total),
    solveMs,
  };
  const id = randomUUID();
  await db.query(`INSERT INTO rounds (tenant_id, id, track, status, created_by, result) VALUES ($1, $2, $3, 'preview', $4, $5::jsonb)`, [tenantId, id, track, adminId, JSON.stringify(result)]);
  return (await getRound(db, tenantId, id))!;
}

export async function getRound(db: Db, tenantId: string, id: string): Promise<Round | undefined> {
  const rows = await db.query<{ id: string; status: Round['status']; created_at: Date; published_at: Date | null; result: RoundResult }>(
    `SELECT id, status, created_at, published_at, result FROM rounds WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id],
  );
  const r = rows[0];
  return r && { id: r.id, status: r.status, createdAt: r.created_at.toISOString(), publishedAt: r.published_at?.toISOString() ?? null, result: r.result };
}

/**
 * Publishes a previewed round: each pair is proposed to both people (they confirm it), and both
 * are told. A pair that has meanwhile become impossible (someone paired elsewhere) is skipped.
 */
export async function publishRound(db: Db, tenantId: string, id: string): Promise<{ round: Round; created: number; skipped: number }> {
  const outcome = await db.transaction(async (tx) => {
    const rows = await tx.query<{ status: string; result: RoundResult }>(`SELECT status, result FROM rounds WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [tenantId, id]);
    const round = rows[0];
    if (!round) throw new AppError('round_not_found', 'No such round.');
    if (round.status !== 'preview') throw new AppError('round_closed', `This round is already ${round.status}.`);
    let created = 0;
    let skipped = 0;
    const names = new Map(
      (await tx.query<{ id: string; display_name: string | null }>(`SELECT id, display_name FROM people WHERE tenant_id = $1 AND id = ANY($2::uuid[])`, [
        tenantId,
        round.result.pairs.flatMap((p) => [p.mentorId, p.menteeId]),
      ])).map((r) => [r.id, r.display_name ?? '']),
    );
    for (const p of round.result.pairs) {
      const inserted = await tx.query(
        `INSERT INTO pairs (tenant_id, id, track, mentor_id, mentee_id, status, source, round_id, score, reasons)
         SELECT $1, $2, $3, $4, $5, 'proposed', 'round', $6, $7, $8::jsonb
         WHERE NOT EXISTS (SELECT 1 FROM pairs WHERE tenant_id = $1 AND track = $3 AND mentee_id = $5 AND status IN ('proposed', 'active', 'paused'))
         ON CONFLICT DO NOTHING RETURNING id`,
        [tenantId, randomUUID(), round.result.track, p.mentorId, p.menteeId, id, p.score, JSON.stringify(p.reasons)],
      );
      if (inserted.length === 0) {
        skipped += 1;
        continue;
      }
      created += 1;
      const programme = TRACK_NAMES[round.result.track].en;
      await notify(tx, tenantId, p.mentorId, 'matchSuggested', { person: names.get(p.menteeId) ?? '', programme });
      await notify(tx, tenantId, p.menteeId, 'matchSuggested', { person: names.get(p.mentorId) ?? '', programme });
    }
    await tx.query(`UPDATE rounds SET status = 'published', published_at = now() WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
    return { created, skipped };
  });
  return { round: (await getRound(db, tenantId, id))!, ...outcome };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
