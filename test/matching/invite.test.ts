import { describe, expect, it } from 'vitest';
import { decideInvitation, INVITATIONS_PER_DAY, type Invitee } from '../../server/matching/invite.js';
import type { ProgrammeId } from '../../server/matching/schemas.js';

// Who may be invited to mentor, and how often, decided without a database.

const ME = 'me';
const COLLEAGUE = 'colleague';
const NOW = Date.parse('2026-11-02T09:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const ask: { personId: string; programmeId: ProgrammeId; kind: 'mentoring' | 'reverse' } = {
  personId: COLLEAGUE,
  programmeId: 'mentoring',
  kind: 'mentoring',
};
const able: Invitee = { found: true, level: 7, mentoring: false };
const decide = (invitee: Partial<Invitee> = {}, sent: Parameters<typeof decideInvitation>[3] = [], input = ask) =>
  decideInvitation(input, ME, { ...able, ...invitee }, sent, NOW, 'inv-1');
const code = (d: ReturnType<typeof decideInvitation>) => (d.kind === 'refused' ? d.error.code : undefined);

describe('inviting a colleague to mentor', () => {
  it('is an invitation to that person and programme, made now', () => {
    expect(decide()).toEqual({
      kind: 'decided',
      invitation: {
        id: 'inv-1',
        personId: COLLEAGUE,
        programmeId: 'mentoring',
        createdAt: new Date(NOW).toISOString(),
      },
    });
  });

  it('refuses inviting yourself, and someone not in your organisation', () => {
    expect(code(decide({}, [], { personId: ME, programmeId: 'mentoring', kind: 'mentoring' }))).toBe(
      'cannot_invite_yourself',
    );
    expect(code(decide({ found: false }))).toBe('person_not_found');
  });

  it('refuses someone whose level closes the mentor role there, and says why; an unknown level may be invited', () => {
    const d = decide({ level: 1 });
    expect(d.kind === 'refused' && d.error).toMatchObject({
      code: 'invitee_not_eligible',
      statusCode: 409,
      details: { reason: 'mentors_more_senior' },
    });
    expect(code(decide({ level: 8 }, [], { personId: COLLEAGUE, programmeId: 'reverse', kind: 'reverse' }))).toBe(
      'invitee_not_eligible',
    );
    expect(decide({ level: null }).kind).toBe('decided');
  });

  it('refuses someone already mentoring in that programme', () => {
    expect(code(decide({ mentoring: true }))).toBe('already_mentoring');
  });

  it('refuses the same invitation within 14 days, not after, nor for another programme', () => {
    const sent = (ago: number, programmeId: 'mentoring' | 'reverse' = 'mentoring') => [
      { personId: COLLEAGUE, programmeId, createdAtMs: NOW - ago },
    ];
    expect(code(decide({}, sent(13 * DAY)))).toBe('already_invited');
    expect(decide({}, sent(14 * DAY + HOUR)).kind).toBe('decided');
    expect(
      decide({ level: 3 }, sent(HOUR), { personId: COLLEAGUE, programmeId: 'reverse', kind: 'reverse' }).kind,
    ).toBe('decided');
    expect(
      code(
        decide({ level: 3 }, sent(HOUR, 'reverse'), { personId: COLLEAGUE, programmeId: 'reverse', kind: 'reverse' }),
      ),
    ).toBe('already_invited');
  });

  it('allows 10 invitations in 24 hours, then says when the next one may go', () => {
    const sent = Array.from({ length: INVITATIONS_PER_DAY }, (_, i) => ({
      personId: `someone-${i}`,
      programmeId: 'mentoring' as const,
      createdAtMs: NOW - (20 - i) * HOUR,
    }));
    expect(decide({}, sent.slice(1)).kind).toBe('decided');
    const d = decide({}, sent);
    expect(d.kind === 'refused' && d.error).toMatchObject({ code: 'too_many_invitations', statusCode: 429 });
    // The oldest was sent 20 hours ago: free again in 4 hours.
    expect(d.kind === 'refused' && d.error.retryAfterSeconds).toBe(4 * 60 * 60);
    // Invitations older than a day do not count.
    expect(
      decide(
        {},
        sent.map((s) => ({ ...s, createdAtMs: s.createdAtMs - 5 * HOUR })),
      ).kind,
    ).toBe('decided');
  });
});
