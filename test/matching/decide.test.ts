import { describe, expect, it } from 'vitest';
import {
  REQUEST_TTL_DAYS,
  decideNewRequest,
  MAX_PAUSE_DAYS,
  decideOrganisationEnd,
  decidePair,
  decidePause,
  decideRequest,
  decideScheduledResume,
  type Fit,
  type PairDecision,
  type RequestDecision,
} from '../../server/matching/decide.js';
import type { StoredPair, StoredRequest } from '../../server/matching/model.js';
import type { MatchReason, PairAction, PairStatus, RequestStatus } from '../../server/matching/schemas.js';

// The lifecycles of requests and pairs, decided without a database: who may act, which moves each
// status allows, when a request expires, and what each change owes.

const MENTOR = 'mentor-1';
const MENTEE = 'mentee-1';
const STRANGER = 'someone-else';
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-11-02T09:00:00.000Z');
const reasons: MatchReason[] = [
  { code: 'skills', params: { matched: 1, wanted: 1, skills: 'leadership' }, weight: 30, about: 'pair' },
];
const fits: Fit = { kind: 'scored', violations: [], score: 30, reasons };

const request = (over: Partial<StoredRequest> = {}): StoredRequest => ({
  id: 'request-1',
  programmeId: 'mentoring',
  mentorId: MENTOR,
  menteeId: MENTEE,
  requestedBy: MENTEE,
  status: 'pending',
  score: 30,
  reasons,
  message: null,
  createdAt: new Date(NOW - DAY).toISOString(),
  expiresAt: new Date(NOW + DAY).toISOString(),
  ...over,
});

const pair = (over: Partial<StoredPair> = {}): StoredPair => ({
  id: 'pair-1',
  programmeId: 'reverse',
  mentorId: MENTOR,
  menteeId: MENTEE,
  status: 'active',
  source: 'request',
  score: 30,
  reasons,
  mentorConfirmed: true,
  menteeConfirmed: true,
  endedReason: null,
  flag: null,
  pausedUntil: null,
  createdAt: new Date(NOW - DAY).toISOString(),
  ...over,
});

const refusal = (d: RequestDecision | PairDecision | ReturnType<typeof decideNewRequest>) =>
  d.kind === 'refused' ? d.error.code : undefined;
const free = { capacity: 2, load: 1, pairId: 'pair-new' };

describe('sending a request', () => {
  const ask = { programmeId: 'mentoring' as const, mentorId: MENTOR, menteeId: MENTEE, message: 'Hello' };

  it('lets a mentee ask a mentor: pending for two weeks from now, and the mentor is told', () => {
    const d = decideNewRequest(ask, MENTEE, fits, NOW, 'request-new');
    expect(d).toEqual({
      kind: 'decided',
      request: {
        id: 'request-new',
        ...ask,
        requestedBy: MENTEE,
        status: 'pending',
        score: 30,
        reasons,
        createdAt: new Date(NOW).toISOString(),
        expiresAt: new Date(NOW + REQUEST_TTL_DAYS * DAY).toISOString(),
      },
      notices: [
        {
          to: MENTOR,
          kind: 'requestReceived',
          about: MENTEE,
          programmeId: 'mentoring',
          subject: 'requests/request-new',
        },
      ],
    });
  });

  it('lets a mentor offer to mentor, and tells the mentee', () => {
    const d = decideNewRequest(ask, MENTOR, fits, NOW, 'request-new');
    expect(d.kind === 'decided' && d.notices).toEqual([
      { to: MENTEE, kind: 'requestReceived', about: MENTOR, programmeId: 'mentoring', subject: 'requests/request-new' },
    ]);
  });

  it('refuses a request for a pair the asker is not part of', () => {
    expect(refusal(decideNewRequest(ask, STRANGER, fits, NOW, 'request-new'))).toBe('not_your_request');
  });

  it('refuses a mentor who is not taking mentees and a mentee who is not looking for a mentor', () => {
    expect(refusal(decideNewRequest(ask, MENTEE, { kind: 'not_a_mentor' }, NOW, 'request-new'))).toBe('not_a_mentor');
    expect(refusal(decideNewRequest(ask, MENTOR, { kind: 'not_a_mentee' }, NOW, 'request-new'))).toBe('not_a_mentee');
  });

  it('refuses a pair that breaks a hard rule, naming the rules', () => {
    const d = decideNewRequest(
      ask,
      MENTEE,
      { ...fits, violations: ['reporting_line', 'no_shared_language'] },
      NOW,
      'request-new',
    );
    expect(d.kind === 'refused' && d.error).toMatchObject({
      code: 'pair_not_allowed',
      details: { violations: ['reporting_line', 'no_shared_language'] },
    });
  });
});

