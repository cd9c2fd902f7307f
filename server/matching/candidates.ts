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
//   - the score in whole hundredths, added up exactly as scorePair adds it up, and a bounded heap
//     per mentee. Only the K survivors go through scorePair for their reasons.
//
// The walk over one mentee's mentors is its own small function over typed arrays (scan): V8 keeps
// a small monomorphic loop optimised, where it kept deoptimising the same loop inside one big
// function.
//
// K defaults to 40: far more than a mentee ever needs once the optimiser balances capacities
// across the round, and few enough that the graph stays small (800,000 edges for 20,000 mentees).

import type { OrgIndex } from '../org/tree.js';
import { dailyOverlapMinutes } from './hours.js';
import { primaryLanguage } from './languages.js';
import type { Goal, MentorSlot, Participant, ProgrammeSettings, RuleViolation, ScoredPair, Track, WeeklyHours } from './model.js';
import { reportingLines, type ReportingLines } from './reporting-lines.js';
import { RULE_ORDER, seniorityAllows } from './rules.js';
import {
  GENERATION_YEARS,
  directedGap,
  hireYear,
  loadFit,
  overlapFit,
  part,
  scorePair,
  seniorityFit,
  unique,
  weightCents,
  type WeightCents,
} from './score.js';
import { GOALS, rarityWeight, skillRarity, type SkillRarity } from './skills.js';

/** Mentors kept per mentee; see the top of the file. */
export const DEFAULT_K = 40;

export interface CandidateContext {
  track: Track;
  settings: ProgrammeSettings;
  org: OrgIndex;
  /** Earlier pairs of this track, as "mentorId|menteeId". */
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
const NO_SCHEDULE = 0; // schedule ids start at 1: 0 is "working hours unknown"

export function candidatePairs(mentors: readonly MentorSlot[], mentees: readonly Participant[], ctx: CandidateContext): Candidates {
  const { track, settings, org, weekOf } = ctx;
  const k = Math.max(0, Math.floor(ctx.k ?? DEFAULT_K));
  const goals = ctx.goals ?? GOALS;
  const rarity = ctx.rarity ?? skillRarity(mentors);
  const wc = weightCents(settings.weights);

  // Mentors by level (stable: equal levels keep their input order).
  const sorted = [...mentors].sort((a, b) => a.participant.level - b.participant.level);
  const ids = new Ids();
  const pool = preparePool(sorted, org, ids, wc);
  const goalSkills = new Map<string, number[]>();
  for (const g of goals) if (!goalSkills.has(g.id)) goalSkills.set(g.id, g.skills.map((s) => ids.skills.of(s)));
  const seekers = mentees.map((e) => prepareSeeker(e, org, ids, rarity, goalSkills));
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

  for (let e = 0; e < mentees.length; e++) {
    const mentee = mentees[e]!;
    const seeker = seekers[e]!;
    const L = mentee.level;
    counts.fill(0);
    heap.clear();

    // The allowed levels are a suffix (mentoring) or a prefix (reverse) of the sorted mentors.
    const allows = (i: number): boolean => seniorityAllows(track, pool.level[i]!, L, settings.levelGap);
    const lo = track === 'mentoring' ? firstIndex(pool.size, allows) : 0;
    const hi = track === 'mentoring' ? pool.size : firstIndex(pool.size, (i) => !allows(i));
    const selves = mentorAt.get(mentee.id) ?? [];
    let outside = pool.size - Math.max(0, hi - lo);
    for (const i of selves) {
      isSelf[i] = 1;
      counts[R.same_person]!++;
      if (i < lo || i >= hi) outside--;
    }
    counts[R.seniority_direction]! += outside;

    for (let g = 0; g < gapCents.length; g++) gapCents[g] = part(wc.seniorityGap, seniorityFit(directedGap(track, pool.runLevels[g]!, L)));
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
      edges.push(scorePair(sorted[i]!, mentee, { track, settings, rarity, weekOf, goals, overlapMinutes: minutes < 0 ? null : minutes }));
    }
  }
  return { edges, excluded };
}

