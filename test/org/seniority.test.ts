import { describe, expect, it } from 'vitest';
import type { OrgPerson, Seniority } from '../../server/org/model.js';
import { computeSeniority } from '../../server/org/seniority.js';
import { titleHint } from '../../server/org/titles.js';
import { SANDBOX_TODAY, person, sandboxPeople } from './sandbox-people.js';

const today = '2026-10-30';
const sum = (s: Seniority): number => s.reasons.reduce((total, r) => total + r.points, 0);

const sandbox = sandboxPeople(42, 2000);
const levels = computeSeniority(sandbox.people, { today: SANDBOX_TODAY });
const levelOf = (key: string): number => levels.get(sandbox.persona.get(key)!)!.level;

/** A founder, a CTO, four engineering managers and six engineers in each team: 30 people. */
function company(extra: OrgPerson[] = []): OrgPerson[] {
  const people = [person('ceo', null, 'Founder'), person('cto', 'ceo', 'Chief Technology Officer')];
  for (let m = 0; m < 4; m++) {
    people.push(person(`mgr${m}`, 'cto', 'Engineering Manager'));
    for (let e = 0; e < 6; e++) people.push(person(`eng${m}.${e}`, `mgr${m}`, 'Software Engineer'));
  }
  return [...people, ...extra];
}

