import { describe, expect, it } from 'vitest';
import type { MentorSlot, Participant, ProgrammeSettings, ProgrammeKind } from '../../server/matching/model.js';
import { DEFAULT_SETTINGS, RULE_ORDER, violations, type RuleContext } from '../../server/matching/rules.js';
import { WEEK, losAngeles, newYork, orgOf, participant, rome, slot } from './people.js';

//  ceo (10)
//  ├── director (8)
//  │   └── manager (6)
//  │       ├── junior (3)
//  │       └── junior2 (3)
//  └── other-director (8)
//      └── other-manager (6)
//          └── other-junior (3)
const tree = [
  { id: 'ceo', managerId: null, level: 10 },
  { id: 'director', managerId: 'ceo', level: 8 },
  { id: 'manager', managerId: 'director', level: 6 },
  { id: 'junior', managerId: 'manager', level: 3 },
  { id: 'junior2', managerId: 'manager', level: 3 },
  { id: 'other-director', managerId: 'ceo', level: 8 },
  { id: 'other-manager', managerId: 'other-director', level: 6 },
  { id: 'other-junior', managerId: 'other-manager', level: 3 },
];
const org = orgOf(tree);
const person = (id: string, fields: Partial<Participant> = {}): Participant => {
  const t = tree.find((p) => p.id === id)!;
  return participant(id, { managerId: t.managerId, level: t.level, ...fields });
};

const ctx = (
  kind: ProgrammeKind,
  settings: Partial<ProgrammeSettings> = {},
  rest: Partial<RuleContext> = {},
): RuleContext => ({
  kind,
  settings: { ...DEFAULT_SETTINGS, ...settings },
  org,
  pastPairs: new Set(),
  weekOf: WEEK,
  ...rest,
});

/** The senior of two people mentors in mentoring; the junior mentors in reverse mentoring. */
const oriented = (
  kind: ProgrammeKind,
  senior: Participant,
  junior: Participant,
  capacity = 2,
  load = 0,
): [MentorSlot, Participant] =>
  kind !== 'reverse' ? [slot(senior, capacity, load), junior] : [slot(junior, capacity, load), senior];

describe('DEFAULT_SETTINGS', () => {
  it('asks for one level of gap and an hour a day, refuses repeats and allows same-manager peers', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      levelGap: 1,
      minOverlapMinutes: 60,
      allowRepeat: false,
      excludeSameManager: false,
    });
  });
});

describe('the seniority rule', () => {
  it('allows a senior mentor with a junior mentee in mentoring', () => {
    expect(violations(slot(person('other-manager')), person('junior'), ctx('mentoring'))).toEqual([]);
  });

  it('refuses a junior mentor with a senior mentee in mentoring', () => {
    expect(violations(slot(person('junior')), person('other-manager'), ctx('mentoring'))).toEqual([
      'seniority_direction',
    ]);
  });

  it('pairs a junior mentor with a senior mentee in reverse mentoring', () => {
    expect(violations(slot(person('junior')), person('other-manager'), ctx('reverse'))).toEqual([]);
  });

  it('refuses a senior mentor with a junior mentee in reverse mentoring', () => {
    expect(violations(slot(person('other-manager')), person('junior'), ctx('reverse'))).toEqual([
      'seniority_direction',
    ]);
  });

  it('refuses peers at the same level in both kinds of programme', () => {
    for (const kind of ['mentoring', 'reverse'] as const) {
      expect(violations(slot(person('junior')), person('other-junior'), ctx(kind))).toEqual(['seniority_direction']);
    }
  });

  it("asks for the programme's level gap in both kinds of programme", () => {
    const four = person('other-junior', { level: 4 });
    for (const kind of ['mentoring', 'reverse'] as const) {
      const [mentor, mentee] = oriented(kind, four, person('junior'));
      expect(violations(mentor, mentee, ctx(kind))).toEqual([]);
      expect(violations(mentor, mentee, ctx(kind, { levelGap: 2 }))).toEqual(['seniority_direction']);
    }
  });
});

