import { randomUUID } from 'node:crypto';
import { utcToday, type Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { AppError } from '../errors.js';
import type { Jobs } from '../jobs/queue.js';
import type { PersonSummary } from '../org/schemas.js';
import type { PeopleReader } from '../org/people.js';
import { checkPairsMayForm, loadProgramme } from '../programmes/programmes.js';
import { TAB_PATHS } from '../teams-app.js';
import { matchingContext } from './context.js';
import type { Notice } from './decide.js';
import { sendNotices } from './notices.js';
import { checkLock } from './round-locks.js';
import { ROUND_QUEUE, type RoundJob } from './round-run.js';
import type {
  ChoiceBody,
  PageQuery,
  ProposedPairs,
  Published,
  Round,
  RoundChoice,
  UnmatchedMentees,
} from './round-schemas.js';
import type { ProgrammeId } from './schemas.js';
import { menteesWithMentor, proposeRoundPair } from './store/pairs.js';
import {
  allPairs,
  getRound,
  insertRound,
  listRounds,
  lockRound,
  markPublished,
  pairsPage,
  queueRun,
  saveChoices,
  unmatchedPage,
} from './store/rounds.js';

// HR's programme rounds: a preview over everyone waiting in a programme, run by a job
// (round-run.ts); HR locks pairs in or excludes them and runs it again; then publishes it, each
// pair proposed to both people. The assignment maximises the total score under all rules and
// capacities (an exact min-cost flow over each mentee's best candidates, with HR's choices:
// round-assign.ts); greedy's total is kept beside it.

export interface RoundDeps {
  db: Db;
  clock: Clock;
  people: Pick<PeopleReader, 'summaries' | 'matchingFacts' | 'orgIndex'>;
  jobs: Pick<Jobs, 'send'>;
}

/** HR's choices per round: enough for any hand-made refinement, and a bound on the row. */
export const MAX_CHOICES = 1000;

/** A new preview of the programme's round, queued (202): GET it to follow its progress. */
export async function startRound(
  deps: RoundDeps,
  tenantId: string,
  adminId: string,
  programmeId: ProgrammeId,
): Promise<Round> {
  checkPairsMayForm(await loadProgramme(deps.db, tenantId, programmeId), 'rounds', utcToday(deps.clock));
  return deps.db.transaction(async (tx) => {
    const round = await insertRound(tx, tenantId, randomUUID(), programmeId, adminId, deps.clock.now());
    await deps.jobs.send(tx, ROUND_QUEUE, { tenantId, roundId: round.id, runs: round.runs } satisfies RoundJob);
    return round;
  });
}

/** Runs the preview again, with HR's choices as they are now. */
export async function rerunRound(deps: RoundDeps, tenantId: string, id: string): Promise<Round> {
  return deps.db.transaction(async (tx) => {
    const current = await lockedPreview(tx, tenantId, id);
    if (current.run === 'queued' || current.run === 'running')
      throw new AppError('round_running', 'This round is already running; wait for it to finish.');
    const round = await queueRun(tx, tenantId, id);
    await deps.jobs.send(tx, ROUND_QUEUE, { tenantId, roundId: id, runs: round.runs } satisfies RoundJob);
    return round;
  });
}

/** A round as HR previewed or published it, with its progress while it runs. */
export async function findRound(deps: Pick<RoundDeps, 'db'>, tenantId: string, id: string): Promise<Round> {
  const round = await getRound(deps.db, tenantId, id);
  if (!round) throw new AppError('round_not_found', 'No such round.');
  return round;
}

export async function roundsOf(
  deps: Pick<RoundDeps, 'db'>,
  tenantId: string,
  programmeId: ProgrammeId,
): Promise<Round[]> {
  return listRounds(deps.db, tenantId, programmeId, 50);
}

/**
 * Locks a pair into the round, excludes it, or clears HR's choice about it ("none"). A lock is
 * refused when the pair breaks a hard rule, the mentor has no place left for it beside their other
 * locks, or the mentee is locked to someone else. Choices apply from the next run.
 */
export async function chooseForRound(deps: RoundDeps, tenantId: string, id: string, body: ChoiceBody): Promise<Round> {
  const { mentorId, menteeId, choice } = body;
  // The programme's pool is read before the transaction: on PGlite the transaction holds the one
  // session, and the pool of a big programme is the slow part.
  const before = await findRound(deps, tenantId, id);
  const check =
    choice === 'lock'
      ? await (async () => {
          const c = await matchingContext(deps.db, deps.people, tenantId, before.programmeId, utcToday(deps.clock));
          const taken = await menteesWithMentor(deps.db, tenantId, before.programmeId);
          return (others: number) => checkLock(c, taken, mentorId, menteeId, others);
        })()
      : undefined;
  const names = await deps.people.summaries(deps.db, tenantId, [mentorId, menteeId]);

  return deps.db.transaction(async (tx) => {
    const round = await lockedPreview(tx, tenantId, id);
    const others = round.choices.filter((c) => !(c.mentorId === mentorId && c.menteeId === menteeId));
    if (choice === 'none') return saveChoices(tx, tenantId, id, others);
    if (others.length >= MAX_CHOICES)
      throw new AppError('too_many_choices', `A round keeps at most ${MAX_CHOICES} locked or excluded pairs.`);
    if (check) {
      const elsewhere = others.find((c) => c.choice === 'lock' && c.menteeId === menteeId);
      if (elsewhere)
        throw new AppError('mentee_already_locked', 'This mentee is already locked to another mentor in this round.', {
          mentorId: elsewhere.mentorId,
        });
      const result = check(others.filter((c) => c.choice === 'lock' && c.mentorId === mentorId).length);
      if (!result.ok) {
        if (result.reason === 'not_a_mentor')
          throw new AppError('not_a_mentor', 'This person is not taking mentees in this programme.');
        if (result.reason === 'not_a_mentee')
          throw new AppError('not_a_mentee', 'This person is not waiting for a mentor in this programme.');
        if (result.reason === 'over_capacity')
          throw new AppError('lock_over_capacity', 'The mentor has no place left for another locked pair.', {
            free: result.free ?? 0,
          });
        throw new AppError('lock_breaks_rule', 'This pair breaks a matching rule, so it cannot be locked in.', {
          violations: result.violations ?? [result.reason],
        });
      }
    }
    const made: RoundChoice = {
      mentorId,
      menteeId,
      choice,
      mentorName: names.get(mentorId)?.displayName ?? '',
      menteeName: names.get(menteeId)?.displayName ?? '',
    };
    return saveChoices(tx, tenantId, id, [...others, made]);
  });
}

async function lockedPreview(tx: Parameters<typeof lockRound>[0], tenantId: string, id: string): Promise<Round> {
  const round = await lockRound(tx, tenantId, id);
  if (!round) throw new AppError('round_not_found', 'No such round.');
  if (round.status !== 'preview') throw new AppError('round_closed', `This round is already ${round.status}.`);
  return round;
}

/** Someone the directory no longer has: named as nobody rather than failing the page. */
const unknownPerson = (id: string): PersonSummary => ({
  id,
  displayName: '',
  jobTitle: null,
  department: null,
  officeLocation: null,
});

export async function proposedPairs(
  deps: RoundDeps,
  tenantId: string,
  id: string,
  q: PageQuery,
): Promise<ProposedPairs> {
  await findRound(deps, tenantId, id);
  const { total, rows } = await pairsPage(deps.db, tenantId, id, q);
  const people = await deps.people.summaries(
    deps.db,
    tenantId,
    rows.flatMap((r) => [r.mentorId, r.menteeId]),
  );
  const who = (pid: string) => people.get(pid) ?? unknownPerson(pid);
  return {
    total,
    offset: q.offset,
    limit: q.limit,
    items: rows.map((r) => ({
      mentor: who(r.mentorId),
      mentee: who(r.menteeId),
      score: r.score,
      reasons: r.reasons,
      locked: r.locked,
    })),
  };
}

export async function unmatchedMentees(
  deps: RoundDeps,
  tenantId: string,
  id: string,
  q: PageQuery,
): Promise<UnmatchedMentees> {
  await findRound(deps, tenantId, id);
  const { total, rows } = await unmatchedPage(deps.db, tenantId, id, q);
  const people = await deps.people.summaries(
    deps.db,
    tenantId,
    rows.map((r) => r.menteeId),
  );
  return {
    total,
    offset: q.offset,
    limit: q.limit,
    items: rows.map((r) => ({
      mentee: people.get(r.menteeId) ?? unknownPerson(r.menteeId),
      reason: r.reason,
      excluded: r.excluded,
    })),
  };
}

/**
 * Publishes a previewed round: each pair is proposed to both people (they confirm it), and both
 * are told. Only a finished run with HR's latest choices is published. A pair that has meanwhile
 * become impossible (someone paired elsewhere) is skipped.
 */
export async function publishRound(deps: RoundDeps, tenantId: string, id: string): Promise<Published> {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const round = await lockedPreview(tx, tenantId, id);
    if (round.run === 'queued' || round.run === 'running')
      throw new AppError('round_running', 'This round is still running; publish it once it is ready.');
    if (round.run === 'failed' || round.stale)
      throw new AppError('round_not_ready', 'Run this round again before publishing it.', {
        reason: round.run === 'failed' ? 'failed' : 'stale',
      });
    const { programmeId } = round;
    // The programme may have closed since the preview ran.
    checkPairsMayForm(await loadProgramme(tx, tenantId, programmeId), 'rounds', utcToday(deps.clock));
    const pairs = await allPairs(tx, tenantId, id);
    let created = 0;
    const notices: Notice[] = [];
    for (const p of pairs) {
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
    return { round: published, created, skipped: pairs.length - created };
  });
}
