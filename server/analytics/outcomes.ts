import { systemClock } from '../clock.js';
import type { Db, Queryable } from '../db/db.js';
import { breakdownSuppression, cell, countCell, shareCell, SUPPRESSED } from './privacy.js';
import type { Cell, Dimension, DistributionRow, Outcomes, OutcomesQuery } from './schemas.js';
import { outcomesChoices } from './store/choices.js';
import { answersByMonth } from './store/confidence.js';
import { learningCurve } from './store/curve.js';
import { crossingCounts, reverseGaps } from './store/diversity.js';
import { minGroupSize } from './store/limits.js';
import { sessionCounts } from './store/meetings.js';
import { surveyAnswers } from './store/surveys.js';
import { pairCounts, participationCounts, type GroupCounts } from './store/participation.js';
import { retentionCounts } from './store/retention.js';
import type { Scope } from './store/scope.js';

// The outcomes dashboard's whole payload: each figure aggregated by the database (store/*), then
// the group-size rule applied to every cell before anything leaves this function. The bench
// (test/bench/analytics*) calls it directly, so its signature stays as it is.

const DAY_MS = 86_400_000;

/** The payload for one programme (query.programmeId) or all, in the query's period and filters. */
export async function outcomes(
  db: Queryable,
  tenantId: string,
  query: OutcomesQuery,
  now: Date = new Date(systemClock.now()),
): Promise<Outcomes> {
  const scope: Scope = {
    tenantId,
    programmeId: query.programmeId ?? null,
    from: query.from ? new Date(`${query.from}T00:00:00Z`) : '-infinity',
    toEnd: query.to ? new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS) : 'infinity',
    office: query.office ?? null,
    department: query.department ?? null,
    level: query.level ?? null,
    now,
  };
  const [limit, participation, pairs, sessions, curve, months, crossing, gaps, retention, surveys, choices] =
    await readOnly(db, (q) =>
      sequence([
        () => minGroupSize(q, tenantId),
        () => participationCounts(q, scope),
        () => pairCounts(q, scope),
        () => sessionCounts(q, scope),
        () => learningCurve(q, scope),
        () => answersByMonth(q, scope),
        () => crossingCounts(q, scope),
        () => reverseGaps(q, scope),
        () => retentionCounts(q, scope),
        () => surveyAnswers(q, scope),
        () => outcomesChoices(q, tenantId),
      ] as const),
    );
  const count = (n: number) => countCell(n, limit);
  const over = (people: number) => (value: number | null) => cell(value, people, limit);
  const sessionCell = over(sessions.people);
  const pairsCell = over(crossing.people);
  const reverseTotal = gaps.reduce((sum, g) => sum + g.pairs, 0);

  return {
    programmeId: scope.programmeId,
    from: query.from ?? null,
    to: query.to ?? null,
    office: scope.office,
    department: scope.department,
    level: scope.level,
    minGroupSize: limit,
    asOf: now.toISOString(),
    participation: {
      enrolled: count(participation.enrolled),
      mentors: count(participation.mentors),
      mentees: count(participation.mentees),
      matched: count(participation.matched),
      matchedPairs: cell(pairs.pairs, pairs.people, limit),
      activePairs: cell(pairs.active, pairs.activePeople, limit),
      breakdown: {
        office: distribution(participation.groups, 'office', participation.enrolled, limit),
        department: distribution(participation.groups, 'department', participation.enrolled, limit),
        level: distribution(participation.groups, 'level', participation.enrolled, limit),
        generation: distribution(participation.groups, 'generation', participation.enrolled, limit),
      },
    },
    meetings: {
      planned: sessionCell(sessions.planned),
      held: sessionCell(sessions.held),
      skipped: sessionCell(sessions.skipped),
      cancelled: sessionCell(sessions.cancelled),
      missed: sessionCell(sessions.missed),
      unconfirmed: sessionCell(sessions.unconfirmed),
      heldShare: sessions.planned > 0 ? sessionCell(sessions.held / sessions.planned) : SUPPRESSED,
    },
    learningCurve: curve.map((w) => ({
      week: w.week,
      q1: cell(w.q1, w.people, limit),
      median: cell(w.median, w.people, limit),
      q3: cell(w.q3, w.people, limit),
    })),
    confidence: months.map((m) => ({
      month: m.month,
      confidence: cell(m.confidence, m.confidencePeople, limit),
      usefulness: cell(m.usefulness, m.usefulnessPeople, limit),
    })),
    diversity: {
      pairs: pairsCell(crossing.pairs),
      crossDepartment: shareCell(crossing.department, crossing.pairs, crossing.people, limit),
      crossOffice: shareCell(crossing.office, crossing.pairs, crossing.people, limit),
      crossGeneration: shareCell(crossing.generation, crossing.pairs, crossing.people, limit),
      crossCountry: shareCell(crossing.country, crossing.pairs, crossing.people, limit),
      reverseByLevelGap: gaps.map((g) => ({
        gap: g.gap,
        pairs: cell(g.pairs, g.people, limit),
        share: shareCell(g.pairs, reverseTotal, g.people, limit),
      })),
    },
    retention: retention.map((r) => ({
      months: r.months,
      participants: shareCell(r.participantsRetained, r.participants, r.participants, limit),
      participantsSize: count(r.participants),
      comparison: cell(r.comparisonRate, r.comparison, limit),
      comparisonSize: count(r.comparison),
    })),
    surveys: {
      moments: surveys.map((m) => ({
        moment: m.moment,
        skillConfidence: cell(m.skillConfidence, m.skillPeople, limit),
        motivation: cell(m.motivation, m.people, limit),
        nps: cell(m.nps, m.people, limit),
      })),
    },
    choices,
  };
}

