// How good an allowed pair is, 0..100, and why, in words both people can read.
//
// The score is a weighted sum of six components, each a fraction 0..1 of its weight:
//
//   skills        rarity-weighted share of the mentee's wanted skills that the mentor offers
//   goals         share of the mentee's goals the mentor can help with (offers one of its skills)
//   diversity     a third each for another department, another office, a tenure years apart
//   seniorityGap  useful but not huge: peaks at 2-3 levels, fades beyond (seniorityFit)
//   overlap       working hours shared a day, saturating at 4 hours
//   load          the mentor's free share of capacity, so the busy are not piled on
//
// Every component becomes a reason whose weight is its share of the score; all are about the pair
// but load, which is about how the programme spreads mentees (`about: 'programme'`). No reason
// carries the other person's hire year or level: both people see them. So that the reasons add
// up to the score *exactly*, everything is counted in whole hundredths of a point: the programme's
// weights are scaled to 10,000 hundredths (largest remainder, so nothing is lost to rounding),
// each component's hundredths are rounded once, and the score is their sum.

import { dailyOverlapMinutes } from './overlap.js';
import type {
  Goal,
  MatchReason,
  MentorSlot,
  Participant,
  ProgrammeSettings,
  ScoreWeights,
  ScoredPair,
  ProgrammeKind,
} from './model.js';
import { rarityWeight, type SkillRarity } from './skills.js';

export const DEFAULT_WEIGHTS: ScoreWeights = {
  skills: 30,
  goals: 25,
  diversity: 10,
  seniorityGap: 15,
  overlap: 10,
  load: 10,
};

/** Each component's weight in hundredths of a point: whole numbers summing to 10,000 (or all 0). */
export interface WeightCents {
  skills: number;
  goals: number;
  department: number;
  office: number;
  tenure: number;
  seniorityGap: number;
  overlap: number;
  load: number;
}

const PARTS = ['skills', 'goals', 'department', 'office', 'tenure', 'seniorityGap', 'overlap', 'load'] as const;

/**
 * The weights scaled so they sum to 100 points, in hundredths. Diversity is split into equal thirds
 * first, so its three reasons can be shown apart. Negative or non-finite weights count as 0; if
 * nothing is left, every weight is 0 and so is every score.
 */
export function weightCents(weights: ScoreWeights): WeightCents {
  // Every pair of a round asks with the same weights: remember the last answer, by value.
  if (last && PARTS_IN.every((p) => Object.is(last!.weights[p], weights[p]))) return last.cents;
  const clean = (w: number): number => (Number.isFinite(w) && w > 0 ? w : 0);
  const third = clean(weights.diversity) / 3;
  const raw = [
    clean(weights.skills),
    clean(weights.goals),
    third,
    third,
    third,
    clean(weights.seniorityGap),
    clean(weights.overlap),
    clean(weights.load),
  ];
  const total = raw.reduce((s, w) => s + w, 0);
  const cents = raw.map(() => 0);
  if (total > 0) {
    const exact = raw.map((w) => (w * 10_000) / total);
    for (let i = 0; i < exact.length; i++) cents[i] = Math.floor(exact[i]!);
    // Hand the hundredths lost to flooring to the largest remainders, earliest first on a tie.
    const byRemainder = exact.map((e, i) => i).sort((i, j) => exact[j]! - cents[j]! - (exact[i]! - cents[i]!) || i - j);
    for (let k = 0, left = 10_000 - cents.reduce((s, c) => s + c, 0); k < left; k++) cents[byRemainder[k]!]!++;
  }
  const result = Object.freeze(Object.fromEntries(PARTS.map((p, i) => [p, cents[i]!]))) as unknown as WeightCents;
  last = { weights: { ...weights }, cents: result };
  return result;
}

const PARTS_IN = ['skills', 'goals', 'diversity', 'seniorityGap', 'overlap', 'load'] as const;
let last: { weights: ScoreWeights; cents: WeightCents } | undefined;

/** A component's hundredths: rounded once, so the same fraction always gives the same hundredths. */
export function part(cents: number, fraction: number): number {
  return Math.round(cents * fraction);
}

// Levels apart → fit, linear in between. One level is a peer who is a step ahead; two or three
// is someone who has done the mentee's next job; beyond that the distance stops being useful.
const GAP_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 9];
const GAP_FIT = [0, 0.6, 1, 1, 0.75, 0.5, 0.3, 0.15, 0];

/** How useful a seniority gap is, 0..1, for a gap in the programme's direction (≤ 0 is 0). */
export function seniorityFit(gap: number): number {
  if (!(gap > 0)) return 0;
  for (let k = 1; k < GAP_LEVELS.length; k++) {
    const x1 = GAP_LEVELS[k]!;
    if (gap <= x1) {
      const x0 = GAP_LEVELS[k - 1]!;
      const y0 = GAP_FIT[k - 1]!;
      return y0 + ((GAP_FIT[k]! - y0) * (gap - x0)) / (x1 - x0);
    }
  }
  return 0;
}

