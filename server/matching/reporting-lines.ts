// The reporting-line rule for many pairs at once. inOneReportingLine (server/org/tree.ts) climbs
// the tree, O(depth) per question, after looking both ids up; a round asks it tens of millions of
// times. Numbering the repaired tree in preorder puts everyone below a person in one contiguous
// run after them, so "is one above the other" becomes two comparisons on positions.

import type { OrgIndex } from '../org/tree.js';

export interface ReportingLines {
  /** Preorder number of each position of `org.people`. */
  readonly first: Int32Array;
  /** People below each position: their numbers are first + 1 .. first + below. */
  readonly below: Int32Array;
}

export function reportingLines(org: OrgIndex): ReportingLines {
  const first = new Int32Array(org.people.length);
  const stack: number[] = [];
  let next = 0;
  for (const root of org.roots) {
    stack.push(root);
    while (stack.length > 0) {
      const v = stack.pop()!;
      first[v] = next++;
      const children = org.children[v]!;
      for (let c = children.length - 1; c >= 0; c--) stack.push(children[c]!);
    }
  }
  return { first, below: org.orgSize };
}

/**
 * Whether the people at positions i and j are in one reporting line (one is the other or above
 * them), as inOneReportingLine answers it; -1 is someone outside the org, in nobody's line.
 */
export function inOneLine(lines: ReportingLines, i: number, j: number): boolean {
  if (i < 0 || j < 0) return false;
  const fi = lines.first[i]!;
  const fj = lines.first[j]!;
  return fi <= fj ? fj <= fi + lines.below[i]! : fi <= fj + lines.below[j]!;
}
