import { describe, it, expect } from 'vitest';
import { explain, matchBand, pairReasons } from '../../tab/components/MatchExplanation';
import { matchingMessages } from '../../tab/components/matchingMessages';
import { localeFrom } from '../../tab/lib/i18n';
import type { MatchReason } from '../../tab/lib/matching';
import { catalogue } from './fakeServer';

const en = { t: matchingMessages.en, locale: localeFrom('en-GB') };
const it_ = { t: matchingMessages.it, locale: localeFrom('it-IT') };

type Said = Pick<MatchReason, 'code' | 'params'>;

function say(reason: Said, viewer: 'mentee' | 'mentor', { t, locale } = en) {
  return explain(reason, viewer, catalogue, locale, t);
}

const reason = (code: MatchReason['code'], weight: number, about: MatchReason['about'] = 'pair'): MatchReason => ({
  code,
  params: {},
  weight,
  about,
});

describe('a match in a word', () => {
  it('reads a score as a band, never as a number', () => {
    expect(matchBand(91.2)).toBe('strong');
    expect(matchBand(80)).toBe('strong');
    expect(matchBand(76.46)).toBe('good');
    expect(matchBand(60)).toBe('good');
    expect(matchBand(42)).toBe('possible');
    expect(matchingMessages.en.band.strong).toBe('Strong match');
    expect(matchingMessages.it.band).toEqual({
      strong: 'Ottima affinità',
      good: 'Buona affinità',
      possible: 'Possibile affinità',
    });
  });

  it('keeps the reasons about the pair, strongest first, and never the mentor’s load', () => {
    const reasons = [
      reason('skills', 12),
      reason('different_department', 3.34),
      reason('seniority_gap', 15),
      reason('mentor_load', 10, 'programme'),
      reason('overlap', 10),
    ];
    expect(pairReasons(reasons).map((r) => r.code)).toEqual([
      'seniority_gap',
      'skills',
      'overlap',
      'different_department',
    ]);
  });
});

describe('a match reason in words', () => {
  it('names the skills matched by their labels, as a list', () => {
    const skills: Said = { code: 'skills', params: { matched: 2, wanted: 3, skills: 'leadership,generative_ai' } };
    expect(say(skills, 'mentee')).toBe(
      'They can teach you Leadership and Generative AI, 2 of the 3 skills you asked for.',
    );
    expect(say(skills, 'mentor')).toBe(
      'You can teach them Leadership and Generative AI, 2 of the 3 skills they asked for.',
    );
    expect(say(skills, 'mentee', it_)).toBe(
      'Può insegnarti Leadership e Intelligenza artificiale generativa: 2 delle 3 competenze che hai chiesto.',
    );
  });

  it('says "every" and "the skill" rather than "1 of the 1"', () => {
    expect(say({ code: 'skills', params: { matched: 1, wanted: 1, skills: 'leadership' } }, 'mentee')).toBe(
      'They can teach you the skill you asked for: Leadership.',
    );
    expect(
      say({ code: 'goals', params: { matched: 2, total: 2, goals: 'grow_as_leader,learn_generative_ai' } }, 'mentee'),
    ).toBe('They can help with all your goals: Grow as a leader and Learn to use generative AI.');
  });

  it('reads the mentee’s side as "yours" to the mentee and "theirs" to the mentor', () => {
    const department: Said = { code: 'different_department', params: { mine: 'Engineering', theirs: 'Sales' } };
    expect(say(department, 'mentee')).toBe('You work in different departments: you in Engineering, they in Sales.');
    expect(say(department, 'mentor')).toBe('You work in different departments: you in Sales, they in Engineering.');
    expect(say(department, 'mentor', it_)).toBe(
      'Lavorate in reparti diversi: tu in Sales, l’altra persona in Engineering.',
    );
  });

  it('says tenure and seniority in words, with no year or level', () => {
    expect(say({ code: 'different_tenure', params: {} }, 'mentor')).toBe(
      'You joined the company at different times: long experience meets a fresh eye.',
    );
    expect(say({ code: 'different_tenure', params: {} }, 'mentee', it_)).toBe(
      'Avete iniziato in azienda in momenti diversi: lunga esperienza e uno sguardo nuovo.',
    );
    const spans = ['near', 'ideal', 'wide'].map((span) => say({ code: 'seniority_gap', params: { span } }, 'mentee'));
    expect(spans).toEqual([
      'You are close in your careers, so it is easy to relate to each other.',
      'The right distance in your careers: far enough to learn from, close enough to relate.',
      'You are far apart in your careers: a view from a very different place.',
    ]);
    for (const text of [...spans, say({ code: 'different_tenure', params: {} }, 'mentee')])
      expect(text).not.toMatch(/\d/);
  });

  it('writes the overlap of working days in the reader’s language, in half hours or minutes', () => {
    expect(say({ code: 'overlap', params: { hours: 1.5, minutes: 90 } }, 'mentee', it_)).toBe(
      'Le vostre giornate di lavoro si sovrappongono per circa 1,5 ore: è facile trovare un momento.',
    );
    expect(say({ code: 'overlap', params: { hours: 4.27, minutes: 256 } }, 'mentor')).toBe(
      'Your working days overlap by about 4.5 hours, so meetings are easy to fit in.',
    );
    expect(say({ code: 'overlap', params: { hours: 0.75, minutes: 45 } }, 'mentor')).toBe(
      'Your working days overlap by about 45 minutes: enough for a session, with a little planning.',
    );
  });

  it('reads a skill the catalogue no longer has as its spaced id, and an unknown reason in general terms', () => {
    expect(say({ code: 'skills', params: { matched: 1, wanted: 2, skills: 'time_travel' } }, 'mentee')).toBe(
      'They can teach you time travel, 1 of the 2 skills you asked for.',
    );
    // A code from a newer server than this tab: outside the contract the tab was built against.
    expect(say({ code: 'stars_aligned' as MatchReason['code'], params: {} }, 'mentee')).toBe('Other things that fit.');
  });
});
