// Seniority levels, 1 (intern) to 10 (chief executive), from the org chart, job titles and tenure.
//
// The formula, for a person p (every constant is below, named):
//
//   Position  depth    = 10 − STEP × (steps below the top), at least 1, and at most 5 for
//                        someone with nobody below (an assistant to the CEO is not an executive).
//                        STEP = 7 ÷ (median depth of individual contributors), so a typical
//                        individual contributor sits at 3 in any tenant, flat or deep.
//             org size = 4 + 1.2 × log10(people below p), for anyone with people below
//                        (7 people → 5, 50 → 6, 300 → 7, 2,000 → 8, 20,000 → 9).
//             position = the higher of the two, at most 10: leading 1,000 people is senior
//                        however deep it sits.
//   Title     hint     = the level the job title implies (titles.ts), a tenant's rule first.
//                        For a word naming a band ("Direttore": 7 to 9), the point of the band
//                        nearest the position.
//             blend    = 0.7 × hint + 0.3 × position when the title says something, else
//                        position: the title is the strongest signal, the structure the fallback.
//   Tenure    points   = −0.5 under a year, −0.25 for 1–3 years, 0 for 3–10, +0.25 beyond
//                        (tenure.ts), never pushing past 1 or 10. Nothing without a hire date.
//   Level     = round(blend + tenure points), halves up.
//
// The person at the top (the root leading the largest organisation) is 10, whatever else is true.
//
// Reasons say how each input moved the level, rounded as the person would read it: `depth` is
// the rounded depth level, `org_size` the rounded position minus that, `title` (or
// `title_override` for a tenant rule) the rounded blend minus the rounded position, `tenure` the
// level minus the rounded blend. They telescope, so the points always add up to the level. A title
// that matched is listed even when it agreed with the structure (0 points); the others only when
// they moved the level.
//
// Someone whose chain does not reach the top (no manager in the directory, or a manager outside the
// synced set) is in a detached tree. Its root is placed where the size of its organisation puts
// it, between 3 (the typical individual contributor, also where a lone person goes) and 9; the
// tree's people count down from there. Their depth reasons carry `detached: 1`.
//
// O(n): one index build, one pass over the people, and each distinct title read once.

import type { OrgPerson, Seniority, SeniorityReason, TitleRule } from './model.js';
import { tenureOf } from './tenure.js';
import { createTitleMatcher } from './titles.js';
import { buildOrgIndex, type OrgIndex } from './tree.js';

export interface SeniorityOptions {
  /** "YYYY-MM-DD": tenure is counted up to this day. */
  today: string;
  /** The tenant's title vocabulary, which wins over the built-in one when it matches. */
  titleRules?: readonly TitleRule[];
  /**
   * Place only the people this admits; the others are left out of the answer. The org-wide
   * figures (the top, the depth step) are still read from everyone, so each level is the one a
   * whole run gives (the title rules' preview places only those a rule change can move).
   */
  only?: (person: OrgPerson) => boolean;
}

const TOP = 10;
const BOTTOM = 1;
/** Where structure puts a typical individual contributor. */
const TYPICAL_IC = 3;
/** Highest position for someone with nobody below: an assistant to the CEO is not an executive. */
const IC_CEILING = 5;
const ORG_SIZE_BASE = 4;
const ORG_SIZE_PER_DECADE = 1.2;
const TITLE_WEIGHT = 0.7;

// Halves up; the tiny nudge keeps 3.5 computed as 3.4999999999999996 from rounding down.
const round = (x: number): number => Math.floor(x + 0.5 + 1e-9);
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const tidy = (x: number): number => Math.round(x * 100) / 100;

function orgSizeLevel(people: number): number {
  return ORG_SIZE_BASE + ORG_SIZE_PER_DECADE * Math.log10(people);
}

export function computeSeniority(people: readonly OrgPerson[], options: SeniorityOptions): Map<string, Seniority> {
  return seniorityOf(buildOrgIndex(people), options);
}