/** Levels between the two, counted in the programme's direction: mentor above in mentoring, below in reverse. */
export function directedGap(kind: ProgrammeKind, mentorLevel: number, menteeLevel: number): number {
  return kind !== 'reverse' ? mentorLevel - menteeLevel : menteeLevel - mentorLevel;
}

/** Four hours a day is enough time for anything a pair does together; more adds nothing. */
export const OVERLAP_SATURATION_MINUTES = 240;

export function overlapFit(minutes: number | null): number {
  return minutes === null || !(minutes > 0)
    ? 0
    : Math.min(minutes, OVERLAP_SATURATION_MINUTES) / OVERLAP_SATURATION_MINUTES;
}

/** The mentor's free share of capacity: 1 with nobody yet, 1/2 with one of two places taken. */
export function loadFit(capacity: number, load: number): number {
  return capacity > 0 ? Math.min(1, Math.max(0, (capacity - load) / capacity)) : 0;
}

/**
 * Hire years at least this far apart make two tenures worth bringing together (someone who knows
 * how things were and someone who sees them fresh). It compares time at the company, not age. A
 * fixed distance rather than decades: cohorts by decade would split 2009 from 2010 and join 2010
 * with 2019.
 */
export const TENURE_YEARS_APART = 7;

/** The hire year of "YYYY-MM-DD", null when unknown or unreadable (year 0 included: candidates.ts uses 0 for unknown). */
export function hireYear(hireDate: string | null): number | null {
  if (hireDate === null || hireDate.length < 4) return null;
  let year = 0;
  for (let k = 0; k < 4; k++) {
    const d = hireDate.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return null;
    year = year * 10 + d;
  }
  return year > 0 ? year : null;
}

export function differentTenure(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && Math.abs(a - b) >= TENURE_YEARS_APART;
}

/** How far apart in levels, in words that do not give the levels: one, two or three, more. */
export function gapSpan(gap: number): 'near' | 'ideal' | 'wide' {
  return gap <= 1 ? 'near' : gap <= 3 ? 'ideal' : 'wide';
}

/** Two values that are both known and differ: an unknown department is not a different one. */
export function differ(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a !== '' && b !== '' && a !== b;
}

/** The first occurrence of each id, in order: listing a skill twice does not count it twice. */
export function unique(ids: readonly string[]): string[] {
  // Lists are a handful of ids: indexOf beats building a Set.
  return ids.length < 16 ? ids.filter((id, i) => ids.indexOf(id) === i) : [...new Set(ids)];
}

export interface ScoreContext {
  /** Which way seniority runs: a reverse mentor is the more junior. */
  kind: ProgrammeKind;
  settings: ProgrammeSettings;
  rarity: SkillRarity;
  weekOf: string;
  goals: readonly Goal[];
  /** Overlap already computed by the caller (candidatePairs does, once per pair of schedules); null = unknown. */
  overlapMinutes?: number | null;
  /**
   * Where to share reasons that depend on a few values only (diversity, gap, overlap, load) between
   * the pairs scored with one context: a round's 800,000 edges would otherwise hold millions of
   * identical objects. Shared reasons are frozen.
   */
  sharedReasons?: ReasonCache;
}

/**
 * The pair's score and its reasons. Reasons are listed in a fixed order (skills, goals, diversity,
 * seniority gap, overlap, load), only those with weight > 0; their weights, in hundredths, sum to
 * the score. Params read from the mentee's side: `mine` is the mentee's, `theirs` the mentor's;
 * neither person's hire year or level is among them.
 */
