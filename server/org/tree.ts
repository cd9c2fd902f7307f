// The reporting tree as Tandem sees it: who manages whom, repaired so that every question has an
// answer that terminates. A directory is not a tree: managers point outside the synced set
// (dangling), a typo can make two people each other's manager (a cycle), and ids can repeat.
// buildOrgIndex repairs all three the same way every time and says what it repaired; every other
// function here answers from that one repaired tree.
//
// Everything is O(n) or O(depth) and iterative, so a 100,000-person tenant with deep chains costs a
// few milliseconds and never meets a recursion limit. People are addressed by position (their
// place in `index.people`) inside the index and by id at its edges.

import type { OrgPerson } from './model.js';

/** Something in the directory that the index had to repair. */
export type OrgProblem =
  /** The manager is not among the people given: the person is treated as a root. */
  | { code: 'dangling_manager'; personId: string; managerId: string }
  /**
   * Everyone in `personIds` is, through their managers, their own manager. The cycle is cut at the
   * member with the smallest id (so the same directory is cut the same way whatever its order):
   * `cutAt` becomes a root. `personIds` starts at `cutAt` and follows managers round the cycle.
   */
  | { code: 'cycle'; personIds: string[]; cutAt: string }
  /** A second person with an id already seen: ignored, the first one is kept. */
  | { code: 'duplicate_id'; personId: string };

export interface OrgIndex {
  /** Everyone, in input order, without duplicate ids. Positions index into this. */
  readonly people: readonly OrgPerson[];
  readonly positionOf: ReadonlyMap<string, number>;
  /** Manager's position after repair; -1 for a root. */
  readonly parent: Int32Array;
  /** Direct reports' positions, in input order. */
  readonly children: readonly (readonly number[])[];
  /** Positions of the people with no manager after repair, in input order. */
  readonly roots: readonly number[];
  /** Every position, top-down (breadth-first from the roots): managers before their reports. */
  readonly order: Int32Array;
  /** Steps below one's root: 0 for a root. */
  readonly depth: Int32Array;
  /** Number of people below, at any depth. */
  readonly orgSize: Int32Array;
  readonly problems: readonly OrgProblem[];
}

export function buildOrgIndex(people: readonly OrgPerson[]): OrgIndex {
  const problems: OrgProblem[] = [];
  const kept: OrgPerson[] = [];
  const positionOf = new Map<string, number>();
  for (const person of people) {
    if (positionOf.has(person.id)) {
      problems.push({ code: 'duplicate_id', personId: person.id });
      continue;
    }
    positionOf.set(person.id, kept.length);
    kept.push(person);
  }

  const n = kept.length;
  const parent = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const managerId = kept[i]!.managerId;
    if (managerId === null) continue;
    const m = positionOf.get(managerId);
    if (m === undefined) problems.push({ code: 'dangling_manager', personId: kept[i]!.id, managerId });
    else parent[i] = m;
  }
  breakCycles(kept, parent, problems);

  const childCount = new Int32Array(n);
  for (let i = 0; i < n; i++) if (parent[i]! >= 0) childCount[parent[i]!]!++;
  const children: number[][] = new Array<number[]>(n);
  for (let i = 0; i < n; i++) children[i] = new Array<number>(childCount[i]!);
  const filled = new Int32Array(n);
  const roots: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = parent[i]!;
    if (p < 0) roots.push(i);
    else children[p]![filled[p]!++] = i;
  }

  // Breadth-first from the roots reaches everyone: with cycles cut, every chain ends at a root.
  const order = new Int32Array(n);
  const depth = new Int32Array(n);
  let end = 0;
  for (const r of roots) order[end++] = r;
  for (let head = 0; head < end; head++) {
    const v = order[head]!;
    for (const c of children[v]!) {
      depth[c] = depth[v]! + 1;
      order[end++] = c;
    }
  }
  const orgSize = new Int32Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k]!;
    const p = parent[v]!;
    if (p >= 0) orgSize[p]! += orgSize[v]! + 1;
  }

  return { people: kept, positionOf, parent, children, roots, order, depth, orgSize, problems };
}

