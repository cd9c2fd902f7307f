import { performance } from 'node:perf_hooks';
import highsLoader, { type Highs } from 'highs';
import { candidatePairs, type CandidateContext } from '../../server/matching/candidates.js';
import type { MentorSlot, Participant } from '../../server/matching/model.js';
import { DEFAULT_SETTINGS } from '../../server/matching/rules.js';
import { GOALS, SKILLS } from '../../server/matching/skills.js';
import { greedyAssignment, solveAssignment, type AssignmentProblem } from '../../server/matching/solver/solve.js';
import { readWorkingHours } from '../../server/time/outlook-hours.js';
import type { OrgPerson } from '../../server/org/model.js';
import { seniorityOf } from '../../server/org/seniority.js';
import { buildOrgIndex } from '../../server/org/tree.js';
import { generateOrg } from '../../server/sandbox/org/generate.js';
import { seeded } from '../helpers/random.js';
import { previewFigures } from './parts/round-preview.js';

// A programme round at the size of a large tenant: 20,000 mentees and 5,000 mentors taking 1-3
// each, on a 100,000-person organisation, through the real rules and scores (see buildRound).
// Reports the exact solver's time and memory, the greedy baseline, and HiGHS's LP optimum on the
// same problem as the check (the b-matching polytope is integral, so the LP optimum is the integer
// one). Prints figures; never fails on timing.

const MENTEES = 20_000;
const MENTORS = 5_000;
const ORG_SIZE = 100_000;
const HIGHS_LIMIT_S = 120;
const SEED = 20_240_611;
const TODAY = '2026-11-02';
const log = (m: string) => process.stderr.write(`${m}\n`);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/**
 * The round as Tandem builds it: the sandbox's 100,000-person organisation, seniority levels from
 * the org chart and titles, 20,000 of the more junior people as mentees and 5,000 of the more
 * senior as mentors (capacity 1-3), with catalogue skills and goals drawn at random, their
 * languages and working hours from the directory; then the hard rules and scores of
 * candidatePairs, which keeps each mentee's best 40.
 */
function buildRound(seed: number): {
  problem: AssignmentProblem;
  candidateSeconds: number;
  orgSeconds: number;
  people: { mentors: MentorSlot[]; mentees: Participant[]; ctx: CandidateContext };
} {
  const rnd = seeded(seed);
  let t0 = performance.now();
  const org = generateOrg({ seed: 42, size: ORG_SIZE });
  const people: OrgPerson[] = org.users.map((u) => ({
    id: u.id,
    managerId: u.managerId,
    displayName: u.displayName,
    jobTitle: u.jobTitle,
    department: u.department,
    officeLocation: u.officeLocation,
    hireDate: u.employeeHireDate?.slice(0, 10) ?? null,
  }));
  const index = buildOrgIndex(people);
  const levels = seniorityOf(index, { today: TODAY });
  const orgSeconds = (performance.now() - t0) / 1000;
  const pick = <T>(items: readonly T[], n: number): T[] => {
    const out = new Set<T>();
    while (out.size < n) out.add(items[Math.floor(rnd() * items.length)]!);
    return [...out];
  };
  const skillIds = SKILLS.map((s) => s.id);
  const participant = (u: (typeof org.users)[number]): Participant => ({
    id: u.id,
    managerId: u.managerId,
    level: levels.get(u.id)!.level,
    department: u.department,
    officeLocation: u.officeLocation,
    hireDate: u.employeeHireDate?.slice(0, 10) ?? null,
    languages: [...new Set([u.preferredLanguage ?? 'en-GB', 'en-GB'])],
    hours: readWorkingHours(u.mailbox.workingHours, { mailboxZone: u.mailbox.timeZone })?.hours ?? null,
    offers: pick(skillIds, 3 + Math.floor(rnd() * 4)),
    wants: pick(skillIds, 2 + Math.floor(rnd() * 3)),
    goals: pick(
      GOALS.map((g) => g.id),
      1 + Math.floor(rnd() * 2),
    ),
  });
  const juniors = org.users.filter((u) => levels.get(u.id)!.level <= 5);
  const seniors = org.users.filter((u) => levels.get(u.id)!.level >= 5);
  const menteeUsers = pick(juniors, MENTEES);
  const taken = new Set(menteeUsers.map((u) => u.id));
  const mentorUsers = pick(
    seniors.filter((u) => !taken.has(u.id)),
    MENTORS,
  );
  const mentees = menteeUsers.map(participant);
  const mentors: MentorSlot[] = mentorUsers.map((u) => ({
    participant: participant(u),
    capacity: 1 + Math.floor(rnd() * 3),
    load: 0,
  }));

  t0 = performance.now();
  const ctx: CandidateContext = {
    kind: 'mentoring',
    settings: DEFAULT_SETTINGS,
    org: index,
    pastPairs: new Set(),
    weekOf: '2026-11-02',
  };
  const { edges } = candidatePairs(mentors, mentees, ctx);
  const candidateSeconds = (performance.now() - t0) / 1000;
  const menteeIndex = new Map(mentees.map((m, i) => [m.id, i]));
  const mentorIndex = new Map(mentors.map((m, i) => [m.participant.id, i]));
  return {
    problem: {
      menteeCount: mentees.length,
      mentorCapacity: mentors.map((m) => m.capacity),
      edges: edges.map((e) => ({
        mentee: menteeIndex.get(e.menteeId)!,
        mentor: mentorIndex.get(e.mentorId)!,
        score: e.score,
      })),
    },
    candidateSeconds,
    orgSeconds,
    people: { mentors, mentees, ctx },
  };
}

