import { describe, expect, it } from 'vitest';
import { decideJoinInvitations } from '../../server/hr/invite.js';
import { decideNudge } from '../../server/hr/nudge.js';
import type { Invitee } from '../../server/hr/store/invitees.js';
import { decideHrEnd } from '../../server/matching/decide.js';
import type { StoredPair } from '../../server/matching/model.js';
import { STANDARD } from '../../server/programmes/standard.js';
import type { StoredProgramme } from '../../server/programmes/store/programmes.js';

// HR's decisions as pure functions: nudging once a day, inviting all or none, ending any live pair.

const HOUR = 3_600_000;
const now = Date.parse('2026-12-07T12:00:00Z');
const today = '2026-12-07';

describe('nudging a pair', () => {
  it('is allowed for a live pair never nudged, and again 24 hours after the last nudge', () => {
    expect(decideNudge('active', undefined, now)).toEqual({ kind: 'decided', nextAt: now + 24 * HOUR });
    expect(decideNudge('paused', now - 24 * HOUR, now).kind).toBe('decided');
  });

  it('is refused within 24 hours, saying when it may be again', () => {
    const d = decideNudge('proposed', now - 23 * HOUR, now);
    expect(d.kind === 'refused' && [d.error.code, d.error.retryAfterSeconds, d.error.details]).toEqual([
      'nudged_recently',
      3600,
      { nextAt: new Date(now + HOUR).toISOString() },
    ]);
  });

  it('is refused for a pair that is over', () => {
    for (const status of ['completed', 'ended'] as const) {
      const d = decideNudge(status, undefined, now);
      expect(d.kind === 'refused' && d.error.code).toBe('invalid_transition');
    }
  });
});

const programme = (p: Partial<StoredProgramme> = {}): StoredProgramme => ({
  ...STANDARD.mentoring,
  id: 'p',
  status: 'open',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...p,
});
const person = (id: string, p: Partial<Invitee> = {}): Invitee => ({
  id,
  displayName: id,
  preferredLanguage: null,
  level: 4,
  department: 'Engineering',
  officeLocation: 'Milano',
  country: 'Italy',
  enrolled: false,
  ...p,
});
const decide = (p: StoredProgramme, people: Invitee[], ids = people.map((x) => x.id), recent: string[] = []) =>
  decideJoinInvitations(p, ids, new Map(people.map((x) => [x.id, x])), new Set(recent), now, today, () => 'id');
const refusals = (d: ReturnType<typeof decide>) =>
  d.kind === 'refused' ? [d.error.code, d.error.details] : ['decided', d.invitations.map((i) => i.personId)];

describe('inviting people to join', () => {
  it('invites everyone when everyone may be invited', () => {
    expect(refusals(decide(programme(), [person('a'), person('b')]))).toEqual(['decided', ['a', 'b']]);
  });

  it('invites nobody when anyone may not, naming each with the reason', () => {
    const p = programme({ eligibility: { ...STANDARD.mentoring.eligibility, offices: ['Milano'] } });
    const people = [person('ok'), person('roma', { officeLocation: 'Roma' }), person('in', { enrolled: true })];
    expect(refusals(decide(p, people, ['ok', 'roma', 'in', 'gone']))).toEqual([
      'invitees_refused',
      {
        people: [
          { personId: 'roma', reason: 'not_eligible' },
          { personId: 'in', reason: 'already_enrolled' },
          { personId: 'gone', reason: 'person_not_found' },
        ],
      },
    ]);
    expect(refusals(decide(p, [person('ok')], ['ok'], ['ok']))).toEqual([
      'invitees_refused',
      { people: [{ personId: 'ok', reason: 'invited_recently' }] },
    ]);
  });

  it('counts an invite-only programme as admitting whom HR invites, and a level not known yet as no refusal', () => {
    const p = programme({ eligibility: { ...STANDARD.mentoring.eligibility, inviteOnly: true } });
    expect(refusals(decide(p, [person('a'), person('new', { level: null })]))).toEqual(['decided', ['a', 'new']]);
  });

  it('follows the levels the programme lists', () => {
    const p = programme({ eligibility: { ...STANDARD.mentoring.eligibility, levels: [6, 7] } });
    expect(refusals(decide(p, [person('four'), person('six', { level: 6 })]))[1]).toEqual({
      people: [{ personId: 'four', reason: 'not_eligible' }],
    });
  });

  it('refuses a programme not open for joining', () => {
    for (const status of ['draft', 'closed', 'archived'] as const)
      expect(refusals(decide(programme({ status }), [person('a')]))[0]).toBe('programme_closed');
    expect(refusals(decide(programme({ status: 'open', enrolUntil: '2026-12-01' }), [person('a')]))[0]).toBe(
      'programme_closed',
    );
  });
});

describe('HR ending a pair', () => {
  const pair: StoredPair = {
    id: 'pair',
    programmeId: 'mentoring',
    mentorId: 'm',
    menteeId: 'e',
    status: 'paused',
    source: 'round',
    score: 50,
    reasons: [],
    mentorConfirmed: true,
    menteeConfirmed: true,
    endedReason: null,
    flag: null,
    pausedUntil: '2026-12-20',
    createdAt: '2026-10-01T00:00:00.000Z',
  };

  it('ends any live pair with HR’s reason and tells both, each about the other', () => {
    expect(decideHrEnd(pair, 'Moved on')).toEqual({
      kind: 'decided',
      next: {
        status: 'ended',
        mentorConfirmed: true,
        menteeConfirmed: true,
        endedReason: 'Moved on',
        flag: null,
        pausedUntil: null,
      },
      notices: [
        { to: 'm', kind: 'pairEnded', about: 'e', programmeId: 'mentoring', subject: 'pairs/pair' },
        { to: 'e', kind: 'pairEnded', about: 'm', programmeId: 'mentoring', subject: 'pairs/pair' },
      ],
    });
  });

  it('refuses a pair that is over, and one that does not exist', () => {
    const over = decideHrEnd({ ...pair, status: 'completed' }, 'x');
    expect(over.kind === 'refused' && over.error.code).toBe('invalid_transition');
    const none = decideHrEnd(undefined, 'x');
    expect(none.kind === 'refused' && none.error.code).toBe('pair_not_found');
  });
});
