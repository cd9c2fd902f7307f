// The graph the round optimiser works on: for each mentee, the best K mentors they may be paired
// with, scored and explained, and for the rest why they may not.
//
// A big round is 20,000 mentees and 5,000 mentors: 100 million pairs. Looking at each with
// violations() and scorePair() (sets, strings, Intl) would take many minutes, so this walks them
// with the same rules and the same arithmetic on numbers prepared once per person:
//
//   - mentors sorted by level: the seniority rule leaves each mentee one contiguous run of them,
//     found by binary search, and everyone outside the run is counted without being looked at;
//   - languages and skills as bit masks (a language "bucket" is one bit), departments and offices
//     as small integers, positions in the org tree numbered in preorder so the reporting-line rule
//     is two comparisons (reporting-lines.ts);
//   - one overlap per pair of distinct weekly schedules, not per pair of people: a company has
//     a few dozen schedules, so Intl runs a few thousand times, not 100 million;
//   - the score in whole hundredths, added up exactly as scorePair adds it up: skills from a table
//     per mentee of every subset of their wanted skills, goals from one mask AND per goal; then a
//     bounded heap per mentee (top-k.ts). Only the K survivors go through scorePair for their
//     reasons, and reasons many pairs have alike (another office, 3 hours of overlap) are one
//     shared frozen object.
//
// The people become those numbers in columns.ts. The walk over one mentee's mentors is its own
// small function over typed arrays (scan): V8 keeps a small loop optimised, where it kept
// deoptimising the same loop inside one big function.
//
// K defaults to 40: far more than a mentee ever needs once the optimiser balances capacities
// across the round, and few enough that the graph stays small (800,000 edges for 20,000 mentees).

import type { OrgIndex } from '../org/tree.js';
import {
  Ids,
  OverlapRows,
  fillMasks,
  fillSeekerMasks,
  preparePool,
  prepareSeeker,
  skillCentsByLoop,
  type Pool,
  type Seeker,
} from './columns.js';
import type {
  Goal,
  MentorSlot,
  Participant,
  ProgrammeSettings,
  RuleViolation,
  ScoredPair,
  ProgrammeKind,
} from './model.js';
import { reportingLines, type ReportingLines } from './reporting-lines.js';
import { RULE_ORDER, seniorityAllows } from './rules.js';
import {
  TENURE_YEARS_APART,
  ReasonCache,
  directedGap,
  part,
  scorePair,
  seniorityFit,
  weightCents,
  type WeightCents,
} from './score.js';
import { GOALS, skillRarity, type SkillRarity } from './skills.js';
import { TopK } from './top-k.js';

/** Mentors kept per mentee; see the top of the file. */
export const DEFAULT_K = 40;

export interface CandidateContext {
  /** Which way seniority runs: a reverse mentor is the more junior. */
  kind: ProgrammeKind;
  settings: ProgrammeSettings;
  org: OrgIndex;
  /** Earlier pairs of this programme, as "mentorId|menteeId". */
  pastPairs: ReadonlySet<string>;
  weekOf: string;
  /** The goals mentees may name; the catalogue by default. */
  goals?: readonly Goal[];
  /** Skill rarity; by default computed over `mentors`, the round's pool. */
  rarity?: SkillRarity;
  k?: number;
}

export interface Candidates {
  /** Mentee by mentee in input order, each one's best first (ties: mentor id ascending). */
  edges: ScoredPair[];
  /**
   * For every mentee, how many mentors each rule kept away. A mentor breaking several rules is
   * counted once, under the first in RULE_ORDER, so the counts add up to the mentors excluded.
   */
  excluded: Map<string, Map<RuleViolation, number>>;
}

const R = Object.fromEntries(RULE_ORDER.map((r, i) => [r, i])) as Record<RuleViolation, number>;
// As plain constants for the hot loop.
const REPORTING_LINE = R.reporting_line;
const SAME_MANAGER = R.same_manager;
const NO_CAPACITY = R.no_capacity;
const REPEAT_PAIR = R.repeat_pair;
const NO_SHARED_LANGUAGE = R.no_shared_language;
const HOURS = R.hours_do_not_overlap;