/**
 * Cut every cycle of the manager graph in place. Each person has at most one manager, so walking
 * up from each unvisited person either ends at a root, joins a path already finished, or comes back
 * to a person of this very walk: a cycle. Each person is walked once: O(n).
 */
function breakCycles(people: readonly OrgPerson[], parent: Int32Array, problems: OrgProblem[]): void {
  const DONE = -1;
  const walk = new Int32Array(parent.length); // 0 unvisited, s + 1 on walk s, DONE when finished
  for (let s = 0; s < parent.length; s++) {
    if (walk[s] !== 0) continue;
    const stamp = s + 1;
    let v = s;
    while (v >= 0 && walk[v] === 0) {
      walk[v] = stamp;
      v = parent[v]!;
    }
    if (v >= 0 && walk[v] === stamp) {
      let cut = v;
      for (let u = parent[v]!; u !== v; u = parent[u]!) if (people[u]!.id < people[cut]!.id) cut = u;
      const personIds = [people[cut]!.id];
      for (let u = parent[cut]!; u !== cut; u = parent[u]!) personIds.push(people[u]!.id);
      parent[cut] = -1;
      problems.push({ code: 'cycle', personIds, cutAt: people[cut]!.id });
    }
    for (let u = s; u >= 0 && walk[u] === stamp; u = parent[u]!) walk[u] = DONE;
  }
}

/** The person's manager after repair, null for a root or an unknown id. */
export function managerOf(index: OrgIndex, id: string): string | null {
  const i = index.positionOf.get(id);
  if (i === undefined || index.parent[i]! < 0) return null;
  return index.people[index.parent[i]!]!.id;
}

/** Direct reports, in input order; empty for an unknown id. */
export function reportsOf(index: OrgIndex, id: string): string[] {
  const i = index.positionOf.get(id);
  if (i === undefined) return [];
  return index.children[i]!.map((c) => index.people[c]!.id);
}

/** Manager first, then the manager's manager, up to the top; empty for a root or an unknown id. */
export function managementChain(index: OrgIndex, id: string): string[] {
  const chain: string[] = [];
  const i = index.positionOf.get(id);
  if (i === undefined) return chain;
  for (let v = index.parent[i]!; v >= 0; v = index.parent[v]!) chain.push(index.people[v]!.id);
  return chain;
}

/**
 * Whether one of the two is the other's manager at any distance: the rule that keeps people from
 * being paired with their own boss or skip-level boss. A person is in their own reporting line.
 * Unknown ids are in nobody's line. O(depth).
 */
export function inOneReportingLine(index: OrgIndex, a: string, b: string): boolean {
  const i = index.positionOf.get(a);
  const j = index.positionOf.get(b);
  if (i === undefined || j === undefined) return false;
  // Only the deeper one can be below the other: climb from it to the other's depth and compare.
  let deep = index.depth[i]! >= index.depth[j]! ? i : j;
  const high = deep === i ? j : i;
  for (let steps = index.depth[deep]! - index.depth[high]!; steps > 0; steps--) deep = index.parent[deep]!;
  return deep === high;
}

/** Whether two different people have the same manager (after repair: roots have none). */
export function sameManager(index: OrgIndex, a: string, b: string): boolean {
  const i = index.positionOf.get(a);
  const j = index.positionOf.get(b);
  if (i === undefined || j === undefined || i === j) return false;
  return index.parent[i]! >= 0 && index.parent[i] === index.parent[j];
}

/** Everyone below the manager, at any depth, top-down; empty for an unknown id. */
export function organisationOf(index: OrgIndex, managerId: string): string[] {
  const m = index.positionOf.get(managerId);
  if (m === undefined) return [];
  const below: number[] = [...index.children[m]!];
  for (let head = 0; head < below.length; head++) below.push(...index.children[below[head]!]!);
  return below.map((v) => index.people[v]!.id);
}

/** Steps below the top of one's tree, by id: 0 for a root. */
export function depths(index: OrgIndex): Map<string, number> {
  return byId(index, index.depth);
}

/** Number of people below each person, at any depth, by id. */
export function orgSizes(index: OrgIndex): Map<string, number> {
  return byId(index, index.orgSize);
}

function byId(index: OrgIndex, values: Int32Array): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < index.people.length; i++) map.set(index.people[i]!.id, values[i]!);
  return map;
}
