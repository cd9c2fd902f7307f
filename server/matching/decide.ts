import { AppError } from '../errors.js';
import { TAB_PATHS } from '../teams-app.js';
import { DAY, formatWall, parseDate } from '../time/wall.js';
import type { StoredPair, StoredRequest } from './model.js';
import type {
  MatchReason,
  OrganisationEnd,
  PairAction,
  RequestAnswer,
  RequestStatus,
  RuleViolation,
  ProgrammeId,
} from './schemas.js';

// The lifecycles of requests and pairs as pure decisions: given what is stored now, who acts and
// what they ask, the decision says what the state becomes and what the change owes (a pair to
// create, people to tell), or why it is refused. The callers (requests.ts, pairs.ts, review.ts)
// read the state with its lock, decide, and apply the decision in the same transaction.

/** How long a request waits for an answer. */
export const REQUEST_TTL_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Someone a change is told to (notify/activities.ts), naming another person and the programme. */
export interface Notice {
  to: string;
  kind: 'requestReceived' | 'requestAccepted' | 'pairEnded' | 'matchSuggested';
  /** The person the notification names. */
  about: string;
  programmeId: ProgrammeId;
  /** The tab's route the notification opens: the request or the pair it is about (TAB_PATHS). */
  subject: string;
}

export type Refused = { kind: 'refused'; error: AppError };

// Requests

/** What a request asks for. */
export interface RequestInput {
  programmeId: ProgrammeId;
  mentorId: string;
  menteeId: string;
  message: string | null;
}

/**
 * How the two people fit in the programme now: either is not taking part in their role, or the
 * hard rules the pair breaks (none: allowed) with its score and reasons.
 */
export type Fit =
  | { kind: 'not_a_mentor' }
  | { kind: 'not_a_mentee' }
  | { kind: 'scored'; violations: RuleViolation[]; score: number; reasons: MatchReason[] };

/**
 * A person asks another to pair: the asker is the mentee asking a mentor, or a mentor offering to
 * mentor. The pair must pass every hard rule now; its score and reasons travel with the request
 * (saved as `id`), which waits REQUEST_TTL_DAYS for the other person's answer. The other person is told.
 */
export function decideNewRequest(
  input: RequestInput,
  asker: string,
  fit: Fit,
  now: number,
  id: string,
): Refused | { kind: 'decided'; request: StoredRequest; notices: Notice[] } {
  if (asker !== input.mentorId && asker !== input.menteeId)
    return refuse('not_your_request', 'You can only ask for a pair you are part of.');
  if (fit.kind === 'not_a_mentor')
    return refuse('not_a_mentor', 'That person is not taking mentees in this programme right now.');
  if (fit.kind === 'not_a_mentee')
    return refuse('not_a_mentee', 'That person is not looking for a mentor in this programme right now.');
  if (fit.violations.length > 0) {
    const violations = fit.violations;
    return {
      kind: 'refused',
      error: new AppError('pair_not_allowed', `This pair is not allowed: ${violations.join(', ')}.`, { violations }),
    };
  }
  const other = asker === input.mentorId ? input.menteeId : input.mentorId;
  return {
    kind: 'decided',
    request: {
      id,
      ...input,
      requestedBy: asker,
      status: 'pending',
      score: fit.score,
      reasons: fit.reasons,
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + REQUEST_TTL_DAYS * DAY_MS).toISOString(),
    },
    notices: [
      {
        to: other,
        kind: 'requestReceived',
        about: asker,
        programmeId: input.programmeId,
        subject: TAB_PATHS.request(id),
      },
    ],
  };
}

export type RequestAction = RequestAnswer | 'withdraw';

/**
 * What accepting needs to know: the mentor's capacity (undefined: no longer a mentor there) and
 * live pairs, and the id the pair gets.
 */
export interface MentorPlaces {
  capacity: number | undefined;
  load: number;
  pairId: string;
}

export type RequestDecision =
  | (Refused & {
      /** A pending request found past its deadline expires all the same. */
      expires: boolean;
    })
  | { kind: 'decided'; status: RequestStatus; pair: StoredPair | null; notices: Notice[] };

