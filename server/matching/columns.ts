// The people of a round as columns of numbers, for candidates.ts: everything the rules and the
// score compare becomes a small integer, a bit in a mask or a precomputed table, so that walking
// 100 million pairs reads typed arrays only. Each value here is computed the way rules.ts and
// score.ts compute it; candidates.test.ts holds them to the same answers pair by pair.

import type { OrgIndex } from '../org/tree.js';
import { dailyOverlapMinutes } from './overlap.js';
import { primaryLanguage } from './languages.js';
import type { MentorSlot, Participant } from './model.js';
import type { WeeklyHours } from '../time/weekly-hours.js';
import { hireYear, loadFit, overlapFit, part, unique, type WeightCents } from './score.js';
import { rarityWeight, type SkillRarity } from './skills.js';

/** Schedule ids start at 1: 0 is "working hours unknown". */
export const NO_SCHEDULE = 0;

/** The mentors, sorted by level, as columns of numbers. */
export interface Pool {
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
  /** Hire year, 0 when unknown. */
  year: Int32Array;
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
export interface Seeker {
  pos: number;
  parent: number;
  langs: number[];
  dept: number;
  office: number;
  year: number;
  schedule: number;
  /** Wanted skills, first occurrence of each, in the mentee's order. */
  wants: Int32Array;
  /**
   * Hundredths of the skills component for each subset of `wants` a mentor offers (bit t = wants[t]),
   * computed in scorePair's order so the floating point is the same.
   */
  skillTable: Int32Array | null;
  /** Weights and "does any mentor offer it" per wanted skill, for the rare mentee with no table. */
  wantWeight: Float64Array;
  wantInPool: Uint8Array;
  /** The skills of each known goal, as ids, until the masks can be made. */
  knownGoals: number[][];
  /** A skill mask per known goal (pool.skillWords words each); goalTable[n] is the hundredths for n goals met. */
  goalMasks: Uint32Array;
  goalTable: Int32Array;
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

export class Ids {
  readonly langs = new Interner();
  readonly skills = new Interner();
  /** Departments and offices: only equality matters. -1 for unknown. */
  readonly places = new Interner();
  readonly schedules = new ScheduleIds();

  place(s: string | null): number {
    return s === null || s === '' ? -1 : this.places.of(s);
  }

  langsOf(p: Participant): number[] {
    return p.languages
      .map(primaryLanguage)
      .filter((l) => l !== '')
      .map((l) => this.langs.of(l));
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

export function preparePool(sorted: readonly MentorSlot[], org: OrgIndex, ids: Ids, wc: WeightCents): Pool {
  const M = sorted.length;
  const level = Float64Array.from(sorted, (s) => s.participant.level);
  const levelRun = new Int32Array(M);
  const runLevels: number[] = [];
  for (let i = 0; i < M; i++) {
    if (i === 0 || !Object.is(level[i], level[i - 1])) runLevels.push(level[i]!);
    levelRun[i] = runLevels.length - 1;
  }
  const rank = new Int32Array(M);
  [...sorted.keys()]
    .sort((a, b) => cmp(sorted[a]!.participant.id, sorted[b]!.participant.id))
    .forEach((i, r) => (rank[i] = r));
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
    year: new Int32Array(M),
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
    pool.year[i] = hireYear(p.hireDate) ?? 0;
    pool.schedule[i] = ids.schedules.of(p.hours);
    pool.loadCents[i] = part(wc.load, loadFit(slot.capacity, slot.load));
    ids.langsOf(p);
    for (const s of p.offers) ids.skills.of(s);
  });
  return pool;
}

export function fillMasks(pool: Pool, sorted: readonly MentorSlot[], ids: Ids): void {
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

export function prepareSeeker(
  e: Participant,
  org: OrgIndex,
  ids: Ids,
  rarity: SkillRarity,
  goalSkills: ReadonlyMap<string, number[]>,
  wc: WeightCents,
  skillTables: Map<string, Int32Array | null>,
): Seeker {
  const pos = org.positionOf.get(e.id) ?? -1;
  const wanted = unique(e.wants);
  const knownGoals = unique(e.goals)
    .map((g) => goalSkills.get(g))
    .filter((g) => g !== undefined);
  // Many mentees ask for the same skills: one table serves them all.
  const key = wanted.join('\n');
  let table = skillTables.get(key);
  if (table === undefined)
    skillTables.set(key, (table = wanted.length <= MAX_TABLE_SKILLS ? skillTable(wanted, rarity, wc) : null));
  return {
    pos,
    parent: pos >= 0 ? org.parent[pos]! : -1,
    langs: ids.langsOf(e),
    dept: ids.place(e.department),
    office: ids.place(e.officeLocation),
    year: hireYear(e.hireDate) ?? 0,
    schedule: ids.schedules.of(e.hours),
    wants: Int32Array.from(wanted, (s) => ids.skills.of(s)),
    skillTable: table,
    wantWeight: Float64Array.from(wanted, (s) => rarityWeight(rarity, s)),
    wantInPool: Uint8Array.from(wanted, (s) => ((rarity.offering.get(s) ?? 0) > 0 ? 1 : 0)),
    knownGoals,
    goalMasks: new Uint32Array(0),
    goalTable: Int32Array.from({ length: knownGoals.length + 1 }, (_, met) =>
      part(wc.goals, knownGoals.length > 0 ? met / knownGoals.length : 0),
    ),
  };
}

/** Once every skill has an id, and so the width of the masks is known. */
export function fillSeekerMasks(e: Seeker, words: number): void {
  e.goalMasks = new Uint32Array(e.knownGoals.length * words);
  e.knownGoals.forEach((skills, g) => {
    for (const k of skills) e.goalMasks[g * words + (k >>> 5)]! |= 1 << (k & 31);
  });
}

/** Up to 2^10 entries a table; a mentee asking for more skills is scored by the loop instead. */
const MAX_TABLE_SKILLS = 10;

/** The skills component for every subset of the wanted skills (bit t: wanted[t] is offered), as scorePair adds it up. */
function skillTable(wanted: readonly string[], rarity: SkillRarity, wc: WeightCents): Int32Array {
  const weight = wanted.map((s) => rarityWeight(rarity, s));
  const inPool = wanted.map((s) => (rarity.offering.get(s) ?? 0) > 0);
  const table = new Int32Array(1 << wanted.length);
  for (let subset = 1; subset < table.length; subset++) {
    let num = 0;
    let den = 0;
    for (let t = 0; t < wanted.length; t++) {
      const offered = (subset >>> t) & 1;
      if (!offered && !inPool[t]) continue;
      den += weight[t]!;
      if (offered) num += weight[t]!;
    }
    table[subset] = part(wc.skills, den > 0 ? num / den : 0);
  }
  return table;
}

/** The skills component for a mentee with too many wanted skills for a table, as scorePair adds it up. */
export function skillCentsByLoop(e: Seeker, offers: Uint32Array, base: number, wc: WeightCents): number {
  let num = 0;
  let den = 0;
  for (let t = 0; t < e.wants.length; t++) {
    const k = e.wants[t]!;
    const offered = (offers[base + (k >>> 5)]! >>> (k & 31)) & 1;
    if (offered === 0 && e.wantInPool[t] === 0) continue;
    den += e.wantWeight[t]!;
    if (offered !== 0) num += e.wantWeight[t]!;
  }
  return part(wc.skills, den > 0 ? num / den : 0);
}

/**
 * For each mentee schedule, the overlap with every schedule, computed the first time a mentee
 * with that schedule comes up. Row entries are -1 where either side's hours are unknown.
 */
export class OverlapRows {
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

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