describe.each(['mentoring', 'reverse'] as const)('the other hard rules in %s', (kind) => {
  it('refuses a person paired with themselves', () => {
    expect(violations(slot(person('junior')), person('junior'), ctx(kind))).toContain('same_person');
  });

  it('refuses a direct manager and their report', () => {
    const [mentor, mentee] = oriented(kind, person('manager'), person('junior'));
    expect(violations(mentor, mentee, ctx(kind))).toEqual(['reporting_line']);
  });

  it('refuses a skip-level manager and the people below them', () => {
    const [mentor, mentee] = oriented(kind, person('director'), person('junior'));
    expect(violations(mentor, mentee, ctx(kind))).toEqual(['reporting_line']);
  });

  it('allows a senior from another branch of the tree', () => {
    const [mentor, mentee] = oriented(kind, person('other-director'), person('junior'));
    expect(violations(mentor, mentee, ctx(kind))).toEqual([]);
  });

  it('refuses two reports of the same manager only when the programme excludes same-manager peers', () => {
    const [mentor, mentee] = oriented(kind, person('junior2', { level: 5 }), person('junior'));
    expect(violations(mentor, mentee, ctx(kind))).toEqual([]);
    expect(violations(mentor, mentee, ctx(kind, { excludeSameManager: true }))).toEqual(['same_manager']);
  });

  it('refuses a mentor whose load has reached their capacity', () => {
    const [free, mentee] = oriented(kind, person('other-manager'), person('junior'), 2, 1);
    const [full] = oriented(kind, person('other-manager'), person('junior'), 2, 2);
    expect(violations(free, mentee, ctx(kind))).toEqual([]);
    expect(violations(full, mentee, ctx(kind))).toEqual(['no_capacity']);
  });

  it('refuses an earlier pair unless the programme allows repeats', () => {
    const [mentor, mentee] = oriented(kind, person('other-manager'), person('junior'));
    const pastPairs = new Set([`${mentor.participant.id}|${mentee.id}`]);
    expect(violations(mentor, mentee, ctx(kind, {}, { pastPairs }))).toEqual(['repeat_pair']);
    expect(violations(mentor, mentee, ctx(kind, { allowRepeat: true }, { pastPairs }))).toEqual([]);
  });

  it('takes "it-IT" and "it-CH" as one shared language', () => {
    const [mentor, mentee] = oriented(
      kind,
      person('other-manager', { languages: ['it-CH', 'de-CH'] }),
      person('junior', { languages: ['it-IT'] }),
    );
    expect(violations(mentor, mentee, ctx(kind))).toEqual([]);
  });

  it('refuses two people without a shared language', () => {
    const [mentor, mentee] = oriented(
      kind,
      person('other-manager', { languages: ['en-GB', 'de-DE'] }),
      person('junior', { languages: ['it-IT', 'fr-FR'] }),
    );
    expect(violations(mentor, mentee, ctx(kind))).toEqual(['no_shared_language']);
  });

  it('refuses a person who lists no language', () => {
    const [mentor, mentee] = oriented(kind, person('other-manager', { languages: [] }), person('junior'));
    expect(violations(mentor, mentee, ctx(kind))).toEqual(['no_shared_language']);
  });

  it('refuses Rome and Los Angeles in an ordinary week, and allows them in the week only Los Angeles has changed clocks', () => {
    const [mentor, mentee] = oriented(
      kind,
      person('other-manager', { hours: losAngeles }),
      person('junior', { hours: rome }),
    );
    expect(violations(mentor, mentee, ctx(kind))).toEqual(['hours_do_not_overlap']);
    expect(violations(mentor, mentee, ctx(kind, {}, { weekOf: '2026-03-09' }))).toEqual([]);
  });

  it("asks for the programme's minimum overlap: Rome and New York share 3 hours, 4 when only one has changed clocks", () => {
    const [mentor, mentee] = oriented(
      kind,
      person('other-manager', { hours: newYork }),
      person('junior', { hours: rome }),
    );
    const fourHours = { minOverlapMinutes: 240 };
    expect(violations(mentor, mentee, ctx(kind, fourHours))).toEqual(['hours_do_not_overlap']);
    expect(violations(mentor, mentee, ctx(kind, fourHours, { weekOf: '2026-03-09' }))).toEqual([]);
    expect(violations(mentor, mentee, ctx(kind, fourHours, { weekOf: '2026-10-26' }))).toEqual([]);
    expect(violations(mentor, mentee, ctx(kind, { minOverlapMinutes: 180 }))).toEqual([]);
  });

  it('does not refuse a person whose working hours are unknown', () => {
    const [mentor, mentee] = oriented(
      kind,
      person('other-manager', { hours: null }),
      person('junior', { hours: rome }),
    );
    expect(violations(mentor, mentee, ctx(kind))).toEqual([]);
  });
});

describe('violations', () => {
  it('lists every rule a pair breaks, in RULE_ORDER', () => {
    const mentor = slot(person('manager', { languages: ['en-GB'], hours: losAngeles }), 1, 1);
    const mentee = person('junior', { level: 9 });
    const found = violations(mentor, mentee, ctx('mentoring', {}, { pastPairs: new Set(['manager|junior']) }));
    expect(found).toEqual([
      'seniority_direction',
      'reporting_line',
      'no_capacity',
      'repeat_pair',
      'no_shared_language',
      'hours_do_not_overlap',
    ]);
    expect(found).toEqual(RULE_ORDER.filter((r) => found.includes(r)));
  });
});
