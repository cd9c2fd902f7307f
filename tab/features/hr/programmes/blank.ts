import type { Programme, ProgrammeBody } from './api/programmes';

/**
 * What a new programme starts as: the server's own blank (server/programmes/standard.ts BLANK,
 * matching's default rules and weights), repeated here since the tab takes only types from it.
 */
export function blankProgramme(): ProgrammeBody {
  return {
    kind: 'mentoring',
    names: { en: '', it: '' },
    descriptions: { en: '', it: '' },
    enrolFrom: null,
    enrolUntil: null,
    startsOn: null,
    endsOn: null,
    eligibility: { levels: [], departments: [], offices: [], countries: [], inviteOnly: false },
    matching: 'both',
    rules: {
      levelGap: 1,
      excludeSameManager: false,
      allowRepeat: false,
      minOverlapMinutes: 60,
      weights: { skills: 30, goals: 25, diversity: 10, seniorityGap: 15, overlap: 10, load: 10 },
    },
    defaults: { cadence: 'biweekly', meetingMinutes: 45, capacity: 2 },
    catalogue: { skills: [], goals: [] },
    surveys: ['start', 'midpoint', 'end'],
  };
}

/** The editable part of a programme, as PUT takes it back. */
export function bodyOf(p: Programme): ProgrammeBody {
  const { id: _id, status: _status, counts: _counts, createdAt: _created, updatedAt: _updated, ...body } = p;
  return body;
}