/**
 * Runs the figures' statements in one read-only transaction when `db` can open one: every figure
 * then reads the same snapshot, and the settings fit big aggregates (PostgreSQL's JIT compiles
 * each of these statements for longer than it runs; sorts of a few hundred thousand rows fit in
 * memory). A plain Queryable (already in a transaction) runs them as they are.
 */
async function readOnly<T>(db: Queryable, fn: (q: Queryable) => Promise<T>): Promise<T> {
  if (!('transaction' in db)) return fn(db);
  return (db as Db).transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    await tx.query(`SET LOCAL jit = off`);
    await tx.query(`SET LOCAL work_mem = '64MB'`);
    return fn(tx);
  });
}

/** The statements one after the other (one transaction is one connection). */
async function sequence<T extends readonly (() => Promise<unknown>)[]>(
  steps: T,
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const out: unknown[] = [];
  for (const step of steps) out.push(await step());
  return out as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}

/** One breakdown: participants and the organisation per group, each column under the group-size rule. */
function distribution(
  groups: readonly GroupCounts[],
  dimension: Dimension,
  participantsTotal: number,
  limit: number,
): DistributionRow[] {
  const rows = groups
    .filter((g) => g.dimension === dimension)
    .sort((a, b) => b.organisation - a.organisation || String(a.key).localeCompare(String(b.key)));
  const organisationTotal = rows.reduce((sum, g) => sum + g.organisation, 0);
  const hiddenParticipants = breakdownSuppression(
    rows.map((g) => g.participants),
    limit,
  );
  const hiddenOrganisation = breakdownSuppression(
    rows.map((g) => g.organisation),
    limit,
  );
  const shown = (hidden: Set<number>, i: number, value: () => Cell): Cell => (hidden.has(i) ? SUPPRESSED : value());
  return rows.map((g, i) => ({
    key: g.key,
    participants: shown(hiddenParticipants, i, () => ({ value: g.participants, people: g.participants })),
    participantsShare: shown(hiddenParticipants, i, () =>
      shareCell(g.participants, participantsTotal, g.participants, limit),
    ),
    organisation: shown(hiddenOrganisation, i, () => ({ value: g.organisation, people: g.organisation })),
    organisationShare: shown(hiddenOrganisation, i, () =>
      shareCell(g.organisation, organisationTotal, g.organisation, limit),
    ),
  }));
}