/**
 * The other person answers a pending request (accepting creates an active pair if the mentor has
 * a free place), or the person who sent it withdraws it. A pending request past its deadline at
 * `now` is expired whatever is asked. Anyone else finds no such request.
 */
export function decideRequest(
  current: StoredRequest | undefined,
  actor: string,
  action: RequestAction,
  now: number,
  mentor?: MentorPlaces,
): RequestDecision {
  const refused = (error: Refused, expires = false): RequestDecision => ({ ...error, expires });
  if (!current || (actor !== current.mentorId && actor !== current.menteeId)) {
    return refused(refuse('request_not_found', 'No such request.'));
  }
  if (action === 'withdraw' && actor !== current.requestedBy) {
    return refused(
      refuse('not_your_request', 'Only the person who sent a request can withdraw it; you can decline it instead.'),
    );
  }
  if (action !== 'withdraw' && actor === current.requestedBy) {
    return refused(
      refuse('not_yours_to_answer', 'The other person answers a request; you can withdraw yours instead.'),
    );
  }
  if (current.status !== 'pending')
    return refused(refuse('request_closed', `This request is already ${current.status}.`));
  if (Date.parse(current.expiresAt) < now) {
    return action === 'withdraw'
      ? refused(refuse('request_closed', 'This request is already expired.'), true)
      : refused(refuse('request_expired', 'This request has expired. Send a new one if you still want to pair.'), true);
  }
  if (action === 'withdraw') return { kind: 'decided', status: 'withdrawn', pair: null, notices: [] };
  if (action === 'decline') return { kind: 'decided', status: 'declined', pair: null, notices: [] };

  if (mentor?.capacity === undefined)
    return refused(refuse('not_a_mentor', 'The mentor is no longer taking mentees in this programme.'));
  if (mentor.load >= mentor.capacity)
    return refused(refuse('mentor_full', 'The mentor has no free place left in this programme.'));
  return {
    kind: 'decided',
    status: 'accepted',
    pair: {
      id: mentor.pairId,
      programmeId: current.programmeId,
      mentorId: current.mentorId,
      menteeId: current.menteeId,
      status: 'active',
      source: 'request',
      score: current.score,
      reasons: current.reasons,
      mentorConfirmed: true,
      menteeConfirmed: true,
      endedReason: null,
      flag: null,
      pausedUntil: null,
      createdAt: new Date(now).toISOString(),
    },
    notices: [
      {
        to: current.requestedBy,
        kind: 'requestAccepted',
        about: actor,
        programmeId: current.programmeId,
        subject: TAB_PATHS.pair(mentor.pairId),
      },
    ],
  };
}

// Pairs

/** What a decision may change of a pair. */
export type PairState = Pick<
  StoredPair,
  'status' | 'mentorConfirmed' | 'menteeConfirmed' | 'endedReason' | 'flag' | 'pausedUntil'
>;

export type PairDecision = Refused | { kind: 'decided'; next: PairState; notices: Notice[] };

/**
 * A person of the pair moves it along its lifecycle: both confirm a proposed pair to make it
 * active; a paused one can be resumed (before its end date too); a live one completed (once
 * started) or ended, with a reason the other person is told about. Pausing takes an end date:
 * decidePause. Anyone else finds no such pair.
 */
export function decidePair(
  current: StoredPair | undefined,
  actor: string,
  action: PairAction,
  reason?: string,
): PairDecision {
  if (!current || (actor !== current.mentorId && actor !== current.menteeId))
    return refuse('pair_not_found', 'No such pair.');
  const isMentor = actor === current.mentorId;
  const { status } = current;
  const to = (next: Partial<PairState>): PairDecision => ({
    kind: 'decided',
    next: { ...stateOf(current), ...next },
    notices: [],
  });
  const invalid = () => refuse('invalid_transition', `A ${status} pair cannot be asked to ${action}.`);
  switch (action) {
    case 'confirm': {
      if (status !== 'proposed') return invalid();
      const mentorConfirmed = current.mentorConfirmed || isMentor;
      const menteeConfirmed = current.menteeConfirmed || !isMentor;
      return to({
        status: mentorConfirmed && menteeConfirmed ? 'active' : 'proposed',
        mentorConfirmed,
        menteeConfirmed,
      });
    }
    case 'resume':
      return status === 'paused' ? to({ status: 'active', pausedUntil: null }) : invalid();
    case 'complete':
      return status === 'active' || status === 'paused' ? to({ status: 'completed', pausedUntil: null }) : invalid();
    case 'end': {
      if (status === 'completed' || status === 'ended') return invalid();
      const other = isMentor ? current.menteeId : current.mentorId;
      return {
        kind: 'decided',
        next: { ...stateOf(current), status: 'ended', endedReason: reason ?? 'ended_by_person', pausedUntil: null },
        notices: [
          {
            to: other,
            kind: 'pairEnded',
            about: actor,
            programmeId: current.programmeId,
            subject: TAB_PATHS.pair(current.id),
          },
        ],
      };
    }
  }
}

