import { setImmediate as nextTurn } from 'node:timers/promises';
import { utcToday, type Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import type { PeopleReader } from '../org/people.js';
import { candidatePairs, type CandidateContext, type Candidates } from './candidates.js';
import { matchingContext } from './context.js';
import type { MentorSlot, Participant, ProgrammeId, ScoredPair } from './model.js';
import { assignWithChoices, pairKey } from './round-assign.js';
import { checkLocks } from './round-locks.js';
import { solveInThread } from './solver/in-thread.js';
import type { RoundChoice, RoundResult } from './round-schemas.js';
import { menteesWithMentor } from './store/pairs.js';
import { failRun, saveProgress, saveRun, startRun } from './store/rounds.js';

// The preview's job. A round of 20,000 mentees takes several seconds of work, so it runs in a job
// worker rather than in the request that asked for it, and says how far it is on the round's row
// (stage and percent). The rules and scores walk the mentees in slices and give the event loop a
// turn between slices, and the exact and greedy solves run in a worker thread
// (solver/in-thread.ts), so requests this process serves keep being answered meanwhile.

export const ROUND_QUEUE = 'rounds-preview';

export interface RoundJob {
  tenantId: string;
  roundId: string;
  /** Which run of the round this job is (rounds.runs when it was queued). */
  runs: number;
}

export interface RoundRunDeps {
  db: Db;
  clock: Clock;
  people: Pick<PeopleReader, 'summaries' | 'matchingFacts' | 'orgIndex'>;
}

/** Mentees per slice of the rules-and-scores walk: about a tenth of a second each on a big round. */
const SLICE = 250;

export async function runRound(deps: RoundRunDeps, job: RoundJob): Promise<void> {
  const { db, clock } = deps;
  const { tenantId, roundId } = job;
  const taken = await startRun(db, tenantId, roundId, job.runs);
  if (!taken) return;
  try {
    await compute(deps, job, taken.programme_id, taken.choices);
  } catch (err) {
    // A failed run is said on the round, and HR may run it again; the job itself is done.
    await failRun(db, tenantId, roundId, err instanceof Error ? err.message : String(err), clock.now());
    throw err;
  }
}

async function compute(
  deps: RoundRunDeps,
  job: RoundJob,
  programmeId: ProgrammeId,
  choices: readonly RoundChoice[],
): Promise<void> {
  const { db, clock, people } = deps;
  const { tenantId, roundId } = job;
  const c = await matchingContext(db, people, tenantId, programmeId, utcToday(clock));
  const waiting = await menteesWithMentor(db, tenantId, programmeId);
  const mentees = c.mentees.filter((m) => !waiting.has(m.id));
  const mentors = c.mentors.filter((m) => m.load < m.capacity);
  await saveProgress(db, tenantId, roundId, { stage: 'candidates', percent: 5 });

  const ctx = {
    kind: c.kind,
    settings: c.settings,
    org: c.org,
    pastPairs: c.pastPairs,
    weekOf: c.weekOf,
    rarity: c.rarity,
  };
  const { edges, excluded } = await candidatesInSlices(mentors, mentees, ctx, (done) =>
    saveProgress(db, tenantId, roundId, { stage: 'candidates', percent: 5 + Math.floor(done * 75) }),
  );

  const { locks, dropped } = checkLocks(c, waiting, choices);
  const exclusions = new Set(
    choices.filter((ch) => ch.choice === 'exclude').map((ch) => pairKey(ch.mentorId, ch.menteeId)),
  );
  await saveProgress(db, tenantId, roundId, { stage: 'solving', percent: 80 });
  await nextTurn();
  const out = await assignWithChoices({ mentees, mentors, edges, locks, exclusions, excluded }, solveInThread);

  await saveProgress(db, tenantId, roundId, { stage: 'saving', percent: 90 });
  const ids = new Set<string>();
  for (const p of out.pairs) ids.add(p.mentorId).add(p.menteeId);
  for (const u of out.unmatched) ids.add(u.menteeId);
  const names = await people.summaries(db, tenantId, [...ids]);
  const nameOf = (id: string) => (names.get(id)?.displayName ?? '').toLowerCase();
  const result: RoundResult = {
    mentees: mentees.length,
    mentors: mentors.length,
    candidateEdges: edges.length,
    matched: out.pairs.length,
    unmatched: out.unmatched.length,
    locked: locks.length,
    excludedByHr: out.excludedByHr,
    total: out.total,
    greedyTotal: out.greedyTotal,
    solveMs: out.solveMs,
    ruleCounts: out.ruleCounts,
    unmatchedRuleCounts: out.unmatchedRuleCounts,
    droppedLocks: dropped,
  };
  await db.transaction((tx) =>
    saveRun(
      tx,
      tenantId,
      roundId,
      job.runs,
      result,
      out.pairs.map((p) => ({ ...p, names: `${nameOf(p.menteeId)} ${nameOf(p.mentorId)}` })),
      out.unmatched.map((u) => ({ ...u, names: nameOf(u.menteeId) })),
      clock.now(),
    ),
  );
}

/**
 * candidatePairs over the mentees a slice at a time, the same edges and counts as one call (each
 * mentee's candidates depend only on the mentee and the pool), with a turn for the event loop
 * after each slice and `after(share done)` between them.
 */
export async function candidatesInSlices(
  mentors: readonly MentorSlot[],
  mentees: readonly Participant[],
  ctx: CandidateContext,
  after: (done: number) => Promise<void>,
  slice = SLICE,
): Promise<Candidates> {
  const edges: ScoredPair[] = [];
  const excluded: Candidates['excluded'] = new Map();
  for (let from = 0; from < mentees.length; from += slice) {
    const part = candidatePairs(mentors, mentees.slice(from, from + slice), ctx);
    for (const e of part.edges) edges.push(e);
    for (const [id, why] of part.excluded) excluded.set(id, why);
    await after(Math.min(mentees.length, from + slice) / mentees.length);
    await nextTurn();
  }
  return { edges, excluded };
}
