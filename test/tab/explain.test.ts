import { describe, it, expect } from 'vitest';
import { explain } from '../../tab/components/MatchExplanation';
import { matchingMessages } from '../../tab/components/matchingMessages';
import { localeFrom } from '../../tab/lib/i18n';
import type { MatchReason } from '../../tab/lib/matching';
import { catalogue } from './fakeServer';

const en = { t: matchingMessages.en, locale: localeFrom('en-GB') };
const it_ = { t: matchingMessages.it, locale: localeFrom('it-IT') };

type Said = Omit<MatchReason, 'weight'>;

function say(reason: Said, viewer: 'mentee' | 'mentor', { t, locale } = en) {
  return explain({ ...reason, weight: 1 }, viewer, catalogue, locale, t);
}

describe('a match reason in words', () => {
  it('names the skills matched by their labels, as a list', () => {
    const skills: Said = { code: 'skills', params: { matched: 2, wanted: 3, skills: 'leadership,generative_ai' } };
    expect(say(skills, 'mentee')).toBe('They offer 2 of the 3 skills you want to learn: Leadership and Generative AI.');
    expect(say(skills, 'mentor')).toBe('You offer 2 of the 3 skills they want to learn: Leadership and Generative AI.');
    expect(say(skills, 'mentee', it_)).toBe(
      'Offre 2 delle 3 competenze che vuoi imparare: Leadership e Intelligenza artificiale generativa.',
    );
  });

  it('says "all" and "the skill" rather than "1 of the 1"', () => {
    expect(say({ code: 'skills', params: { matched: 1, wanted: 1, skills: 'leadership' } }, 'mentee')).toBe(
      'They offer the skill you want to learn: Leadership.',
    );
    expect(
      say({ code: 'goals', params: { matched: 2, total: 2, goals: 'grow_as_leader,learn_generative_ai' } }, 'mentee'),
    ).toBe('They can help with all 2 of your goals: Grow as a leader and Learn to use generative AI.');
  });

  it('reads the mentee’s side as "yours" to the mentee and "theirs" to the mentor', () => {
    const department: Said = { code: 'different_department', params: { mine: 'Engineering', theirs: 'Sales' } };
    expect(say(department, 'mentee')).toBe('Different departments: yours is Engineering, theirs is Sales.');
    expect(say(department, 'mentor')).toBe('Different departments: yours is Sales, theirs is Engineering.');
    expect(say({ code: 'different_generation', params: { mine: 2025, theirs: 2006 } }, 'mentor')).toBe(
      'Different generations at work: you joined in 2006, they joined in 2025.',
    );
  });

  it('writes hours and places in the reader’s language and numbers', () => {
    expect(say({ code: 'overlap', params: { hours: 1.5, minutes: 90 } }, 'mentee', it_)).toBe(
      'I vostri orari di lavoro coincidono per circa 1,5 ore al giorno.',
    );
    expect(say({ code: 'mentor_load', params: { free: 1, capacity: 2 } }, 'mentor', it_)).toBe(
      'Hai 1 posto libero per mentee su 2.',
    );
    expect(say({ code: 'seniority_gap', params: { levels: 1 } }, 'mentee')).toBe(
      'One level apart in seniority: a step ahead.',
    );
  });

  it('reads a skill the catalogue no longer has as its spaced id, and an unknown reason in general terms', () => {
    expect(say({ code: 'skills', params: { matched: 1, wanted: 2, skills: 'time_travel' } }, 'mentee')).toBe(
      'They offer 1 of the 2 skills you want to learn: time travel.',
    );
    // A code from a newer server than this tab: outside the contract the tab was built against.
    expect(say({ code: 'stars_aligned' as MatchReason['code'], params: {} }, 'mentee')).toBe('Other things that fit.');
  });
});
