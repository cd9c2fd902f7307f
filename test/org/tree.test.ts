import { describe, expect, it } from 'vitest';
import type { OrgPerson } from '../../server/org/model.js';
import {
  buildOrgIndex,
  depths,
  inOneReportingLine,
  managementChain,
  managerOf,
  orgSizes,
  organisationOf,
  reportsOf,
  sameManager,
} from '../../server/org/tree.js';
import { person, sandboxPeople } from './sandbox-people.js';

//  ceo
//  ├── cto
//  │   ├── eng-mgr
//  │   │   ├── dev-a
//  │   │   └── dev-b
//  │   └── qa-mgr
//  │       └── tester
//  └── cfo
//      └── accountant
const small: OrgPerson[] = [
  person('ceo', null),
  person('cto', 'ceo'),
  person('cfo', 'ceo'),
  person('eng-mgr', 'cto'),
  person('qa-mgr', 'cto'),
  person('dev-a', 'eng-mgr'),
  person('dev-b', 'eng-mgr'),
  person('tester', 'qa-mgr'),
  person('accountant', 'cfo'),
];
const index = buildOrgIndex(small);

describe('managementChain', () => {
  it('lists the manager first and climbs to the top', () => {
    expect(managementChain(index, 'dev-a')).toEqual(['eng-mgr', 'cto', 'ceo']);
  });

  it('is empty for the person at the top', () => {
    expect(managementChain(index, 'ceo')).toEqual([]);
  });

  it('is empty for an id nobody has', () => {
    expect(managementChain(index, 'nobody')).toEqual([]);
  });
});

describe('inOneReportingLine', () => {
  it('holds for a person and their direct manager, either way round', () => {
    expect(inOneReportingLine(index, 'dev-a', 'eng-mgr')).toBe(true);
    expect(inOneReportingLine(index, 'eng-mgr', 'dev-a')).toBe(true);
  });

  it('holds for a person and their skip-level manager', () => {
    expect(inOneReportingLine(index, 'dev-a', 'cto')).toBe(true);
    expect(inOneReportingLine(index, 'ceo', 'tester')).toBe(true);
  });

  it('does not hold for peers under one manager', () => {
    expect(inOneReportingLine(index, 'dev-a', 'dev-b')).toBe(false);
  });

  it('does not hold for cousins or for a manager in another branch', () => {
    expect(inOneReportingLine(index, 'dev-a', 'tester')).toBe(false);
    expect(inOneReportingLine(index, 'dev-a', 'qa-mgr')).toBe(false);
    expect(inOneReportingLine(index, 'accountant', 'cto')).toBe(false);
  });

  it('holds for a person and themselves, so nobody is paired with themselves', () => {
    expect(inOneReportingLine(index, 'dev-a', 'dev-a')).toBe(true);
  });

  it('does not hold when either id is unknown', () => {
    expect(inOneReportingLine(index, 'dev-a', 'nobody')).toBe(false);
  });
});

describe('sameManager', () => {
  it('holds for two reports of one manager', () => {
    expect(sameManager(index, 'dev-a', 'dev-b')).toBe(true);
    expect(sameManager(index, 'cto', 'cfo')).toBe(true);
  });

  it('does not hold for cousins, for a person and themselves, or for two roots', () => {
    expect(sameManager(index, 'dev-a', 'tester')).toBe(false);
    expect(sameManager(index, 'dev-a', 'dev-a')).toBe(false);
    const twoRoots = buildOrgIndex([person('a', null), person('b', null)]);
    expect(sameManager(twoRoots, 'a', 'b')).toBe(false);
  });
});

describe('organisationOf', () => {
  it('lists everyone below a manager at any depth, top-down', () => {
    expect(organisationOf(index, 'cto')).toEqual(['eng-mgr', 'qa-mgr', 'dev-a', 'dev-b', 'tester']);
  });

  it('covers the whole company below the top', () => {
    expect(new Set(organisationOf(index, 'ceo'))).toEqual(new Set(small.map((p) => p.id).filter((id) => id !== 'ceo')));
  });

  it('is empty for an individual contributor', () => {
    expect(organisationOf(index, 'dev-a')).toEqual([]);
  });
});

