// The reporting structure alone: who reports to whom and in which department, before anybody has
// a name. Built breadth-first, so node order is top-down and a node's children are contiguous.

import { DEPARTMENTS, EXECUTIVE_ORDER, STARTUP_ORDER, portfolios, type Department, type Span } from './departments.js';
import type { Random } from './random.js';

export interface OrgTree {
  size: number;
  /** -1 for the CEO. */
  parent: Int32Array;
  depth: Uint8Array;
  /** Layers of management below: 0 for individual contributors, 1 for front-line managers. */
  height: Uint8Array;
  firstChild: Int32Array;
  childCount: Int32Array;
  dept: Department[];
}

/** Below this there are no executives: the CEO runs a handful of people directly. */
export const EXECUTIVE_THRESHOLD = 12;

// A manager plus three reports. Smaller sub-teams look like a split gone wrong, not a team.
const MIN_MANAGED = 4;

const EXECUTIVE_SPAN_LO = 5;
const EXECUTIVE_SPAN_HI = 9;

// The demo personas need a sales director with a team and an engineering manager with at least
// two reports below the engineering executive, even in a 12-person org.
const MIN_BELOW_EXECUTIVE: Partial<Record<string, number>> = { Engineering: 3, Sales: 2 };

export function buildTree(size: number, rng: Random): OrgTree {
  const parent = new Int32Array(size).fill(-1);
  const depth = new Uint8Array(size);
  const height = new Uint8Array(size);
  const firstChild = new Int32Array(size).fill(-1);
  const childCount = new Int32Array(size);
  const planned = new Int32Array(size);
  const dept: Department[] = new Array<Department>(size);
  planned[0] = size;
  dept[0] = DEPARTMENTS['Executive Office'];

  let executives: Department[][] = [];
  const sizes: number[] = [];
  const depts: Department[] = [];
  let next = 1;
  for (let i = 0; i < next; i++) {
    const reports = planned[i]! - 1;
    if (reports === 0) continue;
    sizes.length = 0;
    depts.length = 0;
    if (i === 0) {
      executives = splitCeo(size, rng, sizes, depts);
    } else if (depth[i] === 1) {
      splitExecutive(reports, executives[i - 1]!, rng, sizes, depts);
    } else {
      splitTeam(reports, dept[i]!.span, rng, sizes);
      for (let k = 0; k < sizes.length; k++) depts.push(dept[i]!);
    }
    firstChild[i] = next;
    childCount[i] = sizes.length;
    for (let k = 0; k < sizes.length; k++) {
      parent[next] = i;
      depth[next] = depth[i]! + 1;
      planned[next] = sizes[k]!;
      dept[next] = depts[k]!;
      next++;
    }
  }

  for (let i = size - 1; i > 0; i--) {
    const p = parent[i]!;
    if (height[i]! + 1 > height[p]!) height[p] = height[i]! + 1;
  }
  return { size, parent, depth, height, firstChild, childCount, dept };
}

/** The CEO's reports: a few generalists in a tiny org, else one executive per department group. */
function splitCeo(size: number, rng: Random, sizes: number[], depts: Department[]): Department[][] {
  if (size < EXECUTIVE_THRESHOLD) {
    for (let k = 0; k < size - 1; k++) {
      sizes.push(1);
      depts.push(DEPARTMENTS[STARTUP_ORDER[k % STARTUP_ORDER.length]!]);
    }
    return [];
  }
  const count = size >= 1000 ? 7 + rng.int(3) : Math.min(9, 3 + Math.floor(Math.log2(size / 12)));
  const owned = portfolios(EXECUTIVE_ORDER.slice(0, count));
  const weights = owned.map((group) => group.reduce((sum, d) => sum + d.weight, 0) * rng.between(0.85, 1.15));
  const below = apportion(size - 1 - count, weights);
  owned.forEach((group, k) => {
    const min = MIN_BELOW_EXECUTIVE[group[0]!.name] ?? 0;
    while (below[k]! < min) {
      const donor = below.indexOf(Math.max(...below));
      below[donor]!--;
      below[k]!++;
    }
  });
  owned.forEach((group, k) => {
    sizes.push(below[k]! + 1);
    depts.push(group[0]!);
  });
  return owned;
}

