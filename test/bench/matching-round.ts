import { performance } from 'node:perf_hooks';
import highsLoader, { type Highs } from 'highs';
import { greedyAssignment, solveAssignment, type AssignmentEdge, type AssignmentProblem } from '../../server/matching/solver/solve.js';

// A programme round at the size of a large tenant: 20,000 mentees, 5,000 mentors taking 1-3 each,
// about 40 candidates per mentee (the best of 150 drawn, as matching keeps the top candidates
// after the hard rules). Reports the exact solver's time and memory, the greedy baseline, and
// HiGHS's LP optimum on the same problem as the check (the b-matching polytope is integral, so
// the LP optimum is the integer one). Prints figures; never fails on timing.

const MENTEES = 20_000;
const MENTORS = 5_000;
const DRAWN = 150;
const KEPT_MIN = 30;
const KEPT_MAX = 50;
const HIGHS_LIMIT_S = 120;
const SEED = 20_240_611;
const log = (m: string) => process.stderr.write(`${m}\n`);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Scores shaped like the real ones: shared skills dominate, a mentor's broad appeal (some are
// wanted by everyone, which is where greedy goes wrong), diversity and overlap bonuses, noise.
function buildRound(seed: number): AssignmentProblem {
  const rnd = mulberry32(seed);
  const SKILLS = 12;
  const menteeNeeds = Float64Array.from({ length: MENTEES * SKILLS }, () => (rnd() < 0.25 ? 1 : 0));
  const mentorOffers = Float64Array.from({ length: MENTORS * SKILLS }, () => (rnd() < 0.3 ? 1 : 0));
  const appeal = Float64Array.from({ length: MENTORS }, () => rnd() ** 3);
  const menteeDept = Int32Array.from({ length: MENTEES }, () => Math.floor(rnd() * 20));
  const mentorDept = Int32Array.from({ length: MENTORS }, () => Math.floor(rnd() * 20));
  const mentorCapacity = Array.from({ length: MENTORS }, () => 1 + Math.floor(rnd() * 3));
  const edges: AssignmentEdge[] = [];
  const seen = new Int32Array(MENTORS).fill(-1);
  const drawn: { mentor: number; score: number }[] = [];
  for (let i = 0; i < MENTEES; i++) {
    drawn.length = 0;
    while (drawn.length < DRAWN) {
      const j = Math.floor(rnd() * MENTORS);
      if (seen[j] === i) continue;
      seen[j] = i;
      let shared = 0;
      let wanted = 0;
      for (let s = 0; s < SKILLS; s++) {
        wanted += menteeNeeds[i * SKILLS + s]!;
        shared += menteeNeeds[i * SKILLS + s]! * mentorOffers[j * SKILLS + s]!;
      }
      const skills = wanted === 0 ? 0.5 : shared / wanted;
      const raw = 45 * skills + 25 * appeal[j]! + (menteeDept[i] === mentorDept[j] ? 0 : 10) + 15 * rnd() + 5;
      drawn.push({ mentor: j, score: Math.round(raw * 100) / 100 });
    }
    drawn.sort((x, y) => y.score - x.score || x.mentor - y.mentor);
    const kept = KEPT_MIN + Math.floor(rnd() * (KEPT_MAX - KEPT_MIN + 1));
    for (let t = 0; t < kept; t++) edges.push({ mentee: i, mentor: drawn[t]!.mentor, score: drawn[t]!.score });
  }
  return { menteeCount: MENTEES, mentorCapacity, edges };
}

// The same problem as an LP in column form: x_e in [0, 1], one row per mentee (<= 1) and one per
// mentor (<= capacity). Rows and columns come straight from the arrays; LP text of a million
// columns would only add parsing time.
async function highsOptimum(p: AssignmentProblem): Promise<{ objective: number | null; seconds: number; status: string }> {
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
      return { objective: optimal ? model.getObjectiveValue() : null, seconds: (performance.now() - started) / 1000, status };
    },
  );
}

log(`building a round of ${MENTEES} mentees and ${MENTORS} mentors`);
let t = performance.now();
const round = buildRound(SEED);
const buildS = (performance.now() - t) / 1000;
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
log(`  total ${best.total.toFixed(2)}, ${best.pairs.length} pairs, ${solverS.toFixed(2)} s, peak rss ${rssAfterSolveMb} MB`);

log('greedy baseline');
t = performance.now();
const greedy = greedyAssignment(round);
const greedyS = (performance.now() - t) / 1000;
log(`  total ${greedy.total.toFixed(2)}, ${greedy.pairs.length} pairs, ${greedyS.toFixed(2)} s`);

log(`HiGHS LP on the same problem (limit ${HIGHS_LIMIT_S} s)`);
const lp = await highsOptimum(round);
log(`  status ${lp.status}, objective ${lp.objective ?? '-'}, ${lp.seconds.toFixed(1)} s`);

const round2 = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
console.log(
  JSON.stringify({
    mentees: MENTEES,
    mentors: MENTORS,
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
        : { objective: round2(lp.objective, 4), seconds: round2(lp.seconds, 1), relativeGap: (lp.objective - best.total) / lp.objective },
  }),
);