/** The longest pause: about six months. */
export const MAX_PAUSE_DAYS = 183;

/**
 * A person of an active pair pauses it until `until` ("YYYY-MM-DD"), a day after `today` (the
 * person's own date) and at most MAX_PAUSE_DAYS ahead; on that day it resumes by itself.
 */
export function decidePause(
  current: StoredPair | undefined,
  actor: string,
  until: string,
  today: string,
): PairDecision {
  if (!current || (actor !== current.mentorId && actor !== current.menteeId))
    return refuse('pair_not_found', 'No such pair.');
  if (current.status !== 'active')
    return refuse('invalid_transition', `A ${current.status} pair cannot be asked to pause.`);
  const days = (parseDate(until) - parseDate(today)) / DAY;
  if (days < 1) return refuse('pause_end_not_future', 'Choose a day after today for the pause to end.');
  if (days > MAX_PAUSE_DAYS) {
    const latest = formatWall(parseDate(today) + MAX_PAUSE_DAYS * DAY).slice(0, 10);
    return {
      kind: 'refused',
      error: new AppError('pause_too_long', `A pause can last up to six months: until ${latest} at the latest.`, {
        latest,
      }),
    };
  }
  return { kind: 'decided', next: { ...stateOf(current), status: 'paused', pausedUntil: until }, notices: [] };
}

/**
 * The end date of a pause has come: the pair resumes, if it is still paused by that same pause
 * (`until`); null when someone has meanwhile resumed, ended or paused it again.
 */
export function decideScheduledResume(current: StoredPair | undefined, until: string): PairState | null {
  if (!current || current.status !== 'paused' || current.pausedUntil !== until) return null;
  return { ...stateOf(current), status: 'active', pausedUntil: null };
}

/**
 * The organisation ended a live pair (someone left, or a re-org put one in the other's reporting
 * line): it ends with the reason as its flag, and whichever of the two is still there is told.
 * Null when the pair is no longer live: nothing to end.
 */
export function decideOrganisationEnd(
  current: StoredPair,
  reason: OrganisationEnd,
  present: (personId: string) => boolean,
): { next: PairState; notices: Notice[] } | null {
  if (current.status === 'completed' || current.status === 'ended') return null;
  const notices: Notice[] = [];
  const subject = TAB_PATHS.pair(current.id);
  if (present(current.mentorId))
    notices.push({
      to: current.mentorId,
      kind: 'pairEnded',
      about: current.menteeId,
      programmeId: current.programmeId,
      subject,
    });
  if (present(current.menteeId))
    notices.push({
      to: current.menteeId,
      kind: 'pairEnded',
      about: current.mentorId,
      programmeId: current.programmeId,
      subject,
    });
  return {
    next: { ...stateOf(current), status: 'ended', endedReason: reason, flag: reason, pausedUntil: null },
    notices,
  };
}

function stateOf(pair: StoredPair): PairState {
  return {
    status: pair.status,
    mentorConfirmed: pair.mentorConfirmed,
    menteeConfirmed: pair.menteeConfirmed,
    endedReason: pair.endedReason,
    flag: pair.flag,
    pausedUntil: pair.pausedUntil,
  };
}

function refuse(code: ConstructorParameters<typeof AppError>[0], message: string): Refused {
  return { kind: 'refused', error: new AppError(code, message) };
}