function splitExecutive(reports: number, owned: Department[], rng: Random, sizes: number[], depts: Department[]): void {
  const primary = owned[0]!;
  const min = MIN_BELOW_EXECUTIVE[primary.name] ?? 0;
  if (reports <= EXECUTIVE_SPAN_HI && min > 0 && reports >= min) {
    // Too few people to split naturally: still give the persona's manager a team of their own.
    const team = Math.min(reports, Math.max(min, Math.ceil(reports / 2) + 1));
    sizes.push(team);
    for (let k = team; k < reports; k++) sizes.push(1);
  } else {
    const span = { lo: EXECUTIVE_SPAN_LO, hi: EXECUTIVE_SPAN_HI, avg: primary.span.avg };
    splitTeam(reports, span, rng, sizes);
  }
  assignDepartments(sizes, owned, depts);
}

/**
 * Give each of an executive's reports one department of the portfolio, largest subtree to the
 * largest shortfall, so the portfolio's headcount follows its weights. The first report always
 * gets the primary department.
 */
function assignDepartments(sizes: readonly number[], owned: readonly Department[], depts: Department[]): void {
  const total = sizes.reduce((a, b) => a + b, 0);
  const weight = owned.reduce((sum, d) => sum + d.weight, 0);
  const shortfall = owned.map((d) => (total * d.weight) / weight);
  const order = sizes.map((_, k) => k).sort((x, y) => sizes[y]! - sizes[x]! || x - y);
  order.splice(order.indexOf(0), 1);
  order.unshift(0);
  for (const k of order) {
    let best = 0;
    if (k !== 0) for (let d = 1; d < owned.length; d++) if (shortfall[d]! > shortfall[best]!) best = d;
    shortfall[best]! -= sizes[k]!;
    depts[k] = owned[best]!;
  }
}

/**
 * Split `reports` people below one manager into direct reports' subtree sizes (1 = individual
 * contributor). Small groups stay one flat team; bigger ones get as many layers as a typical span
 * needs, with a few individual contributors (specialists, assistants) next to the sub-managers.
 */
export function splitTeam(reports: number, span: Span, rng: Random, sizes: number[]): void {
  if (reports <= span.hi) {
    for (let k = 0; k < reports; k++) sizes.push(1);
    return;
  }
  const layers = Math.max(2, Math.round(Math.log(reports) / Math.log(span.avg)));
  let managers: number;
  let ics: number;
  if (layers === 2) {
    // Front-line teams of about the usual span, and a specialist or two reporting directly.
    ics = rng.int(3);
    const team = span.avg * rng.between(0.8, 1.25);
    managers = Math.min(span.hi - ics, Math.max(1, Math.round((reports - ics) / (team + 1))));
    if (managers + ics < span.lo) ics = span.lo - managers;
  } else {
    const k = Math.round(Math.pow(reports, 1 / layers) * rng.between(0.85, 1.15));
    ics = rng.chance(0.25) ? 1 : 0;
    managers = Math.min(span.hi, Math.max(span.lo, k)) - ics;
  }
  let rest = reports - ics;
  while (managers > 1 && rest < managers * MIN_MANAGED) {
    managers--;
    ics++;
    rest--;
  }
  if (rest < managers * MIN_MANAGED) {
    // One sub-manager is left and fewer than MIN_MANAGED people: a small team is still a team.
    sizes.push(rest);
  } else {
    const weights: number[] = [];
    for (let m = 0; m < managers; m++) weights.push(rng.between(0.7, 1.3));
    const extra = apportion(rest - managers * MIN_MANAGED, weights);
    for (let m = 0; m < managers; m++) sizes.push(MIN_MANAGED + extra[m]!);
  }
  for (let m = 0; m < ics; m++) sizes.push(1);
}

/** Split `total` into whole parts proportional to `weights` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((_, k) => k).sort((x, y) => exact[y]! - parts[y]! - (exact[x]! - parts[x]!) || x - y);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!]!++;
  return parts;
}