export function scorePair(mentor: MentorSlot, mentee: Participant, ctx: ScoreContext): ScoredPair {
  const wc = weightCents(ctx.settings.weights);
  const m = mentor.participant;
  const shared = ctx.sharedReasons;
  const reasons: MatchReason[] = [];
  let total = 0;
  const add = (reason: MatchReason | null): void => {
    if (reason === null) return;
    reasons.push(reason);
    total += Math.round(reason.weight * 100);
  };

  // Skills nobody in the round offers are left out of the denominator: no candidate can meet them,
  // and they would only shrink everyone's score alike.
  const wanted = unique(mentee.wants);
  let num = 0;
  let den = 0;
  const matched: string[] = [];
  for (const s of wanted) {
    const offered = m.offers.includes(s);
    if (!offered && !((ctx.rarity.offering.get(s) ?? 0) > 0)) continue;
    const w = rarityWeight(ctx.rarity, s);
    den += w;
    if (offered) {
      num += w;
      matched.push(s);
    }
  }
  const skillCents = part(wc.skills, den > 0 ? num / den : 0);
  if (skillCents > 0)
    add(reason('skills', skillCents, { matched: matched.length, wanted: wanted.length, skills: matched.join(',') }));

  let goalsKnown = 0;
  const goalsMatched: string[] = [];
  for (const id of unique(mentee.goals)) {
    const g = ctx.goals.find((x) => x.id === id);
    if (!g) continue;
    goalsKnown++;
    if (g.skills.some((s) => m.offers.includes(s))) goalsMatched.push(id);
  }
  const goalCents = part(wc.goals, goalsKnown > 0 ? goalsMatched.length / goalsKnown : 0);
  if (goalCents > 0)
    add(reason('goals', goalCents, { matched: goalsMatched.length, total: goalsKnown, goals: goalsMatched.join(',') }));

  const cache = shared?.for(wc);
  if (differ(mentee.department, m.department)) {
    add(
      sharedReason(cache, 'different_department', wc.department, mentee.department!, m.department!, () => ({
        mine: mentee.department!,
        theirs: m.department!,
      })),
    );
  }
  if (differ(mentee.officeLocation, m.officeLocation)) {
    add(
      sharedReason(cache, 'different_office', wc.office, mentee.officeLocation!, m.officeLocation!, () => ({
        mine: mentee.officeLocation!,
        theirs: m.officeLocation!,
      })),
    );
  }
  if (differentTenure(hireYear(mentee.hireDate), hireYear(m.hireDate)))
    add(sharedReason(cache, 'different_tenure', wc.tenure, 0, 0, () => ({})));

  const gap = directedGap(ctx.kind, m.level, mentee.level);
  add(
    sharedReason(cache, 'seniority_gap', part(wc.seniorityGap, seniorityFit(gap)), gap, 0, () => ({
      span: gapSpan(gap),
    })),
  );

  const minutes =
    ctx.overlapMinutes !== undefined
      ? ctx.overlapMinutes
      : m.hours && mentee.hours
        ? dailyOverlapMinutes(m.hours, mentee.hours, ctx.weekOf)
        : null;
  if (minutes !== null)
    add(
      sharedReason(cache, 'overlap', part(wc.overlap, overlapFit(minutes)), minutes, 0, () => ({
        hours: Math.round(minutes / 30) / 2,
        minutes,
      })),
    );

  const free = Math.max(0, mentor.capacity - mentor.load);
  add(
    sharedReason(
      cache,
      'mentor_load',
      part(wc.load, loadFit(mentor.capacity, mentor.load)),
      free,
      mentor.capacity,
      () => ({ free, capacity: mentor.capacity }),
    ),
  );

  // The score is summed from the hundredths, not from the weights: 0.1 + 0.2 is not 0.3 in floating point.
  return { mentorId: m.id, menteeId: mentee.id, score: total / 100, reasons };
}

function reason(code: MatchReason['code'], cents: number, params: MatchReason['params']): MatchReason {
  return { code, params, weight: cents / 100, about: aboutOf(code) };
}

/** Mentor load is about how the programme spreads mentees, not about the two people. */
function aboutOf(code: MatchReason['code']): MatchReason['about'] {
  return code === 'mentor_load' ? 'programme' : 'pair';
}

type Key = string | number;

/**
 * Reasons made once and shared, for one set of weights: a reason's weight follows from its code
 * and its two key values (the departments, the gap, the minutes...) once the weights
 * are fixed. Asked with other weights, it starts again.
 */
export class ReasonCache {
  private weights: WeightCents | undefined;
  private readonly reasons = new Map<MatchReason['code'], Map<Key, Map<Key, MatchReason>>>();

  /** The cache for these weights (weightCents returns one object per set of weights). */
  for(weights: WeightCents): this {
    if (this.weights !== weights) {
      this.weights = weights;
      this.reasons.clear();
    }
    return this;
  }

  get(code: MatchReason['code'], a: Key, b: Key, make: () => MatchReason): MatchReason {
    let byA = this.reasons.get(code);
    if (!byA) this.reasons.set(code, (byA = new Map()));
    let byB = byA.get(a);
    if (!byB) byA.set(a, (byB = new Map()));
    let r = byB.get(b);
    if (!r) byB.set(b, (r = make()));
    return r;
  }
}

/** The reason, shared through `cache` when there is one; null when it weighs nothing. */
function sharedReason(
  cache: ReasonCache | undefined,
  code: MatchReason['code'],
  cents: number,
  a: Key,
  b: Key,
  params: () => MatchReason['params'],
): MatchReason | null {
  if (cents <= 0) return null;
  if (!cache) return reason(code, cents, params());
  return cache.get(code, a, b, () =>
    Object.freeze({ code, params: Object.freeze(params()), weight: cents / 100, about: aboutOf(code) }),
  );
}
