import type { Enrolments, ListedPair, ListedRequest, Role, ProgrammeId } from '../../server/matching/schemas';
import type { Occurrence, PastOccurrence, Series } from '../../server/scheduling/schemas';

// Where the person stands, as one next step for Home: pure, from the answers Home already has.
// The order is what is most pressing: someone waiting for their answer, a session about to
// start, telling how the last one went, the next session, then what they are waiting for.

/** A role the person asked for in a programme and does not have yet (a mentee without a mentor ...). */
export interface OpenRole {
  programmeId: ProgrammeId;
  as: Role;
}

export type NextStep =
  | { kind: 'join' }
  | { kind: 'allPaused' }
  | { kind: 'answer'; request: ListedRequest; count: number }
  | { kind: 'confirm'; pair: ListedPair }
  | { kind: 'session'; series: Series; occurrence: Occurrence; soon: boolean }
  | { kind: 'checkIn'; series: Series; occurrence: PastOccurrence }
  | { kind: 'booking'; pair: ListedPair }
  | { kind: 'pairPaused'; pair: ListedPair }
  | { kind: 'sent'; request: ListedRequest }
  | { kind: 'choose'; role: OpenRole; count: number }
  | { kind: 'waiting'; role: OpenRole };

export interface Standing {
  me: string;
  enrolments: Enrolments;
  pairs: readonly ListedPair[];
  requests: readonly ListedRequest[];
  /** Undefined while meetings load or when they cannot: the steps about sessions wait. */
  meetings: readonly Series[] | undefined;
  /** How many people fit each open role ("programmeId:as"), once known. */
  suggestions: Readonly<Record<string, number | undefined>>;
  now: number;
}

const HOUR = 60 * 60 * 1000;
/** A session starting this soon (or under way) is the next step itself: join it. */
const SOON_MS = HOUR;
/** A session that ended longer ago than this is not worth a check-in reminder on Home. */
const CHECK_IN_DAYS = 14;
const LIVE = new Set(['proposed', 'active', 'paused']);

export const roleKey = ({ programmeId, as }: OpenRole) => `${programmeId}:${as}`;

/**
 * The roles the person asked for that are still open: a mentee without a live pair in the
 * programme, a mentor with free places. Paused programmes ask for nothing.
 */
export function openRoles(me: string, enrolments: Enrolments, pairs: readonly ListedPair[]): OpenRole[] {
  const live = pairs.filter((p) => LIVE.has(p.status));
  return enrolments.enrolments
    .filter((e) => !e.paused)
    .flatMap((e): OpenRole[] => {
      const asMentee = live.some((p) => p.programmeId === e.programmeId && p.menteeId === me);
      const mentoring = live.filter((p) => p.programmeId === e.programmeId && p.mentorId === me).length;
      return [
        ...(e.asMentee && !asMentee ? [{ programmeId: e.programmeId, as: 'mentee' as const }] : []),
        ...(e.asMentor && mentoring < e.capacity ? [{ programmeId: e.programmeId, as: 'mentor' as const }] : []),
      ];
    });
}

/** The one step Home puts first, or null when nothing waits on the person. */
export function nextStep(s: Standing): NextStep | null {
  const live = s.pairs.filter((p) => LIVE.has(p.status));
  const pending = s.requests.filter((r) => r.status === 'pending');
  const received = pending.filter((r) => r.requestedBy !== s.me);

  if (s.enrolments.enrolments.length === 0 && live.length === 0 && received.length === 0) return { kind: 'join' };
  if (received.length > 0) return { kind: 'answer', request: received.at(-1)!, count: received.length };

  const toConfirm = live.find(
    (p) => p.status === 'proposed' && !(p.mentorId === s.me ? p.mentorConfirmed : p.menteeConfirmed),
  );
  if (toConfirm) return { kind: 'confirm', pair: toConfirm };

  const sessions = (s.meetings ?? [])
    .filter((series) => series.next)
    .map((series) => ({ series, occurrence: series.next! }))
    .sort((a, b) => Date.parse(a.occurrence.start) - Date.parse(b.occurrence.start));
  const first = sessions[0];
  if (first && Date.parse(first.occurrence.start) - s.now <= SOON_MS) return { kind: 'session', ...first, soon: true };

  const unchecked = (s.meetings ?? [])
    .flatMap((series) =>
      series.past
        .filter((o) => o.checkin === null && o.status === 'scheduled')
        .filter((o) => s.now - Date.parse(o.end) <= CHECK_IN_DAYS * 24 * HOUR)
        .map((occurrence) => ({ series, occurrence })),
    )
    .sort((a, b) => Date.parse(b.occurrence.end) - Date.parse(a.occurrence.end));
  if (unchecked[0]) return { kind: 'checkIn', ...unchecked[0] };
  if (first) return { kind: 'session', ...first, soon: false };

  const active = live.find((p) => p.status === 'active');
  if (active) return { kind: 'booking', pair: active };
  const paused = live.find((p) => p.status === 'paused');
  if (paused) return { kind: 'pairPaused', pair: paused };

  const sent = pending.find((r) => r.requestedBy === s.me);
  if (sent) return { kind: 'sent', request: sent };

  const roles = openRoles(s.me, s.enrolments, s.pairs);
  if (roles.length === 0) return s.enrolments.enrolments.every((e) => e.paused) ? { kind: 'allPaused' } : null;
  // A role with people to choose from first; a mentee no mentor fits before a mentor nobody asked.
  const choose = roles.find((r) => (s.suggestions[roleKey(r)] ?? 0) > 0);
  if (choose) return { kind: 'choose', role: choose, count: s.suggestions[roleKey(choose)]! };
  const waiting = roles.find((r) => r.as === 'mentee') ?? roles[0]!;
  return { kind: 'waiting', role: waiting };
}