describe('answering a request', () => {
  it('lets the other person accept: an active pair both have confirmed, and the asker is told', () => {
    const d = decideRequest(request(), MENTOR, 'accept', NOW, free);
    expect(d).toEqual({
      kind: 'decided',
      status: 'accepted',
      pair: {
        id: 'pair-new',
        programmeId: 'mentoring',
        mentorId: MENTOR,
        menteeId: MENTEE,
        status: 'active',
        source: 'request',
        score: 30,
        reasons,
        mentorConfirmed: true,
        menteeConfirmed: true,
        endedReason: null,
        flag: null,
        pausedUntil: null,
        createdAt: new Date(NOW).toISOString(),
      },
      notices: [
        { to: MENTEE, kind: 'requestAccepted', about: MENTOR, programmeId: 'mentoring', subject: 'pairs/pair-new' },
      ],
    });
  });

  it('lets a mentee accept a mentor’s offer', () => {
    const d = decideRequest(request({ requestedBy: MENTOR }), MENTEE, 'accept', NOW, free);
    expect(d.kind === 'decided' && d.notices).toEqual([
      { to: MENTOR, kind: 'requestAccepted', about: MENTEE, programmeId: 'mentoring', subject: 'pairs/pair-new' },
    ]);
  });

  it('lets the other person decline, with no pair and nobody told', () => {
    expect(decideRequest(request(), MENTOR, 'decline', NOW)).toEqual({
      kind: 'decided',
      status: 'declined',
      pair: null,
      notices: [],
    });
  });

  it('refuses an accept when the mentor no longer takes mentees or has no free place', () => {
    expect(
      refusal(decideRequest(request(), MENTOR, 'accept', NOW, { capacity: undefined, load: 0, pairId: 'pair-new' })),
    ).toBe('not_a_mentor');
    expect(refusal(decideRequest(request(), MENTOR, 'accept', NOW, { capacity: 2, load: 2, pairId: 'pair-new' }))).toBe(
      'mentor_full',
    );
    expect(refusal(decideRequest(request(), MENTOR, 'accept', NOW, { capacity: 1, load: 3, pairId: 'pair-new' }))).toBe(
      'mentor_full',
    );
  });

  it('does not let the asker answer their own request', () => {
    expect(refusal(decideRequest(request(), MENTEE, 'accept', NOW, free))).toBe('not_yours_to_answer');
    expect(refusal(decideRequest(request(), MENTEE, 'decline', NOW))).toBe('not_yours_to_answer');
  });

  it('shows no such request to someone outside it, or when there is none', () => {
    for (const action of ['accept', 'decline', 'withdraw'] as const) {
      expect(refusal(decideRequest(request(), STRANGER, action, NOW, free))).toBe('request_not_found');
      expect(refusal(decideRequest(undefined, MENTOR, action, NOW, free))).toBe('request_not_found');
    }
  });

  it('refuses every action on a request that is no longer pending', () => {
    for (const status of ['accepted', 'declined', 'expired', 'withdrawn'] satisfies RequestStatus[]) {
      expect(refusal(decideRequest(request({ status }), MENTOR, 'accept', NOW, free))).toBe('request_closed');
      expect(refusal(decideRequest(request({ status }), MENTOR, 'decline', NOW))).toBe('request_closed');
      expect(refusal(decideRequest(request({ status }), MENTEE, 'withdraw', NOW))).toBe('request_closed');
    }
  });
});

describe('a request’s deadline', () => {
  const deadline = NOW;

  it('still accepts an answer at the deadline itself', () => {
    expect(
      decideRequest(request({ expiresAt: new Date(deadline).toISOString() }), MENTOR, 'accept', deadline, free).kind,
    ).toBe('decided');
  });

  it('expires the request answered after it, and refuses the answer', () => {
    const late = request({ expiresAt: new Date(deadline).toISOString() });
    for (const action of ['accept', 'decline'] as const) {
      const d = decideRequest(late, MENTOR, action, deadline + 1, free);
      expect(d).toMatchObject({ kind: 'refused', expires: true, error: { code: 'request_expired' } });
    }
  });

  it('expires the request withdrawn after it: there is nothing left to withdraw', () => {
    const d = decideRequest(request({ expiresAt: new Date(deadline).toISOString() }), MENTEE, 'withdraw', deadline + 1);
    expect(d).toMatchObject({ kind: 'refused', expires: true, error: { code: 'request_closed' } });
  });

  it('expires nothing when the refusal is about who acts', () => {
    const late = request({ expiresAt: new Date(deadline).toISOString() });
    expect(decideRequest(late, MENTEE, 'accept', deadline + 1, free)).toMatchObject({
      kind: 'refused',
      expires: false,
    });
    expect(decideRequest(late, STRANGER, 'accept', deadline + 1, free)).toMatchObject({
      kind: 'refused',
      expires: false,
    });
  });
});