describe('depths and orgSizes', () => {
  it('count steps from the top and people below each person', () => {
    expect(Object.fromEntries(depths(index))).toEqual({
      ceo: 0,
      cto: 1,
      cfo: 1,
      'eng-mgr': 2,
      'qa-mgr': 2,
      'dev-a': 3,
      'dev-b': 3,
      tester: 3,
      accountant: 2,
    });
    expect(Object.fromEntries(orgSizes(index))).toEqual({
      ceo: 8,
      cto: 5,
      cfo: 1,
      'eng-mgr': 2,
      'qa-mgr': 1,
      'dev-a': 0,
      'dev-b': 0,
      tester: 0,
      accountant: 0,
    });
  });

  it('do not depend on managers being listed before their reports', () => {
    const reversed = buildOrgIndex([...small].reverse());
    expect(depths(reversed)).toEqual(depths(index));
    expect(orgSizes(reversed)).toEqual(orgSizes(index));
  });

  it('match a naive computation on a sample of a generated 100,000-person organisation', () => {
    const { people } = sandboxPeople(42, 100_000);
    const big = buildOrgIndex(people);
    const manager = new Map(people.map((p) => [p.id, p.managerId]));
    const chainOf = (id: string): string[] => {
      const chain: string[] = [];
      for (let m = manager.get(id); m; m = manager.get(m)) chain.push(m);
      return chain;
    };
    const sample = people.filter((_, i) => i % 997 === 0 || i < 20).map((p) => p.id);
    const below = new Map(sample.map((id) => [id, 0]));
    for (const p of people) for (const m of chainOf(p.id)) if (below.has(m)) below.set(m, below.get(m)! + 1);

    const depth = depths(big);
    const size = orgSizes(big);
    for (const id of sample) {
      expect(depth.get(id)).toBe(chainOf(id).length);
      expect(size.get(id)).toBe(below.get(id));
    }
    expect(big.problems).toEqual([]);
  });

  it('handle a single reporting line 100,000 people long without running out of stack', () => {
    const line = Array.from({ length: 100_000 }, (_, i) => person(`p${i}`, i === 0 ? null : `p${i - 1}`));
    const deep = buildOrgIndex(line);
    expect(depths(deep).get('p99999')).toBe(99_999);
    expect(orgSizes(deep).get('p0')).toBe(99_999);
    expect(managementChain(deep, 'p99999')).toHaveLength(99_999);
    expect(inOneReportingLine(deep, 'p0', 'p99999')).toBe(true);
  });
});

describe('a directory that is not a tree', () => {
  it('treats a person whose manager is missing as a root and reports it', () => {
    const withGhost = buildOrgIndex([...small, person('contractor', 'left-the-company')]);
    expect(managementChain(withGhost, 'contractor')).toEqual([]);
    expect(managerOf(withGhost, 'contractor')).toBeNull();
    expect(depths(withGhost).get('contractor')).toBe(0);
    expect(withGhost.problems).toEqual([
      { code: 'dangling_manager', personId: 'contractor', managerId: 'left-the-company' },
    ]);
  });

  it('cuts a cycle at its smallest id, reports it, and still answers every question', () => {
    // c → b → a → c, with d below a.
    const looped = buildOrgIndex([person('c', 'b'), person('b', 'a'), person('a', 'c'), person('d', 'a')]);
    expect(looped.problems).toEqual([{ code: 'cycle', personIds: ['a', 'c', 'b'], cutAt: 'a' }]);
    expect(managementChain(looped, 'd')).toEqual(['a']);
    expect(managementChain(looped, 'b')).toEqual(['a']);
    expect(managementChain(looped, 'c')).toEqual(['b', 'a']);
    expect(orgSizes(looped).get('a')).toBe(3);
    expect(inOneReportingLine(looped, 'c', 'd')).toBe(false);
  });

  it('cuts a cycle the same way whatever order the directory lists people in', () => {
    const people = [person('m', 'k'), person('k', 'x'), person('x', 'm'), person('r', 'x')];
    const cuts = [people, [...people].reverse(), [people[2]!, people[0]!, people[3]!, people[1]!]].map(
      (order) => buildOrgIndex(order).problems,
    );
    expect(cuts[1]).toEqual(cuts[0]);
    expect(cuts[2]).toEqual(cuts[0]);
    expect(cuts[0]).toEqual([{ code: 'cycle', personIds: ['k', 'x', 'm'], cutAt: 'k' }]);
  });

  it('treats a person who is their own manager as a cycle of one', () => {
    const self = buildOrgIndex([person('loop', 'loop'), person('report', 'loop')]);
    expect(self.problems).toEqual([{ code: 'cycle', personIds: ['loop'], cutAt: 'loop' }]);
    expect(managementChain(self, 'report')).toEqual(['loop']);
  });

  it('keeps the first of two people with one id and reports the second', () => {
    const twice = buildOrgIndex([person('a', null), person('b', 'a'), person('b', null)]);
    expect(twice.people).toHaveLength(2);
    expect(managerOf(twice, 'b')).toBe('a');
    expect(reportsOf(twice, 'a')).toEqual(['b']);
    expect(twice.problems).toEqual([{ code: 'duplicate_id', personId: 'b' }]);
  });
});