export function candidatePairs(
  mentors: readonly MentorSlot[],
  mentees: readonly Participant[],
  ctx: CandidateContext,
): Candidates {
  const { kind, settings, org, weekOf } = ctx;
  const k = Math.max(0, Math.floor(ctx.k ?? DEFAULT_K));
  const goals = ctx.goals ?? GOALS;
  const rarity = ctx.rarity ?? skillRarity(mentors);
  const wc = weightCents(settings.weights);

  // Mentors by level (stable: equal levels keep their input order).
  const sorted = [...mentors].sort((a, b) => a.participant.level - b.participant.level);
  const ids = new Ids();
  const pool = preparePool(sorted, org, ids, wc);
  const goalSkills = new Map<string, number[]>();
  for (const g of goals)
    if (!goalSkills.has(g.id))
      goalSkills.set(
        g.id,
        g.skills.map((s) => ids.skills.of(s)),
      );
  const skillTables = new Map<string, Int32Array | null>();
  const seekers = mentees.map((e) => prepareSeeker(e, org, ids, rarity, goalSkills, wc, skillTables));
  // Sizes are known only now that everyone's languages and skills have ids.
  fillMasks(pool, sorted, ids);
  for (const seeker of seekers) fillSeekerMasks(seeker, pool.skillWords);
  const lines = reportingLines(org);
  const overlaps = new OverlapRows(ids.schedules.list, weekOf, wc);

  // Where each id sits among the sorted mentors (a list, should an id be enrolled twice).
  const mentorAt = new Map<string, number[]>();
  sorted.forEach((s, i) => {
    const at = mentorAt.get(s.participant.id);
    if (at) at.push(i);
    else mentorAt.set(s.participant.id, [i]);
  });
  const past = new Map<string, Set<number>>();
  if (!settings.allowRepeat) {
    for (const key of ctx.pastPairs) {
      const bar = key.indexOf('|');
      const at = bar < 0 ? undefined : mentorAt.get(key.slice(0, bar));
      if (!at) continue;
      const menteeId = key.slice(bar + 1);
      let set = past.get(menteeId);
      if (!set) past.set(menteeId, (set = new Set()));
      for (const m of at) set.add(m);
    }
  }

  const edges: ScoredPair[] = [];
  const excluded = new Map<string, Map<RuleViolation, number>>();
  const heap = new TopK(k);
  const counts = new Int32Array(RULE_ORDER.length);
  const isSelf = new Uint8Array(pool.size);
  const gapCents = new Int32Array(pool.runLevels.length);
  const lang = new Uint32Array(pool.langWords);
  const sharedReasons = new ReasonCache();

  for (let e = 0; e < mentees.length; e++) {
    const mentee = mentees[e]!;
    const seeker = seekers[e]!;
    const L = mentee.level;
    counts.fill(0);
    heap.clear();

    // The allowed levels are a suffix (mentoring) or a prefix (reverse) of the sorted mentors.
    const allows = (i: number): boolean => seniorityAllows(kind, pool.level[i]!, L, settings.levelGap);
    const lo = kind !== 'reverse' ? firstIndex(pool.size, allows) : 0;
    const hi = kind !== 'reverse' ? pool.size : firstIndex(pool.size, (i) => !allows(i));
    const selves = mentorAt.get(mentee.id) ?? [];
    let outside = pool.size - Math.max(0, hi - lo);
    for (const i of selves) {
      isSelf[i] = 1;
      counts[R.same_person]!++;
      if (i < lo || i >= hi) outside--;
    }
    counts[R.seniority_direction]! += outside;

    for (let g = 0; g < gapCents.length; g++)
      gapCents[g] = part(wc.seniorityGap, seniorityFit(directedGap(kind, pool.runLevels[g]!, L)));
    lang.fill(0);
    for (const l of seeker.langs) lang[l >>> 5]! |= 1 << (l & 31);
    const row = overlaps.row(seeker.schedule);
    scan(pool, seeker, {
      lo,
      hi,
      isSelf,
      lines,
      lang,
      gapCents,
      minutes: row.minutes,
      overlapCents: row.cents,
      minOverlap: settings.minOverlapMinutes,
      sameManager: settings.excludeSameManager,
      past: past.get(mentee.id),
      wc,
      counts,
      heap,
    });
    for (const i of selves) isSelf[i] = 0;

    const why = new Map<RuleViolation, number>();
    RULE_ORDER.forEach((rule, r) => counts[r]! > 0 && why.set(rule, counts[r]!));
    excluded.set(mentee.id, why);
    for (const i of heap.best()) {
      const minutes = row.minutes[pool.schedule[i]!]!;
      edges.push(
        scorePair(sorted[i]!, mentee, {
          kind,
          settings,
          rarity,
          weekOf,
          goals,
          overlapMinutes: minutes < 0 ? null : minutes,
          sharedReasons,
        }),
      );
    }
  }
  return { edges, excluded };
}

interface Scan {
  lo: number;
  hi: number;
  isSelf: Uint8Array;
  lines: ReportingLines;
  lang: Uint32Array;
  gapCents: Int32Array;
  /** By mentor schedule: overlap minutes with this mentee (-1 unknown), and their hundredths. */
  minutes: Int32Array;
  overlapCents: Int32Array;
  minOverlap: number;
  sameManager: boolean;
  past: Set<number> | undefined;
  wc: WeightCents;
  counts: Int32Array;
  heap: TopK;
}