/** The mentors, sorted by level, as columns of numbers. */
interface Pool {
  size: number;
  level: Float64Array;
  /** Index into runLevels: mentors of one level form a run, so the gap is scored once per run. */
  levelRun: Int32Array;
  runLevels: number[];
  pos: Int32Array;
  parent: Int32Array;
  full: Uint8Array;
  dept: Int32Array;
  office: Int32Array;
  year: Float64Array;
  schedule: Int32Array;
  loadCents: Int32Array;
  /** Order of the mentor's id among all mentor ids: ties in score go to the smaller id. */
  rank: Int32Array;
  langWords: number;
  lang: Uint32Array;
  skillWords: number;
  offers: Uint32Array;
}

/** One mentee, as numbers. */
interface Seeker {
  pos: number;
  parent: number;
  langs: number[];
  dept: number;
  office: number;
  year: number;
  schedule: number;
  /** Wanted skills (first occurrence of each), with their rarity weight and whether any mentor offers them. */
  wants: Int32Array;
  wantWeight: Float64Array;
  wantInPool: Uint8Array;
  /** Bit masks of the wanted skills, and of all skills of the known goals: a quick "nothing here". */
  wantMask: Uint32Array;
  goalMask: Uint32Array;
  /** The known goals' skills: goal g is goalSkills[goalStart[g] .. goalStart[g + 1]). */
  goalStart: Int32Array;
  goalSkills: Int32Array;
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
  const { wants, wantWeight, wantInPool, wantMask, goalStart, goalSkills, goalMask } = e;
  const LW = pool.langWords;
  const SW = pool.skillWords;
  const goals = goalStart.length - 1;
  const sameManager = s.sameManager && e.parent >= 0;
  const ePos = e.pos;
  const eParent = e.parent;
  const eFirst = ePos >= 0 ? first[ePos]! : 0;
  const eBelow = ePos >= 0 ? below[ePos]! : 0;
  const eDept = e.dept;
  const eOffice = e.office;
  const eYear = e.year;
  const skillsCents = wc.skills;
  const goalsCents = wc.goals;

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
    if (eDept >= 0 && dept[i]! >= 0 && eDept !== dept[i]) cents += wc.department;
    if (eOffice >= 0 && office[i]! >= 0 && eOffice !== office[i]) cents += wc.office;
    if (Math.abs(eYear - year[i]!) >= GENERATION_YEARS) cents += wc.generation; // NaN: unknown

    // A mentor offering none of the skills asked for adds nothing: one AND per word tells.
    let anyWanted = 0;
    let anyGoal = 0;
    for (let w = 0; w < SW; w++) {
      anyWanted |= offers[base + w]! & wantMask[w]!;
      anyGoal |= offers[base + w]! & goalMask[w]!;
    }
    if (anyWanted !== 0) {
      // Summed in the mentee's order, like scorePair, so the floating point is the same.
      let num = 0;
      let den = 0;
      for (let t = 0; t < wants.length; t++) {
        const k = wants[t]!;
        const offered = (offers[base + (k >>> 5)]! >>> (k & 31)) & 1;
        if (offered === 0 && wantInPool[t] === 0) continue;
        den += wantWeight[t]!;
        if (offered !== 0) num += wantWeight[t]!;
      }
      cents += part(skillsCents, num / den);
    }
    if (anyGoal !== 0) {
      let met = 0;
      for (let g = 0; g < goals; g++) {
        for (let x = goalStart[g]!, end = goalStart[g + 1]!; x < end; x++) {
          const k = goalSkills[x]!;
          if ((offers[base + (k >>> 5)]! >>> (k & 31)) & 1) {
            met++;
            break;
          }
        }
      }
      cents += part(goalsCents, met / goals);
    }
    if (heap.admits(cents, rank[i]!)) heap.offer(cents, rank[i]!, i);
  }
}

/** Strings to small integers, in order of first sight. */
class Interner {
  private readonly ids = new Map<string, number>();
  constructor(private readonly from = 0) {}
  of(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) this.ids.set(s, (id = this.from + this.ids.size));
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

class Ids {
  readonly langs = new Interner();
  readonly skills = new Interner();
  /** Departments and offices: only equality matters. -1 for unknown. */
  readonly places = new Interner();
  readonly schedules = new ScheduleIds();

  place(s: string | null): number {
    return s === null || s === '' ? -1 : this.places.of(s);
  }

