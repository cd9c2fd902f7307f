import { outcomesCsv, outcomesFileName } from '../../server/analytics/csv.js';
import { cell, countCell, shareCell } from '../../server/analytics/privacy.js';
import * as A from '../../server/analytics/schemas.js';
import { adminOnly } from './fakeOrg';
import { json, type createRouter } from './fakeRouter';

// The fake server's outcomes routes for HR programme owners. The figures are the counts in
// `state.counts` (what the database would aggregate), turned into cells by the server's own
// group-size rule (server/analytics/privacy.ts), and the CSV is the server's own (csv.ts). Tests
// change the counts or the limit; the fake echoes the filters asked for.

type Route = ReturnType<typeof createRouter<{ roles: string[] }>>['route'];

/** A small programme's counts: most figures shown, a few groups under the limit. */
export function sampleCounts() {
  return {
    limit: 5,
    enrolled: 48,
    mentors: 20,
    mentees: 31,
    matched: 36,
    pairs: 18,
    activePairs: 14,
    /** [key, participants, organisation] */
    departments: [
      ['Engineering', 22, 60],
      ['Sales', 14, 41],
      ['People', 9, 12],
      ['Legal', 3, 4],
    ] as [string | null, number, number][],
    offices: [
      ['Milano', 30, 70],
      ['Roma', 18, 47],
    ] as [string | null, number, number][],
    sessions: { planned: 120, held: 84, skipped: 12, cancelled: 9, missed: 5, unconfirmed: 10, people: 36 },
    /** [week, mentees, q1, median, q3] */
    curve: [
      [0, 16, 0, 5, 10],
      [1, 16, 5, 12, 20],
      [2, 15, 10, 20, 31],
      [3, 4, 15, 25, 40],
    ] as [number, number, number, number, number][],
    /** [month, people, confidence, usefulness] */
    months: [
      ['2026-09', 22, 3.1, 3.6],
      ['2026-10', 30, 3.4, 3.9],
      ['2026-11', 3, 4.0, 4.2],
    ] as [string, number, number, number][],
    crossing: { department: 11, office: 7, generation: 12, country: 2 },
    /** [gap, pairs, people] */
    gaps: [
      [3, 4, 8],
      [5, 2, 4],
    ] as [number, number, number][],
    retention: { six: [30, 29, 80, 0.9], twelve: [4, 4, 20, 0.8] } as Record<string, [number, number, number, number]>,
    /** [moment, people, skill confidence, motivation, nps] */
    surveys: [
      ['start', 30, 2.8, 3.9, 20],
      ['midpoint', 25, 3.3, 4.1, 32],
      ['end', 4, 3.9, 4.4, 50],
    ] as [A.SurveyMoment, number, number, number, number][],
  };
}

export type OutcomeCounts = ReturnType<typeof sampleCounts>;

/** The payload the server would answer for these counts. */
export function outcomesOf(c: OutcomeCounts, query: A.OutcomesQuery, now: number): A.Outcomes {
  const k = c.limit;
  const count = (n: number) => countCell(n, k);
  const rows = (groups: [string | null, number, number][]) => {
    const org = groups.reduce((s, g) => s + g[2], 0);
    return groups.map(([key, p, o]) => ({
      key,
      participants: count(p),
      participantsShare: shareCell(p, c.enrolled, p, k),
      organisation: count(o),
      organisationShare: shareCell(o, org, o, k),
    }));
  };
  const s = c.sessions;
  const pairsPeople = c.matched;
  const reverse = c.gaps.reduce((sum, g) => sum + g[1], 0);
  return {
    programmeId: query.programmeId ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    office: query.office ?? null,
    department: query.department ?? null,
    level: query.level ?? null,
    minGroupSize: k,
    asOf: new Date(now).toISOString(),
    participation: {
      enrolled: count(c.enrolled),
      mentors: count(c.mentors),
      mentees: count(c.mentees),
      matched: count(c.matched),
      matchedPairs: cell(c.pairs, pairsPeople, k),
      activePairs: cell(c.activePairs, pairsPeople, k),
      breakdown: {
        office: rows(c.offices),
        department: rows(c.departments),
        level: rows([
          ['3', 20, 50],
          ['6', 28, 67],
        ]),
        generation: rows([
          ['1990s', 12, 40],
          ['2010s', 36, 77],
        ]),
      },
    },
    meetings: {
      planned: cell(s.planned, s.people, k),
      held: cell(s.held, s.people, k),
      skipped: cell(s.skipped, s.people, k),
      cancelled: cell(s.cancelled, s.people, k),
      missed: cell(s.missed, s.people, k),
      unconfirmed: cell(s.unconfirmed, s.people, k),
      heldShare: cell(s.held / s.planned, s.people, k),
    },
    learningCurve: c.curve.map(([week, people, q1, median, q3]) => ({
      week,
      q1: cell(q1, people, k),
      median: cell(median, people, k),
      q3: cell(q3, people, k),
    })),
    confidence: c.months.map(([month, people, confidence, usefulness]) => ({
      month,
      confidence: cell(confidence, people, k),
      usefulness: cell(usefulness, people, k),
    })),
    diversity: {
      pairs: cell(c.pairs, pairsPeople, k),
      crossDepartment: shareCell(c.crossing.department, c.pairs, pairsPeople, k),
      crossOffice: shareCell(c.crossing.office, c.pairs, pairsPeople, k),
      crossGeneration: shareCell(c.crossing.generation, c.pairs, pairsPeople, k),
      crossCountry: shareCell(c.crossing.country, c.pairs, pairsPeople, k),
      reverseByLevelGap: c.gaps.map(([gap, pairs, people]) => ({
        gap,
        pairs: cell(pairs, people, k),
        share: shareCell(pairs, reverse, people, k),
      })),
    },
    retention: ([6, 12] as const).map((months) => {
      const [size, retained, comparison, rate] = c.retention[months === 6 ? 'six' : 'twelve']!;
      return {
        months,
        participants: shareCell(retained, size, size, k),
        participantsSize: count(size),
        comparison: cell(rate, comparison, k),
        comparisonSize: count(comparison),
      };
    }),
    surveys: {
      moments: c.surveys.map(([moment, people, skill, motivation, nps]) => ({
        moment,
        skillConfidence: cell(skill, people, k),
        motivation: cell(motivation, people, k),
        nps: cell(nps, people, k),
      })),
    },
    choices: {
      programmes: [
        { id: 'mentoring', names: { en: 'Mentoring', it: 'Mentoring' } },
        { id: 'reverse', names: { en: 'Reverse mentoring', it: 'Reverse mentoring' } },
      ],
      offices: c.offices.flatMap(([key]) => (key === null ? [] : [key])),
      departments: c.departments.flatMap(([key]) => (key === null ? [] : [key])),
    },
  };
}

export function createFakeOutcomes(route: Route, now: () => number) {
  const state = { counts: sampleCounts() };
  route('GET', '/api/admin/outcomes', { querystring: A.OutcomesQuery }, ({ me, query }) => {
    adminOnly(me);
    return json<A.Outcomes>(200, outcomesOf(state.counts, query, now()));
  });
  route('GET', '/api/admin/outcomes.csv', { querystring: A.OutcomesQuery }, ({ me, query }) => {
    adminOnly(me);
    const figures = outcomesOf(state.counts, query, now());
    return new Response(outcomesCsv(figures), {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${outcomesFileName(figures)}"`,
      },
    });
  });
  return state;
}
