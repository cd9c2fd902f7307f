import { describe, expect, it } from 'vitest';
import { inOneLine, reportingLines } from '../../server/matching/reporting-lines.js';
import { inOneReportingLine } from '../../server/org/tree.js';
import { orgOf, random } from './people.js';

describe('reportingLines', () => {
  it('agrees with inOneReportingLine on every pair of a random org with cycles and dangling managers', () => {
    const r = random(3);
    const people = Array.from({ length: 150 }, (_, i) => ({
      id: `p${i}`,
      // Managers anywhere; now and then nobody, or someone outside the org.
      managerId: (r() < 0.05 ? null : r() < 0.05 ? 'gone' : `p${Math.floor(r() * 150)}`) as string | null,
    }));
    // And one cycle for certain: p10 → p11 → p12 → p10.
    people[10]!.managerId = 'p11';
    people[11]!.managerId = 'p12';
    people[12]!.managerId = 'p10';
    const org = orgOf(people);
    expect(org.problems.some((p) => p.code === 'cycle')).toBe(true);
    const lines = reportingLines(org);
    for (let i = 0; i < people.length; i++) {
      for (let j = 0; j < people.length; j++) {
        expect(inOneLine(lines, i, j)).toBe(inOneReportingLine(org, org.people[i]!.id, org.people[j]!.id));
      }
    }
  });

  it('puts nobody unknown in a line', () => {
    const lines = reportingLines(orgOf([{ id: 'a', managerId: null }]));
    expect(inOneLine(lines, -1, 0)).toBe(false);
    expect(inOneLine(lines, 0, -1)).toBe(false);
  });
});