describe('computeSeniority', () => {
  it('gives everyone a whole level from 1 to 10', () => {
    expect(levels.size).toBe(sandbox.people.length);
    for (const s of levels.values()) {
      expect(Number.isInteger(s.level)).toBe(true);
      expect(s.level).toBeGreaterThanOrEqual(1);
      expect(s.level).toBeLessThanOrEqual(10);
    }
  });

  it('gives reasons whose points add up to the level, for everyone', () => {
    for (const s of levels.values()) expect(sum(s)).toBe(s.level);
  });

  it('puts the person at the top at 10 with the reason top_of_org, whatever their title', () => {
    const s = computeSeniority(company(), { today }).get('ceo')!;
    expect(s).toEqual({ level: 10, reasons: [{ code: 'top_of_org', params: { people: 29 }, points: 10 }] });
  });

  it('places the sandbox personas sensibly: the CEO 10, the intern lowest, senior executive > manager > junior developer', () => {
    expect(levelOf('ceo')).toBe(10);
    expect(levelOf('intern')).toBe(Math.min(...[...levels.values()].map((s) => s.level)));
    expect(levelOf('intern')).toBe(1);
    expect(levelOf('senior-exec')).toBeGreaterThan(levelOf('manager'));
    expect(levelOf('manager')).toBeGreaterThan(levelOf('junior-dev'));
  });

  it('keeps the scale on the sandbox: executives 8-9, directors 7, managers 5-6, seniors 4-5, professionals 3-4, juniors 2, interns 1', () => {
    const ceo = sandbox.persona.get('ceo');
    // Below the executives: in Italian the executives are "Direttore" too.
    const median = (words: string[]): number => {
      const found = sandbox.people
        .filter((p) => p.managerId !== ceo && words.includes(titleHint(p.jobTitle)?.phrase ?? ''))
        .map((p) => levels.get(p.id)!.level);
      found.sort((a, b) => a - b);
      return found[Math.floor(found.length / 2)]!;
    };
    const executives = sandbox.people.filter((p) => p.managerId === ceo).map((p) => levels.get(p.id)!.level);
    expect(Math.min(...executives)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...executives)).toBeLessThanOrEqual(9);
    expect(median(['director', 'direttore', 'direttrice'])).toBe(7);
    expect(median(['manager', 'coordinatore', 'coordinatrice', 'team leader'])).toBeGreaterThanOrEqual(5);
    expect(median(['manager', 'coordinatore', 'coordinatrice', 'team leader'])).toBeLessThanOrEqual(6);
    expect([4, 5]).toContain(median(['senior']));
    expect([3, 4]).toContain(
      median([
        'analyst',
        'analista',
        'developer',
        'engineer',
        'sviluppatore',
        'sviluppatrice',
        'specialist',
        'specialista',
      ]),
    );
    expect(median(['junior'])).toBe(2);
    expect(median(['intern', 'stagista'])).toBe(1);
  });

  it('puts the manager at or above the report in at least 95% of manager-report pairs', () => {
    const pairs = sandbox.people.filter((p) => p.managerId !== null);
    const ordered = pairs.filter((p) => levels.get(p.managerId!)!.level >= levels.get(p.id)!.level);
    expect(ordered.length / pairs.length).toBeGreaterThanOrEqual(0.95);
  });

  it('is deterministic, whatever order the people come in', () => {
    const again = computeSeniority(sandbox.people, { today: SANDBOX_TODAY });
    const reversed = computeSeniority([...sandbox.people].reverse(), { today: SANDBOX_TODAY });
    expect(again).toEqual(levels);
    expect(reversed).toEqual(levels);
  });

  it('lets the title move the level: same place, different titles, different levels', () => {
    const s = computeSeniority(
      company([person('a', 'mgr0', 'Junior Developer'), person('b', 'mgr0', 'Principal Engineer')]),
      { today },
    );
    expect(s.get('a')!.level).toBeLessThan(s.get('b')!.level);
    expect(s.get('b')!.reasons).toContainEqual({
      code: 'title',
      params: { word: 'Principal', hint: 5 },
      points: expect.any(Number),
    });
  });

  it('falls back to the structure when the title says nothing', () => {
    const s = computeSeniority(company([person('buyer', 'mgr0', 'Buyer')]), { today }).get('buyer')!;
    expect(s.reasons.map((r) => r.code)).toEqual(['depth']);
    expect(s.level).toBe(3);
  });

  it('counts leading a large organisation as senior even deep in the tree', () => {
    // Seven layers of plain managers, the last leading 1,000 people.
    const chain = [person('top', null)];
    for (let d = 1; d <= 7; d++) chain.push(person(`l${d}`, d === 1 ? 'top' : `l${d - 1}`));
    for (let k = 0; k < 1000; k++) chain.push(person(`ic${k}`, 'l7'));
    const s = computeSeniority(chain, { today }).get('l7')!;
    expect(s.level).toBeGreaterThanOrEqual(7);
    expect(s.reasons).toContainEqual({ code: 'org_size', params: { people: 1000 }, points: expect.any(Number) });
  });

  it('does not treat someone with no manager in the directory as the top of the organisation', () => {
    const s = computeSeniority(company([person('orphan', null, 'Software Engineer')]), { today }).get('orphan')!;
    expect(s.level).toBe(3);
    expect(s.reasons[0]).toMatchObject({ code: 'depth', params: { detached: 1 } });
  });

  it('nudges the level by tenure counted up to the day passed in', () => {
    const newcomer = company([person('x', 'mgr0', 'Senior Software Engineer', '2026-09-01')]);
    const veteran = company([person('x', 'mgr0', 'Senior Software Engineer', '2012-09-03')]);
    const a = computeSeniority(newcomer, { today }).get('x')!;
    const b = computeSeniority(veteran, { today }).get('x')!;
    expect(a.level).toBeLessThan(b.level);
    expect(a.reasons).toContainEqual({ code: 'tenure', params: { years: 0, bucket: 'under_1' }, points: -1 });
    expect(computeSeniority(newcomer, { today: '2040-09-01' }).get('x')!.level).toBe(b.level);
  });

  it('uses a tenant rule over the built-in vocabulary and says so', () => {
    const s = computeSeniority(sandbox.people, {
      today: SANDBOX_TODAY,
      titleRules: [{ phrase: 'Stagista', level: 3 }],
    });
    const intern = s.get(sandbox.persona.get('intern')!)!;
    expect(intern.level).toBeGreaterThan(1);
    expect(intern.reasons).toContainEqual({
      code: 'title_override',
      params: { word: 'Stagista', phrase: 'Stagista', hint: 3 },
      points: expect.any(Number),
    });
    expect(sum(intern)).toBe(intern.level);
  });

  it('picks the same top between two equally large trees whatever the order', () => {
    const twins = [person('b-boss', null), person('b1', 'b-boss'), person('a-boss', null), person('a1', 'a-boss')];
    const forward = computeSeniority(twins, { today });
    expect(forward.get('a-boss')!.reasons[0]!.code).toBe('top_of_org');
    expect(computeSeniority([...twins].reverse(), { today })).toEqual(forward);
  });

  it('refuses a today that is not a date', () => {
    expect(() => computeSeniority(company(), { today: '30/10/2026' })).toThrow(RangeError);
  });

  it('survives a cycle in the directory and still sums its reasons', () => {
    const s = computeSeniority([...company(), person('p', 'q', 'Analyst'), person('q', 'p', 'Manager')], { today });
    expect(s.size).toBe(32);
    for (const v of s.values()) expect(sum(v)).toBe(v.level);
  });
});