/** The same, for an index already built. */
export function seniorityOf(
  index: OrgIndex,
  { today, titleRules = [], only }: SeniorityOptions,
): Map<string, Seniority> {
  const n = index.people.length;
  tenureOf(null, today); // refuses a malformed `today` even when nobody has a hire date
  const top = topOfOrg(index);
  const step = depthStep(index, top);
  const matchTitle = createTitleMatcher(titleRules);

  // Each tree's root anchors its people: the top at 10, a detached root by its organisation.
  const anchor = new Float64Array(n);
  const detached = new Uint8Array(n);
  for (const v of index.order) {
    const p = index.parent[v]!;
    if (p >= 0) {
      anchor[v] = anchor[p]!;
      detached[v] = detached[p]!;
    } else if (v === top) {
      anchor[v] = TOP;
    } else {
      anchor[v] = index.orgSize[v]! > 0 ? clamp(orgSizeLevel(index.orgSize[v]!), TYPICAL_IC, TOP - 1) : TYPICAL_IC;
      detached[v] = 1;
    }
  }

  const result = new Map<string, Seniority>();
  for (let v = 0; v < n; v++) {
    const person = index.people[v]!;
    if (only && !only(person)) continue;
    const below = index.orgSize[v]!;
    if (v === top) {
      result.set(person.id, { level: TOP, reasons: [{ code: 'top_of_org', params: { people: below }, points: TOP }] });
      continue;
    }
    const reasons: SeniorityReason[] = [];

    const depth = index.depth[v]!;
    const depthLevel = clamp(anchor[v]! - step * depth, BOTTOM, below > 0 ? TOP : IC_CEILING);
    const depthPoints = round(depthLevel);
    reasons.push({
      code: 'depth',
      params: detached[v] ? { depth, step: tidy(step), detached: 1 } : { depth, step: tidy(step) },
      points: depthPoints,
    });

    const position = below > 0 ? clamp(Math.max(depthLevel, orgSizeLevel(below)), BOTTOM, TOP) : depthLevel;
    const positionPoints = round(position);
    if (positionPoints !== depthPoints)
      reasons.push({ code: 'org_size', params: { people: below }, points: positionPoints - depthPoints });

    let blend = position;
    const hint = matchTitle(person.jobTitle);
    if (hint) {
      const said = clamp(clamp(position, hint.level, hint.upTo ?? hint.level), BOTTOM, TOP);
      blend = TITLE_WEIGHT * said + (1 - TITLE_WEIGHT) * position;
      const points = round(blend) - positionPoints;
      reasons.push(
        hint.source === 'tenant'
          ? { code: 'title_override', params: { word: hint.word, phrase: hint.phrase, hint: said }, points }
          : hint.upTo === undefined
            ? { code: 'title', params: { word: hint.word, hint: said }, points }
            : { code: 'title', params: { word: hint.word, hint: tidy(said), from: hint.level, to: hint.upTo }, points },
      );
    }
    const blendPoints = round(blend);

    let level = blendPoints;
    const tenure = tenureOf(person.hireDate, today);
    if (tenure) {
      level = round(clamp(blend + tenure.points, BOTTOM, TOP));
      if (level !== blendPoints)
        reasons.push({
          code: 'tenure',
          params: { years: tenure.years, bucket: tenure.bucket },
          points: level - blendPoints,
        });
    }
    result.set(person.id, { level, reasons });
  }
  return result;
}

/**
 * The root leading the largest organisation, the smallest id among equals so that the order of
 * the directory does not matter; -1 when nobody leads anyone.
 */
function topOfOrg(index: OrgIndex): number {
  let top = -1;
  for (const r of index.roots) {
    const size = index.orgSize[r]!;
    if (size === 0) continue;
    if (
      top < 0 ||
      size > index.orgSize[top]! ||
      (size === index.orgSize[top] && index.people[r]!.id < index.people[top]!.id)
    )
      top = r;
  }
  return top;
}

/**
 * Level points per step down: 7 over the median depth of the individual contributors below the
 * top, so that median lands at 3. 1 when there is no top to count from.
 */
function depthStep(index: OrgIndex, top: number): number {
  if (top < 0) return 1;
  const counts: number[] = [];
  let ics = 0;
  // Breadth-first order interleaves the trees of all roots: follow which root each person is under.
  const root = new Int32Array(index.people.length).fill(-1);
  for (const v of index.order) {
    const p = index.parent[v]!;
    root[v] = p < 0 ? v : root[p]!;
    if (root[v] === top && index.orgSize[v] === 0) {
      const d = index.depth[v]!;
      counts[d] = (counts[d] ?? 0) + 1;
      ics++;
    }
  }
  let seen = 0;
  for (let d = 0; d < counts.length; d++) {
    seen += counts[d] ?? 0;
    if (seen * 2 >= ics) return (TOP - TYPICAL_IC) / Math.max(1, d);
  }
  return 1;
}
