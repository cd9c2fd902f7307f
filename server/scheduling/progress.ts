import type { Queryable } from '../db/db.js';
import { AppError } from '../errors.js';
import { findGoal } from '../matching/skills.js';
import type { SchedulingDeps } from './deps.js';
import type { CheckinAnswer, CheckinBody, OccurrenceParams, PairGoal } from './schemas.js';
import * as checkins from './store/checkins.js';
import { progressOfPairs, saveProgress } from './store/goals.js';
import { sessionEndFor } from './store/occurrences.js';
import { seriesOfPerson } from './store/series.js';

// Check-ins after sessions and progress on a pair's goals. A check-in's note is private: every
// read here is of the asking person's own check-in only.

/** The pair's goals (the mentee's, catalogue ids) with their progress; ids the catalogue no longer has are left out. */
export function goalsWithProgress(
  goalIds: readonly string[],
  progress: ReadonlyMap<string, number> | undefined,
): PairGoal[] {
  return goalIds.flatMap((id) => {
    const goal = findGoal(id);
    return goal ? [{ id, label: goal.label, progress: progress?.get(id) ?? 0 }] : [];
  });
}

/** The goals of each pair with their progress, by pair id. */
export async function pairGoals(
  deps: Pick<SchedulingDeps, 'pairs'>,
  q: Queryable,
  tenantId: string,
  pairIds: readonly string[],
): Promise<Map<string, PairGoal[]>> {
  if (pairIds.length === 0) return new Map();
  const pairs = await deps.pairs.facts(q, tenantId, pairIds);
  const progress = await progressOfPairs(q, tenantId, pairIds);
  return new Map([...pairs.values()].map((p) => [p.id, goalsWithProgress(p.goals, progress.get(p.id))]));
}

/** Saves my check-in for a session of one of my series that is over. */
export async function checkIn(
  deps: Pick<SchedulingDeps, 'db' | 'clock'>,
  tenantId: string,
  personId: string,
  { seriesId, occurrenceId }: OccurrenceParams,
  input: CheckinBody,
): Promise<CheckinAnswer> {
  const ends = await sessionEndFor(deps.db, tenantId, seriesId, occurrenceId, personId);
  if (ends === undefined) throw new AppError('meeting_not_found', 'No such session in your meetings.');
  if (ends > deps.clock.now()) throw new AppError('meeting_not_over', 'You can check in once the session is over.');
  const saved = await checkins.saveCheckin(deps.db, tenantId, personId, occurrenceId, {
    happened: input.happened,
    usefulness: input.usefulness ?? null,
    confidence: input.confidence ?? null,
    note: input.note?.trim() ? input.note : null,
  });
  return { occurrenceId, ...saved };
}

/** The mentee records progress on the pair's goals; the mentor reads it. */
export async function recordGoalProgress(
  deps: Pick<SchedulingDeps, 'db' | 'pairs' | 'clock'>,
  tenantId: string,
  personId: string,
  seriesId: string,
  progress: Readonly<Record<string, number>>,
): Promise<PairGoal[]> {
  const series = await seriesOfPerson(deps.db, tenantId, seriesId, personId);
  if (!series) throw new AppError('meeting_not_found', 'No such meeting.');
  if (series.attendeeId !== personId)
    throw new AppError('mentee_only', 'Progress on goals is the mentee’s to record; you can read it.');
  const goals = (await pairGoals(deps, deps.db, tenantId, [series.pairId])).get(series.pairId) ?? [];
  const unknown = Object.keys(progress).filter((id) => !goals.some((g) => g.id === id));
  if (unknown.length > 0)
    throw new AppError('unknown_goal', `These are not goals of this pair: ${unknown.join(', ')}.`, { ids: unknown });
  await saveProgress(deps.db, tenantId, series.pairId, progress, new Date(deps.clock.now()));
  return (await pairGoals(deps, deps.db, tenantId, [series.pairId])).get(series.pairId) ?? [];
}
