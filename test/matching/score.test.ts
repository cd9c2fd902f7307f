import { describe, expect, it } from 'vitest';
import type {
  MatchReason,
  MentorSlot,
  Participant,
  ScoreWeights,
  ScoredPair,
  ProgrammeKind,
} from '../../server/matching/model.js';
import { DEFAULT_SETTINGS } from '../../server/matching/rules.js';
import {
  DEFAULT_WEIGHTS,
  scorePair,
  seniorityFit,
  weightCents,
  type ScoreContext,
} from '../../server/matching/score.js';
import { GOALS, skillRarity } from '../../server/matching/skills.js';
import { WEEK, london, newYork, participant, randomRound, rome, slot } from './people.js';

const ctxFor = (mentors: MentorSlot[], fields: Partial<ScoreContext> = {}): ScoreContext => ({
  kind: 'mentoring',
  settings: DEFAULT_SETTINGS,
  rarity: skillRarity(mentors),
  weekOf: WEEK,
  goals: GOALS,
  ...fields,
});
const reason = (pair: ScoredPair, code: MatchReason['code']): MatchReason | undefined =>
  pair.reasons.find((r) => r.code === code);
const weightOf = (pair: ScoredPair, code: MatchReason['code']): number => reason(pair, code)?.weight ?? 0;
const hundredths = (pair: ScoredPair): number => pair.reasons.reduce((s, r) => s + Math.round(r.weight * 100), 0);

const mentee = participant('mentee', {
  level: 3,
  wants: ['generative_ai', 'communication'],
  goals: ['grow_as_leader', 'improve_communication', 'learn_generative_ai'],
});

