import { describe, expect, it } from 'vitest';
import { STANDARD } from '../../server/programmes/standard.js';
import { draftEnrolment, ELIGIBILITY, roleOpening, SENIOR_LEVEL, programmeRoles } from '../../server/matching/enrol.js';

const standard = (id: 'mentoring' | 'reverse') => ({ id, ...STANDARD[id] });

describe('the roles open to a person', () => {
  it('opens mentoring to juniors as mentees only, and closes mentoring’s mentor role with the reason', () => {
    expect(programmeRoles('mentoring', 'mentoring', 1)).toEqual({
      programmeId: 'mentoring',
      mentor: { open: false, reason: 'mentors_more_senior', params: { kind: 'mentoring', role: 'mentor' } },
      mentee: { open: true, reason: null, params: { kind: 'mentoring', role: 'mentee' } },
    });
  });

  it('closes mentoring’s mentee role to the top of the organisation: nobody is more senior to mentor them', () => {
    expect(roleOpening('mentoring', 'mentee', 10)).toMatchObject({ open: false, reason: 'mentees_more_junior' });
    expect(roleOpening('mentoring', 'mentor', 10).open).toBe(true);
  });

  it('keeps reverse mentoring’s roles apart: juniors mentor, senior leaders are mentored', () => {
    expect(programmeRoles('reverse', 'reverse', 2)).toMatchObject({
      mentor: { open: true },
      mentee: { open: false, reason: 'mentees_more_senior' },
    });
    expect(programmeRoles('reverse', 'reverse', 8)).toMatchObject({
      mentor: { open: false, reason: 'mentors_more_junior' },
      mentee: { open: true },
    });
  });

  it('closes every role, saying why, while the person’s place is not known', () => {
    for (const programmeId of ['mentoring', 'reverse'] as const)
      expect(programmeRoles(programmeId, programmeId, null)).toMatchObject({
        mentor: { open: false, reason: 'not_placed_yet' },
        mentee: { open: false, reason: 'not_placed_yet' },
      });
  });

  it('agrees with the eligibility rules at every level', () => {
    for (const programmeId of ['mentoring', 'reverse'] as const)
      for (const role of ['mentor', 'mentee'] as const)
        for (let level = 1; level <= 10; level++) {
          const [min, max] = ELIGIBILITY[programmeId][role];
          expect(roleOpening(programmeId, role, level).open, `${programmeId} ${role} ${level}`).toBe(
            level >= min && level <= max,
          );
        }
  });
});

describe('a draft enrolment', () => {
  it('starts senior people as mentors: from the level of reverse mentoring’s senior leaders on', () => {
    expect(SENIOR_LEVEL).toBe(6);
    for (const level of [6, 7, 8, 9, 10])
      expect(draftEnrolment(standard('mentoring'), null, level), `level ${level}`).toMatchObject({
        asMentor: true,
        asMentee: false,
      });
  });

  it('starts everyone below as a mentee, even when they could also mentor', () => {
    for (const level of [1, 2, 3, 4, 5])
      expect(draftEnrolment(standard('mentoring'), null, level), `level ${level}`).toMatchObject({
        asMentor: false,
        asMentee: true,
      });
  });

  it('starts people in the one role reverse mentoring opens to them', () => {
    expect(draftEnrolment(standard('reverse'), null, 3)).toMatchObject({ asMentor: true, asMentee: false });
    expect(draftEnrolment(standard('reverse'), null, 7)).toMatchObject({ asMentor: false, asMentee: true });
  });

  it('starts in no role while the person’s place is not known', () => {
    expect(draftEnrolment(standard('mentoring'), 'it-IT', null)).toMatchObject({
      asMentor: false,
      asMentee: false,
      languages: ['it-IT', 'en-GB'],
    });
  });
});