// The same problem as an LP in column form: x_e in [0, 1], one row per mentee (<= 1) and one per
// mentor (<= capacity). Rows and columns come straight from the arrays; LP text of a million
// columns would only add parsing time.
async function highsOptimum(
  p: AssignmentProblem,
): Promise<{ objective: number | null; seconds: number; status: string }> {
  // Under NodeNext-style resolution the default export's type is not seen as callable.
  const highs = await (highsLoader as unknown as () => Promise<Highs>)();
  const m = p.menteeCount;
  const cols = p.edges.length;
  const starts = new Int32Array(cols + 1);
  const indices = new Int32Array(2 * cols);
  const values = new Float64Array(2 * cols).fill(1);
  const colCost = new Float64Array(cols);
  p.edges.forEach((e, k) => {
    starts[k + 1] = 2 * k + 2;
    indices[2 * k] = e.mentee;
    indices[2 * k + 1] = m + e.mentor;
    colCost[k] = e.score;
  });
  const rows = m + p.mentorCapacity.length;
  const started = performance.now();
  return highs.withModel(
    {
      numCols: cols,
      numRows: rows,
      sense: highs.constants.objectiveSense.maximize,
      colCost,
      colLower: new Float64Array(cols),
      colUpper: new Float64Array(cols).fill(1),
      rowLower: new Float64Array(rows).fill(-highs.infinity),
      rowUpper: Float64Array.from({ length: rows }, (_, r) => (r < m ? 1 : p.mentorCapacity[r - m]!)),
      matrix: { format: 'csc', numRows: rows, numCols: cols, starts, indices, values },
    },
    (model) => {
      model.options.set({ output_flag: false, time_limit: HIGHS_LIMIT_S });
      model.run();
      const code = model.getModelStatus();
      const status = Object.entries(highs.constants.modelStatus).find(([, c]) => c === code)?.[0] ?? String(code);
      const optimal = model.getModelStatus() === highs.constants.modelStatus.optimal;
      return {
        objective: optimal ? model.getObjectiveValue() : null,
        seconds: (performance.now() - started) / 1000,
        status,
      };
    },
  );
}

log(`building a round of ${MENTEES} mentees and ${MENTORS} mentors on a ${ORG_SIZE}-person organisation`);
let t = performance.now();
const built = buildRound(SEED);
const round = built.problem;
const buildS = (performance.now() - t) / 1000;
log(
  `  organisation and levels ${built.orgSeconds.toFixed(1)} s, rules and scores ${built.candidateSeconds.toFixed(1)} s`,
);
const capacity = round.mentorCapacity.reduce((s, c) => s + c, 0);
log(`  ${round.edges.length} edges, capacity ${capacity}, ${buildS.toFixed(1)} s`);

const rssBeforeSolveMb = peakRssMb();
const heapBefore = process.memoryUsage();
log('exact solver');
t = performance.now();
const best = solveAssignment(round);
const solverS = (performance.now() - t) / 1000;
const heapAfter = process.memoryUsage();
const rssAfterSolveMb = peakRssMb();
log(
  `  total ${best.total.toFixed(2)}, ${best.pairs.length} pairs, ${solverS.toFixed(2)} s, peak rss ${rssAfterSolveMb} MB`,
);

log('greedy baseline');
t = performance.now();
const greedy = greedyAssignment(round);
const greedyS = (performance.now() - t) / 1000;
log(`  total ${greedy.total.toFixed(2)}, ${greedy.pairs.length} pairs, ${greedyS.toFixed(2)} s`);

log(`HiGHS LP on the same problem (limit ${HIGHS_LIMIT_S} s)`);
const lp = await highsOptimum(round);
log(`  status ${lp.status}, objective ${lp.objective ?? '-'}, ${lp.seconds.toFixed(1)} s`);

log('HR preview as its job runs it: slices, locks and exclusions, saved and paged');
const preview = await previewFigures(built.people.mentors, built.people.mentees, built.people.ctx, log);

const round2 = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
console.log(
  JSON.stringify({
    bench: 'matching-round',
    organisation: ORG_SIZE,
    mentees: MENTEES,
    mentors: MENTORS,
    organisationSeconds: round2(built.orgSeconds),
    candidatePairsSeconds: round2(built.candidateSeconds),
    mentorCapacity: capacity,
    edges: round.edges.length,
    buildSeconds: round2(buildS),
    solverSeconds: round2(solverS, 3),
    solverTotal: round2(best.total),
    solverPairs: best.pairs.length,
    peakRssBeforeSolveMb: rssBeforeSolveMb,
    peakRssAfterSolveMb: rssAfterSolveMb,
    heapUsedGrowthMb: Math.round((heapAfter.heapUsed - heapBefore.heapUsed) / 2 ** 20),
    arrayBuffersGrowthMb: Math.round((heapAfter.arrayBuffers - heapBefore.arrayBuffers) / 2 ** 20),
    greedySeconds: round2(greedyS, 3),
    greedyTotal: round2(greedy.total),
    greedyPairs: greedy.pairs.length,
    greedyOverOptimum: round2(greedy.total / best.total, 5),
    highs:
      lp.objective === null
        ? { skipped: `status ${lp.status} after ${round2(lp.seconds, 1)} s (limit ${HIGHS_LIMIT_S} s)` }
        : {
            objective: round2(lp.objective, 4),
            seconds: round2(lp.seconds, 1),
            relativeGap: (lp.objective - best.total) / lp.objective,
          },
    preview,
  }),
);