describe('withdrawing a request', () => {
  it('lets the asker take back a pending request, telling nobody', () => {
    expect(decideRequest(request(), MENTEE, 'withdraw', NOW)).toEqual({
      kind: 'decided',
      status: 'withdrawn',
      pair: null,
      notices: [],
    });
  });

  it('does not let the other person withdraw it: they decline instead', () => {
    expect(refusal(decideRequest(request(), MENTOR, 'withdraw', NOW))).toBe('not_your_request');
  });
});

describe('a pair’s lifecycle', () => {
  const ALLOWED: Record<PairStatus, Record<PairAction, PairStatus | null>> = {
    proposed: { confirm: 'proposed', resume: null, complete: null, end: 'ended' },
    active: { confirm: null, resume: null, complete: 'completed', end: 'ended' },
    paused: { confirm: null, resume: 'active', complete: 'completed', end: 'ended' },
    completed: { confirm: null, resume: null, complete: null, end: null },
    ended: { confirm: null, resume: null, complete: null, end: null },
  };

  it('allows exactly the moves each status allows, to either person of the pair', () => {
    for (const [status, moves] of Object.entries(ALLOWED) as [PairStatus, Record<PairAction, PairStatus | null>][]) {
      for (const [action, next] of Object.entries(moves) as [PairAction, PairStatus | null][]) {
        for (const actor of [MENTOR, MENTEE]) {
          const current = pair({
            status,
            mentorConfirmed: status !== 'proposed',
            menteeConfirmed: status !== 'proposed',
          });
          const d = decidePair(current, actor, action);
          if (next === null) expect(refusal(d), `${status} ${action}`).toBe('invalid_transition');
          else expect(d.kind === 'decided' && d.next.status, `${status} ${action}`).toBe(next);
        }
      }
    }
  });

  it('becomes active once both people have confirmed a proposal, in either order', () => {
    const proposed = pair({ status: 'proposed', source: 'round', mentorConfirmed: false, menteeConfirmed: false });
    const first = decidePair(proposed, MENTEE, 'confirm');
    expect(first.kind === 'decided' && first.next).toMatchObject({
      status: 'proposed',
      menteeConfirmed: true,
      mentorConfirmed: false,
    });
    const second = decidePair({ ...proposed, menteeConfirmed: true }, MENTOR, 'confirm');
    expect(second.kind === 'decided' && second.next).toMatchObject({
      status: 'active',
      menteeConfirmed: true,
      mentorConfirmed: true,
    });
    const mentorFirst = decidePair(proposed, MENTOR, 'confirm');
    expect(mentorFirst.kind === 'decided' && mentorFirst.next).toMatchObject({
      status: 'proposed',
      mentorConfirmed: true,
      menteeConfirmed: false,
    });
  });

  it('tells the other person when a pair ends, and keeps the reason given', () => {
    const d = decidePair(pair(), MENTEE, 'end', 'We reached our goals');
    expect(d).toEqual({
      kind: 'decided',
      next: {
        status: 'ended',
        mentorConfirmed: true,
        menteeConfirmed: true,
        endedReason: 'We reached our goals',
        flag: null,
        pausedUntil: null,
      },
      notices: [{ to: MENTOR, kind: 'pairEnded', about: MENTEE, programmeId: 'reverse', subject: 'pairs/pair-1' }],
    });
  });

  it('says a person ended it when no reason is given', () => {
    const d = decidePair(pair({ status: 'proposed' }), MENTOR, 'end');
    expect(d.kind === 'decided' && d.next.endedReason).toBe('ended_by_person');
    expect(d.kind === 'decided' && d.notices).toEqual([
      { to: MENTEE, kind: 'pairEnded', about: MENTOR, programmeId: 'reverse', subject: 'pairs/pair-1' },
    ]);
  });

  it('tells nobody about a pause, a resume, a confirmation or a completion', () => {
    expect(decidePause(pair(), MENTOR, '2026-11-20', '2026-11-02')).toMatchObject({ notices: [] });
    expect(decidePair(pair({ status: 'paused' }), MENTOR, 'resume')).toMatchObject({ notices: [] });
    expect(decidePair(pair({ status: 'proposed', menteeConfirmed: false }), MENTEE, 'confirm')).toMatchObject({
      notices: [],
    });
    expect(decidePair(pair(), MENTEE, 'complete')).toMatchObject({ notices: [] });
  });

  it('shows no such pair to someone outside it, or when there is none', () => {
    expect(refusal(decidePair(pair(), STRANGER, 'resume'))).toBe('pair_not_found');
    expect(refusal(decidePair(undefined, MENTOR, 'resume'))).toBe('pair_not_found');
    expect(refusal(decidePause(pair(), STRANGER, '2026-11-20', '2026-11-02'))).toBe('pair_not_found');
    expect(refusal(decidePause(undefined, MENTOR, '2026-11-20', '2026-11-02'))).toBe('pair_not_found');
  });
});