  langsOf(p: Participant): number[] {
    return p.languages.map(primaryLanguage).filter((l) => l !== '').map((l) => this.langs.of(l));
  }
}

class ScheduleIds {
  private readonly ids = new Interner(1);
  /** By id; index 0 (unknown hours) is empty. */
  readonly list: (WeeklyHours | undefined)[] = [undefined];
  of(h: WeeklyHours | null): number {
    if (!h) return NO_SCHEDULE;
    const id = this.ids.of(`${h.timeZone}|${h.days.join(',')}|${h.start}|${h.end}`);
    this.list[id] ??= h;
    return id;
  }
}

function preparePool(sorted: readonly MentorSlot[], org: OrgIndex, ids: Ids, wc: WeightCents): Pool {
  const M = sorted.length;
  const level = Float64Array.from(sorted, (s) => s.participant.level);
  const levelRun = new Int32Array(M);
  const runLevels: number[] = [];
  for (let i = 0; i < M; i++) {
    if (i === 0 || !Object.is(level[i], level[i - 1])) runLevels.push(level[i]!);
    levelRun[i] = runLevels.length - 1;
  }
  const rank = new Int32Array(M);
  [...sorted.keys()].sort((a, b) => cmp(sorted[a]!.participant.id, sorted[b]!.participant.id)).forEach((i, r) => (rank[i] = r));
  const pool: Pool = {
    size: M,
    level,
    levelRun,
    runLevels,
    pos: new Int32Array(M),
    parent: new Int32Array(M),
    full: new Uint8Array(M),
    dept: new Int32Array(M),
    office: new Int32Array(M),
    year: new Float64Array(M),
    schedule: new Int32Array(M),
    loadCents: new Int32Array(M),
    rank,
    langWords: 0,
    lang: new Uint32Array(0),
    skillWords: 0,
    offers: new Uint32Array(0),
  };
  sorted.forEach((slot, i) => {
    const p = slot.participant;
    const pos = org.positionOf.get(p.id) ?? -1;
    pool.pos[i] = pos;
    pool.parent[i] = pos >= 0 ? org.parent[pos]! : -1;
    pool.full[i] = slot.load < slot.capacity ? 0 : 1;
    pool.dept[i] = ids.place(p.department);
    pool.office[i] = ids.place(p.officeLocation);
    pool.year[i] = hireYear(p.hireDate) ?? NaN;
    pool.schedule[i] = ids.schedules.of(p.hours);
    pool.loadCents[i] = part(wc.load, loadFit(slot.capacity, slot.load));
    ids.langsOf(p);
    for (const s of p.offers) ids.skills.of(s);
  });
  return pool;
}

function fillMasks(pool: Pool, sorted: readonly MentorSlot[], ids: Ids): void {
  const LW = Math.max(1, Math.ceil(ids.langs.size / 32));
  const SW = Math.max(1, Math.ceil(ids.skills.size / 32));
  pool.langWords = LW;
  pool.skillWords = SW;
  pool.lang = new Uint32Array(pool.size * LW);
  pool.offers = new Uint32Array(pool.size * SW);
  sorted.forEach((slot, i) => {
    for (const l of ids.langsOf(slot.participant)) pool.lang[i * LW + (l >>> 5)]! |= 1 << (l & 31);
    for (const s of slot.participant.offers) {
      const k = ids.skills.of(s);
      pool.offers[i * SW + (k >>> 5)]! |= 1 << (k & 31);
    }
  });
}

function prepareSeeker(e: Participant, org: OrgIndex, ids: Ids, rarity: SkillRarity, goalSkills: ReadonlyMap<string, number[]>): Seeker {
  const pos = org.positionOf.get(e.id) ?? -1;
  const wanted = unique(e.wants);
  const known = unique(e.goals)
    .map((g) => goalSkills.get(g))
    .filter((g) => g !== undefined);
  const goalStart = new Int32Array(known.length + 1);
  known.forEach((g, i) => (goalStart[i + 1] = goalStart[i]! + g.length));
  return {
    pos,
    parent: pos >= 0 ? org.parent[pos]! : -1,
    langs: ids.langsOf(e),
    dept: ids.place(e.department),
    office: ids.place(e.officeLocation),
    year: hireYear(e.hireDate) ?? NaN,
    schedule: ids.schedules.of(e.hours),
    wants: Int32Array.from(wanted, (s) => ids.skills.of(s)),
    wantWeight: Float64Array.from(wanted, (s) => rarityWeight(rarity, s)),
    wantInPool: Uint8Array.from(wanted, (s) => ((rarity.offering.get(s) ?? 0) > 0 ? 1 : 0)),
    goalStart,
    goalSkills: Int32Array.from(known.flat()),
    wantMask: new Uint32Array(0),
    goalMask: new Uint32Array(0),
  };
}

/** Once every skill has an id, and so the width of the masks is known. */
function fillSeekerMasks(e: Seeker, words: number): void {
  e.wantMask = new Uint32Array(words);
  e.goalMask = new Uint32Array(words);
  for (const k of e.wants) e.wantMask[k >>> 5]! |= 1 << (k & 31);
  for (const k of e.goalSkills) e.goalMask[k >>> 5]! |= 1 << (k & 31);
}

/**
 * For each mentee schedule, the overlap with every schedule, computed the first time a mentee
 * with that schedule comes up. Row entries are -1 where either side's hours are unknown.
 */
class OverlapRows {
  private readonly rows = new Map<number, { minutes: Int32Array; cents: Int32Array }>();

