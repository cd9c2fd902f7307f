import { randomUUID } from 'node:crypto';
import { utcToday, type Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { AppError } from '../errors.js';
import { TAB_PATHS } from '../teams-app.js';
import type { PeopleReader } from '../org/people.js';
import { candidatePairs } from './candidates.js';
import { checkPairsMayForm } from '../programmes/programmes.js';
import { matchingContext } from './context.js';
import type { Notice } from './decide.js';
import { sendNotices } from './notices.js';
import type { Published, Round, RoundResult, ProgrammeId } from './schemas.js';
import { greedyAssignment, solveAssignment } from './solver/solve.js';
import { menteesWithMentor, proposeRoundPair } from './store/pairs.js';
import { getRound, insertRound, lockRound, markPublished } from './store/rounds.js';

export interface RoundDeps {
  db: Db;
  clock: Clock;
  people: Pick<PeopleReader, 'summaries' | 'matchingFacts' | 'orgIndex'>;
}

/**
 * A programme round: everyone enrolled and still without a mentor, against every mentor's free
 * places. The assignment maximises the total score under all rules and capacities (an exact
 * min-cost flow over each mentee's best candidates); greedy's total is kept beside it.
 */
export async function previewRound(
  deps: RoundDeps,
  tenantId: string,
  adminId: string,
  programmeId: ProgrammeId,
): Promise<Round> {
  const today = utcToday(deps.clock);
  const c = await matchingContext(deps.db, deps.people, tenantId, programmeId, today);
  checkPairsMayForm(c.programme, 'rounds', today);
  const taken = await menteesWithMentor(deps.db, tenantId, programmeId);
  const mentees = c.mentees.filter((m) => !taken.has(m.id));
  const mentors = c.mentors.filter((m) => m.load < m.capacity);
  const { edges, excluded } = candidatePairs(mentors, mentees, {
    kind: c.kind,
    settings: c.settings,
    org: c.org,
    pastPairs: c.pastPairs,
    weekOf: c.weekOf,
    rarity: c.rarity,
  });

  const menteeIndex = new Map(mentees.map((m, i) => [m.id, i]));
  const mentorIndex = new Map(mentors.map((m, i) => [m.participant.id, i]));
  const problem = {
    menteeCount: mentees.length,
    mentorCapacity: mentors.map((m) => m.capacity - m.load),
    edges: edges.map((e) => ({
      mentee: menteeIndex.get(e.menteeId)!,
      mentor: mentorIndex.get(e.mentorId)!,
      score: e.score,
    })),
  };
  const started = performance.now();
  const best = solveAssignment(problem);
  const solveMs = Math.round(performance.now() - started);
  const greedy = greedyAssignment(problem);

  const byPair = new Map(edges.map((e) => [`${e.mentorId}|${e.menteeId}`, e]));
  const withEdges = new Set(edges.map((e) => e.menteeId));
  const result: RoundResult = {
    programmeId,
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
  return insertRound(deps.db, tenantId, randomUUID(), adminId, result, deps.clock.now());
}

/** A round as HR previewed or published it. */
export async function findRound(deps: Pick<RoundDeps, 'db'>, tenantId: string, id: string): Promise<Round> {
  const round = await getRound(deps.db, tenantId, id);
  if (!round) throw new AppError('round_not_found', 'No such round.');
  return round;
}

/**
 * Publishes a previewed round: each pair is proposed to both people (they confirm it), and both
 * are told. A pair that has meanwhile become impossible (someone paired elsewhere) is skipped.
 */
export async function publishRound(deps: RoundDeps, tenantId: string, id: string): Promise<Published> {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const round = await lockRound(tx, tenantId, id);
    if (!round) throw new AppError('round_not_found', 'No such round.');
    if (round.status !== 'preview') throw new AppError('round_closed', `This round is already ${round.status}.`);
    const { programmeId } = round.result;
    let created = 0;
    const notices: Notice[] = [];
    for (const p of round.result.pairs) {
      const pair = {
        id: randomUUID(),
        programmeId,
        mentorId: p.mentorId,
        menteeId: p.menteeId,
        status: 'proposed' as const,
        source: 'round' as const,
        score: p.score,
        reasons: p.reasons,
        mentorConfirmed: false,
        menteeConfirmed: false,
        endedReason: null,
        flag: null,
        pausedUntil: null,
        createdAt: new Date(now).toISOString(),
      };
      if (!(await proposeRoundPair(tx, tenantId, pair, id))) continue;
      created += 1;
      const subject = TAB_PATHS.pair(pair.id);
      notices.push(
        { to: p.mentorId, kind: 'matchSuggested', about: p.menteeId, programmeId, subject },
        { to: p.menteeId, kind: 'matchSuggested', about: p.mentorId, programmeId, subject },
      );
    }
    await sendNotices(tx, deps.people, tenantId, notices);
    const published = await markPublished(tx, tenantId, id, now);
    return { round: published, created, skipped: round.result.pairs.length - created };
  });
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