describe('pausing until a day', () => {
  const TODAY = '2026-11-02';

  it('pauses an active pair until the day given, for either person', () => {
    for (const actor of [MENTOR, MENTEE]) {
      const d = decidePause(pair(), actor, '2026-11-03', TODAY);
      expect(d.kind === 'decided' && d.next).toMatchObject({ status: 'paused', pausedUntil: '2026-11-03' });
    }
  });

  it('pauses only an active pair', () => {
    for (const status of ['proposed', 'paused', 'completed', 'ended'] as const)
      expect(refusal(decidePause(pair({ status }), MENTOR, '2026-11-20', TODAY)), status).toBe('invalid_transition');
  });

  it('refuses an end date of today or earlier', () => {
    expect(refusal(decidePause(pair(), MENTOR, TODAY, TODAY))).toBe('pause_end_not_future');
    expect(refusal(decidePause(pair(), MENTOR, '2026-10-30', TODAY))).toBe('pause_end_not_future');
  });

  it('allows six months at most, and says the last day allowed', () => {
    expect(MAX_PAUSE_DAYS).toBe(183);
    expect(decidePause(pair(), MENTOR, '2027-05-04', TODAY).kind).toBe('decided');
    const d = decidePause(pair(), MENTOR, '2027-05-05', TODAY);
    expect(d.kind === 'refused' && d.error).toMatchObject({
      code: 'pause_too_long',
      details: { latest: '2027-05-04' },
    });
  });

  it('forgets the end date when the pair is resumed, completed or ended', () => {
    const paused = pair({ status: 'paused', pausedUntil: '2026-12-01' });
    for (const action of ['resume', 'complete', 'end'] as const) {
      const d = decidePair(paused, MENTOR, action);
      expect(d.kind === 'decided' && d.next.pausedUntil, action).toBeNull();
    }
  });

  it('resumes by itself on the end date, only if the same pause still holds', () => {
    const paused = pair({ status: 'paused', pausedUntil: '2026-12-01' });
    expect(decideScheduledResume(paused, '2026-12-01')).toMatchObject({ status: 'active', pausedUntil: null });
    // Resumed by hand, paused again until another day, ended, or gone: nothing to do.
    expect(decideScheduledResume(pair(), '2026-12-01')).toBeNull();
    expect(decideScheduledResume({ ...paused, pausedUntil: '2026-12-15' }, '2026-12-01')).toBeNull();
    expect(decideScheduledResume(pair({ status: 'ended' }), '2026-12-01')).toBeNull();
    expect(decideScheduledResume(undefined, '2026-12-01')).toBeNull();
  });
});

describe('a pair the organisation ends', () => {
  it('ends a live pair with the reason as its flag, and tells both people', () => {
    const d = decideOrganisationEnd(pair({ status: 'paused' }), 'reporting_line', () => true);
    expect(d).toEqual({
      next: {
        status: 'ended',
        mentorConfirmed: true,
        menteeConfirmed: true,
        endedReason: 'reporting_line',
        flag: 'reporting_line',
        pausedUntil: null,
      },
      notices: [
        { to: MENTOR, kind: 'pairEnded', about: MENTEE, programmeId: 'reverse', subject: 'pairs/pair-1' },
        { to: MENTEE, kind: 'pairEnded', about: MENTOR, programmeId: 'reverse', subject: 'pairs/pair-1' },
      ],
    });
  });

  it('tells only whoever is still in the organisation when someone left', () => {
    const d = decideOrganisationEnd(pair({ status: 'proposed' }), 'person_left', (id) => id !== MENTOR);
    expect(d?.notices).toEqual([
      { to: MENTEE, kind: 'pairEnded', about: MENTOR, programmeId: 'reverse', subject: 'pairs/pair-1' },
    ]);
  });

  it('leaves a pair that is no longer live as it is', () => {
    expect(decideOrganisationEnd(pair({ status: 'completed' }), 'person_left', () => false)).toBeNull();
    expect(decideOrganisationEnd(pair({ status: 'ended' }), 'reporting_line', () => true)).toBeNull();
  });
});