  constructor(
    private readonly schedules: readonly (WeeklyHours | undefined)[],
    private readonly weekOf: string,
    private readonly wc: WeightCents,
  ) {}

  row(schedule: number): { minutes: Int32Array; cents: Int32Array } {
    let row = this.rows.get(schedule);
    if (row) return row;
    const n = this.schedules.length;
    row = { minutes: new Int32Array(n).fill(-1), cents: new Int32Array(n) };
    const mine = this.schedules[schedule];
    for (let other = 1; mine && other < n; other++) {
      const minutes = dailyOverlapMinutes(this.schedules[other]!, mine, this.weekOf);
      row.minutes[other] = minutes;
      row.cents[other] = part(this.wc.overlap, overlapFit(minutes));
    }
    this.rows.set(schedule, row);
    return row;
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

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The k best offers seen, as a min-heap on (score, then the larger rank is worse) so the worst kept
 * is at the root and a new offer is compared with it once.
 */
class TopK {
  private readonly score: Int32Array;
  private readonly rank: Int32Array;
  private readonly item: Int32Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.score = new Int32Array(k);
    this.rank = new Int32Array(k);
    this.item = new Int32Array(k);
  }

  clear(): void {
    this.size = 0;
  }

  /** Whether an offer would be kept: cheap, so most offers never reach offer(). */
  admits(score: number, rank: number): boolean {
    return this.size < this.k || (this.k > 0 && this.worse(this.score[0]!, this.rank[0]!, score, rank));
  }

  /** Keep the offer, dropping the worst kept if full; only call when admits() said yes. */
  offer(score: number, rank: number, item: number): void {
    if (this.size < this.k) {
      let c = this.size++;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!this.worse(score, rank, this.score[p]!, this.rank[p]!)) break;
        this.move(p, c);
        c = p;
      }
      this.put(c, score, rank, item);
      return;
    }
    let c = 0;
    for (;;) {
      let child = 2 * c + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.worse(this.score[child + 1]!, this.rank[child + 1]!, this.score[child]!, this.rank[child]!)) child++;
      if (!this.worse(this.score[child]!, this.rank[child]!, score, rank)) break;
      this.move(child, c);
      c = child;
    }
    this.put(c, score, rank, item);
  }

  /** The kept items, best first. */
  best(): number[] {
    const slots = [...Array(this.size).keys()].sort((a, b) => this.score[b]! - this.score[a]! || this.rank[a]! - this.rank[b]!);
    return slots.map((s) => this.item[s]!);
  }

  private worse(s1: number, r1: number, s2: number, r2: number): boolean {
    return s1 < s2 || (s1 === s2 && r1 > r2);
  }

  private move(from: number, to: number): void {
    this.score[to] = this.score[from]!;
    this.rank[to] = this.rank[from]!;
    this.item[to] = this.item[from]!;
  }

  private put(at: number, score: number, rank: number, item: number): void {
    this.score[at] = score;
    this.rank[at] = rank;
    this.item[at] = item;
  }
}