/**
 * Mentors lo..hi-1 for one mentee: the rules in RULE_ORDER, then the score as scorePair adds it up.
 * Every array is read into a local first: with calls in the loop V8 would otherwise load each one
 * from its object again on every pair.
 */
function scan(pool: Pool, e: Seeker, s: Scan): void {
  const { first, below } = s.lines;
  const { counts, heap, wc, isSelf, gapCents, overlapCents, minOverlap, past } = s;
  const { pos, parent, full, dept, office, year, schedule, levelRun, loadCents, rank, offers } = pool;
  const mentorLang = pool.lang;
  const menteeLang = s.lang;
  const overlapMinutes = s.minutes;
  const { wants, skillTable, goalMasks, goalTable } = e;
  const LW = pool.langWords;
  const SW = pool.skillWords;
  const wantCount = wants.length;
  const goals = goalTable.length - 1;
  const sameManager = s.sameManager && e.parent >= 0;
  const ePos = e.pos;
  const eParent = e.parent;
  const eFirst = ePos >= 0 ? first[ePos]! : 0;
  const eBelow = ePos >= 0 ? below[ePos]! : 0;
  const eDept = e.dept;
  const eOffice = e.office;
  // Hired TENURE_YEARS_APART or more before or after the mentee; an unknown year (0) is neither.
  const youngest = e.year === 0 ? -Infinity : e.year - TENURE_YEARS_APART;
  const oldest = e.year === 0 ? Infinity : e.year + TENURE_YEARS_APART;
  const departmentCents = wc.department;
  const officeCents = wc.office;
  const tenureCents = wc.tenure;

  let room = heap.room();
  let worstScore = heap.worstScore();
  let worstRank = heap.worstRank();

  for (let i = s.lo; i < s.hi; i++) {
    if (isSelf[i]) continue;
    const p = pos[i]!;
    if (p >= 0 && ePos >= 0) {
      const f = first[p]!;
      if (f <= eFirst ? eFirst <= f + below[p]! : f <= eFirst + eBelow) {
        counts[REPORTING_LINE]!++;
        continue;
      }
      if (sameManager && parent[i] === eParent) {
        counts[SAME_MANAGER]!++;
        continue;
      }
    }
    if (full[i]) {
      counts[NO_CAPACITY]!++;
      continue;
    }
    if (past !== undefined && past.has(i)) {
      counts[REPEAT_PAIR]!++;
      continue;
    }
    let shared = 0;
    for (let w = 0; w < LW; w++) shared |= mentorLang[i * LW + w]! & menteeLang[w]!;
    if (shared === 0) {
      counts[NO_SHARED_LANGUAGE]!++;
      continue;
    }
    const sched = schedule[i]!;
    const minutes = overlapMinutes[sched]!;
    if (minutes >= 0 && minutes < minOverlap) {
      counts[HOURS]!++;
      continue;
    }

    const base = i * SW;
    let cents = gapCents[levelRun[i]!]! + overlapCents[sched]! + loadCents[i]!;
    if (eDept >= 0 && dept[i]! >= 0 && eDept !== dept[i]) cents += departmentCents;
    if (eOffice >= 0 && office[i]! >= 0 && eOffice !== office[i]) cents += officeCents;
    const y = year[i]!;
    if (y !== 0 && (y <= youngest || y >= oldest)) cents += tenureCents;

    // Skills: which of the wanted skills the mentor offers, as a subset number, looked up in the
    // mentee's table of hundredths (see skillTable).
    if (skillTable !== null) {
      let subset = 0;
      for (let t = 0; t < wantCount; t++) {
        const k = wants[t]!;
        subset |= ((offers[base + (k >>> 5)]! >>> (k & 31)) & 1) << t;
      }
      cents += skillTable[subset]!;
    } else {
      cents += skillCentsByLoop(e, offers, base, wc);
    }
    // Goals: one AND per goal and mask word.
    if (goals > 0) {
      let met = 0;
      for (let g = 0; g < goals; g++) {
        let hit = 0;
        for (let w = 0; w < SW; w++) hit |= offers[base + w]! & goalMasks[g * SW + w]!;
        if (hit !== 0) met++;
      }
      cents += goalTable[met]!;
    }
    // Kept if the heap has room or this beats its worst: a tie goes to the smaller id (rank).
    const r = rank[i]!;
    if (room > 0 || cents > worstScore || (cents === worstScore && r < worstRank)) {
      heap.offer(cents, r, i);
      room = heap.room();
      worstScore = heap.worstScore();
      worstRank = heap.worstRank();
    }
  }
}

/** The first i in [0, n) where `holds` is true, n if none; `holds` must be false…false true…true. */
function firstIndex(n: number, holds: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