describe('scorePair', () => {
  it('gives reasons whose weights add up to the score, for many random pairs of both kinds of programme', () => {
    const round = randomRound(7, { mentors: 60, mentees: 120 });
    let pairs = 0;
    for (const kind of ['mentoring', 'reverse'] as const) {
      const ctx = ctxFor(round.mentors, { kind });
      for (const mentor of round.mentors) {
        for (const m of round.mentees) {
          const pair = scorePair(mentor, m, ctx);
          expect(hundredths(pair)).toBe(Math.round(pair.score * 100));
          expect(pair.reasons.reduce((s, r) => s + r.weight, 0)).toBeCloseTo(pair.score, 9);
          pairs++;
        }
      }
    }
    expect(pairs).toBe(2 * 60 * 123);
  });

  it('keeps the score between 0 and 100 with whole hundredths, and lists only reasons that weigh something', () => {
    const round = randomRound(8, { mentors: 40, mentees: 80 });
    const ctx = ctxFor(round.mentors, {
      settings: {
        ...DEFAULT_SETTINGS,
        weights: { skills: 1, goals: 1, diversity: 1, seniorityGap: 1, overlap: 1, load: 1 },
      },
    });
    for (const mentor of round.mentors) {
      for (const m of round.mentees) {
        const pair = scorePair(mentor, m, ctx);
        expect(pair.score).toBeGreaterThanOrEqual(0);
        expect(pair.score).toBeLessThanOrEqual(100);
        expect(
          Number.isInteger(Math.round(pair.score * 100)) &&
            Math.abs(pair.score * 100 - Math.round(pair.score * 100)) < 1e-6,
        ).toBe(true);
        for (const r of pair.reasons) expect(r.weight).toBeGreaterThan(0);
      }
    }
  });

  it('gives 100 to a mentor who is right on every count', () => {
    const mentor = slot(
      participant('mentor', {
        level: 5,
        department: 'Sales',
        officeLocation: 'Roma',
        hireDate: '2001-04-01',
        hours: rome,
        offers: ['generative_ai', 'communication', 'leadership'],
      }),
    );
    const m = {
      ...mentee,
      department: 'Engineering',
      officeLocation: 'Milano',
      hireDate: '2022-09-01',
      hours: { ...rome, start: '08:00' },
    };
    const pair = scorePair(mentor, m, ctxFor([mentor]));
    expect(pair.score).toBe(100);
    expect(pair.reasons.map((r) => r.code)).toEqual([
      'skills',
      'goals',
      'different_department',
      'different_office',
      'different_tenure',
      'seniority_gap',
      'overlap',
      'mentor_load',
    ]);
  });

  it('scores a mentor who offers a rare wanted skill above one who offers a common one', () => {
    const rare = slot(participant('rare', { level: 5, offers: ['generative_ai'] }));
    const common = slot(participant('common', { level: 5, offers: ['communication'] }));
    const pool = [
      rare,
      common,
      ...['x', 'y', 'z'].map((id) => slot(participant(id, { level: 5, offers: ['communication'] }))),
    ];
    const ctx = ctxFor(pool);
    const m = participant('mentee', { level: 3, wants: ['generative_ai', 'communication'] });
    expect(weightOf(scorePair(rare, m, ctx), 'skills')).toBeGreaterThan(weightOf(scorePair(common, m, ctx), 'skills'));
    expect(scorePair(rare, m, ctx).score).toBeGreaterThan(scorePair(common, m, ctx).score);
  });

  it('names the wanted skills the mentor offers', () => {
    const mentor = slot(participant('mentor', { level: 5, offers: ['generative_ai', 'negotiation'] }));
    expect(reason(scorePair(mentor, mentee, ctxFor([mentor])), 'skills')?.params).toEqual({
      matched: 1,
      wanted: 2,
      skills: 'generative_ai',
    });
  });

  it("says how many of the mentee's goals the mentor can help with", () => {
    const mentor = slot(participant('mentor', { level: 5, offers: ['leadership', 'feedback'] }));
    const pair = scorePair(mentor, mentee, ctxFor([mentor]));
    // leadership serves grow_as_leader, feedback serves improve_communication; nothing serves generative AI.
    expect(reason(pair, 'goals')?.params).toEqual({
      matched: 2,
      total: 3,
      goals: 'grow_as_leader,improve_communication',
    });
  });

  it('adds diversity reasons when department and office differ, and none when they are the same or unknown', () => {
    const m = participant('mentee', { level: 3, department: 'Engineering', officeLocation: 'Milano - Porta Nuova' });
    const other = slot(participant('other', { level: 5, department: 'Finance', officeLocation: 'Roma - EUR' }));
    const same = slot(
      participant('same', { level: 5, department: 'Engineering', officeLocation: 'Milano - Porta Nuova' }),
    );
    const unknown = slot(participant('unknown', { level: 5 }));
    const pair = scorePair(other, m, ctxFor([other]));
    expect(reason(pair, 'different_department')?.params).toEqual({ mine: 'Engineering', theirs: 'Finance' });
    expect(reason(pair, 'different_office')?.params).toEqual({ mine: 'Milano - Porta Nuova', theirs: 'Roma - EUR' });
    for (const s of [same, unknown]) {
      const codes = scorePair(s, m, ctxFor([s])).reasons.map((r) => r.code);
      expect(codes).not.toContain('different_department');
      expect(codes).not.toContain('different_office');
    }
  });

  it('adds a tenure reason for hire years seven or more apart, and not for six', () => {
    const m = participant('mentee', { level: 3, hireDate: '2021-02-01' });
    const seven = slot(participant('seven', { level: 5, hireDate: '2014-11-30' }));
    const six = slot(participant('six', { level: 5, hireDate: '2015-01-10' }));
    expect(reason(scorePair(seven, m, ctxFor([seven])), 'different_tenure')).toMatchObject({ about: 'pair' });
    expect(reason(scorePair(six, m, ctxFor([six])), 'different_tenure')).toBeUndefined();
  });

  it("never tells either person the other's hire year or seniority level", () => {
    const mentor = slot(
      participant('mentor', { level: 7, hireDate: '1998-03-01', department: 'Sales', officeLocation: 'Roma' }),
    );
    const m = participant('mentee', {
      level: 2,
      hireDate: '2024-06-01',
      department: 'Legal',
      officeLocation: 'Milano',
    });
    const pair = scorePair(mentor, m, ctxFor([mentor]));
    expect(pair.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['different_tenure', 'seniority_gap']));
    expect(reason(pair, 'different_tenure')?.params).toEqual({});
    expect(reason(pair, 'seniority_gap')?.params).toEqual({ span: 'wide' });
    const said = JSON.stringify(pair.reasons.map((r) => r.params));
    for (const secret of ['1998', '2024', 'level', 'year']) expect(said).not.toContain(secret);
  });

  it('says how far apart the two are in words, not levels: near, ideal or wide', () => {
    const span = (gap: number) => {
      const mentor = slot(participant('mentor', { level: 2 + gap }));
      return reason(scorePair(mentor, participant('mentee', { level: 2 }), ctxFor([mentor])), 'seniority_gap')?.params;
    };
    expect([1, 2, 3, 4, 7].map((g) => span(g)?.span)).toEqual(['near', 'ideal', 'ideal', 'wide', 'wide']);
  });

  it('marks mentor load as about the programme and every other reason as about the pair', () => {
    const mentor = slot(participant('mentor', { level: 5, offers: ['generative_ai'], hireDate: '2001-01-01' }), 3, 1);
    const pair = scorePair(mentor, { ...mentee, hireDate: '2020-01-01' }, ctxFor([mentor]));
    expect(pair.reasons.filter((r) => r.about === 'programme').map((r) => r.code)).toEqual(['mentor_load']);
    expect(pair.reasons.filter((r) => r.about === 'pair').length).toBe(pair.reasons.length - 1);
    // All of them, the programme's part included, still add up to the score.
    expect(Math.round(pair.reasons.reduce((s, r) => s + r.weight, 0) * 100)).toBe(Math.round(pair.score * 100));
  });

  it('values a seniority gap of 2-3 levels most, less for 1 and falling off beyond 3', () => {
    const byGap = [1, 2, 3, 4, 5, 6, 7].map((gap) => {
      const mentor = slot(participant('mentor', { level: 2 + gap }));
      return weightOf(scorePair(mentor, participant('mentee', { level: 2 }), ctxFor([mentor])), 'seniority_gap');
    });
    expect(byGap[1]).toBe(byGap[2]);
    expect(Math.max(...byGap)).toBe(byGap[1]);
    expect(byGap[0]).toBeLessThan(byGap[1]!);
    for (let g = 3; g < byGap.length; g++) expect(byGap[g]).toBeLessThan(byGap[g - 1]!);
    expect(seniorityFit(2.5)).toBe(1);
    expect(seniorityFit(0)).toBe(0);
  });

  it("counts the gap the same way in reverse mentoring, on the junior mentor's distance below", () => {
    const score = (kind: ProgrammeKind, mentorLevel: number, menteeLevel: number): ScoredPair => {
      const mentor = slot(participant('mentor', { level: mentorLevel }));
      return scorePair(mentor, participant('mentee', { level: menteeLevel }), ctxFor([mentor], { kind }));
    };
    expect(reason(score('reverse', 3, 6), 'seniority_gap')).toEqual(reason(score('mentoring', 6, 3), 'seniority_gap'));
    expect(reason(score('reverse', 3, 6), 'seniority_gap')?.params).toEqual({ span: 'ideal' });
    expect(reason(score('reverse', 6, 3), 'seniority_gap')).toBeUndefined();
  });

  it('rewards more shared hours, up to four a day', () => {
    const m = participant('mentee', { level: 3, hours: rome });
    const overlap = (hours: Participant['hours']): MatchReason | undefined => {
      const mentor = slot(participant('mentor', { level: 5, hours }));
      return reason(scorePair(mentor, m, ctxFor([mentor])), 'overlap');
    };
    expect(overlap(newYork)?.params).toEqual({ hours: 3, minutes: 180 });
    expect(overlap(london)!.weight).toBeGreaterThan(overlap(newYork)!.weight);
    expect(overlap({ ...rome, end: '13:00' })!.weight).toBe(overlap(rome)!.weight);
    expect(overlap(null)).toBeUndefined();
  });

  it('scores a mentor with free places above a nearly full one', () => {
    const p = participant('mentor', { level: 5 });
    const free = scorePair(slot(p, 3, 0), mentee, ctxFor([slot(p)]));
    const nearlyFull = scorePair(slot(p, 3, 2), mentee, ctxFor([slot(p)]));
    expect(reason(free, 'mentor_load')?.params).toEqual({ free: 3, capacity: 3 });
    expect(free.score).toBeGreaterThan(nearlyFull.score);
  });

  it("lets the programme's weights change which mentor ranks first", () => {
    // The expert offers both wanted skills but works in New York; the neighbour offers one and sits in Rome.
    const expert = slot(
      participant('expert', { level: 5, hours: newYork, offers: ['generative_ai', 'communication'] }),
    );
    const neighbour = slot(participant('neighbour', { level: 5, hours: rome, offers: ['communication'] }));
    const m = participant('mentee', { level: 3, hours: rome, wants: ['generative_ai', 'communication'] });
    const first = (weights: ScoreWeights): string => {
      const ctx = ctxFor([expert, neighbour], { settings: { ...DEFAULT_SETTINGS, weights } });
      return scorePair(expert, m, ctx).score > scorePair(neighbour, m, ctx).score ? 'expert' : 'neighbour';
    };
    expect(first({ ...DEFAULT_WEIGHTS, skills: 60, overlap: 5 })).toBe('expert');
    expect(first({ ...DEFAULT_WEIGHTS, skills: 5, overlap: 60 })).toBe('neighbour');
  });
});

describe('weightCents', () => {
  it('scales any weights to exactly 100 points, in hundredths', () => {
    for (const w of [
      DEFAULT_WEIGHTS,
      { skills: 1, goals: 1, diversity: 1, seniorityGap: 1, overlap: 1, load: 1 },
      { skills: 7, goals: 0, diversity: 3, seniorityGap: 0.1, overlap: 2, load: 0 },
    ]) {
      expect(Object.values(weightCents(w)).reduce((s, c) => s + c, 0)).toBe(10_000);
    }
    expect(weightCents(DEFAULT_WEIGHTS)).toMatchObject({
      skills: 3000,
      goals: 2500,
      seniorityGap: 1500,
      overlap: 1000,
      load: 1000,
    });
  });

  it('gives every component 0 when no weight is positive', () => {
    expect(
      Object.values(
        weightCents({ skills: 0, goals: -1, diversity: 0, seniorityGap: 0, overlap: Number.NaN, load: 0 }),
      ).every((c) => c === 0),
    ).toBe(true);
  });
});
