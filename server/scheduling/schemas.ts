import { Type, type Static } from 'typebox';
import { Cadence, Label, PairStatus, Role, ProgrammeId } from '../matching/schemas.js';
import { PersonSummary } from '../org/schemas.js';
import { Instant, Nullable, Uuid } from '../schemas.js';

// Scheduling's contract: each person's meeting series (one per pair, booked by Tandem in Outlook),
// what they may do with one session, their check-ins and the pair's goal progress. Route types,
// response serialisation and the tab's types all come from here, so this file imports nothing but
// typebox and other schemas. Programme, role, cadence and pair status are matching's words; how a
// person is named is org's.

/**
 * booking: Tandem looks for a time; booked: in both calendars; needs_attention: no time could be
 * booked (see `problem`), retried daily; cancelling/cancelled: the pair ended; replaced: being
 * booked again as a new series.
 */
export const SeriesStatus = Type.Enum(['booking', 'booked', 'needs_attention', 'cancelling', 'cancelled', 'replaced']);
export type SeriesStatus = Static<typeof SeriesStatus>;

export const OccurrenceStatus = Type.Enum(['scheduled', 'skipping', 'skipped', 'rescheduling', 'cancelled']);
export type OccurrenceStatus = Static<typeof OccurrenceStatus>;

/** What came of the last skip or reschedule asked for: move_failed when no other time was free. */
export const LastChange = Type.Enum(['moved', 'move_failed', 'skipped']);
export type LastChange = Static<typeof LastChange>;

/**
 * Why a series could not be booked. On the wire `problem` is a string: one of these codes, with
 * Outlook's own code after a colon for outlook_refused ("outlook_refused:ErrorSomething").
 */
export const ProblemCode = Type.Enum([
  'no_free_slot',
  'no_shared_hours',
  'no_working_hours',
  'no_mailbox',
  'calendar_unreadable',
  'outlook_refused',
]);
export type ProblemCode = Static<typeof ProblemCode>;
export type SeriesProblem = Exclude<ProblemCode, 'outlook_refused'> | `outlook_refused:${string}`;

export const Occurrence = Type.Object({
  id: Uuid,
  start: Instant,
  end: Instant,
  status: OccurrenceStatus,
  lastChange: Type.Optional(Nullable(LastChange)),
  /**
   * Where the session was before one of the pair moved it from Tandem (its time in the series'
   * pattern); null when it was not moved. Sessions the booking placed off the pattern, because
   * someone was busy, were never anywhere else as far as the two know, and say null.
   */
  movedFrom: Nullable(Instant),
});
export type Occurrence = Static<typeof Occurrence>;

/** The reader's own check-in after a session; the other person never sees it. */
export const Checkin = Type.Object({
  happened: Type.Boolean(),
  /** 1 to 5. */
  usefulness: Nullable(Type.Integer()),
  /** 1 to 5. */
  confidence: Nullable(Type.Integer()),
  note: Nullable(Type.String()),
  updatedAt: Instant,
});
export type Checkin = Static<typeof Checkin>;

export const PastOccurrence = Type.Object({
  ...Occurrence.properties,
  /** Null: not checked in yet. */
  checkin: Nullable(Checkin),
});
export type PastOccurrence = Static<typeof PastOccurrence>;

/** One of the mentee's goals for the pair, with how far along it is. */
export const PairGoal = Type.Object({
  id: Type.String(),
  label: Label,
  /** 0 to 100. */
  progress: Type.Integer(),
});
export type PairGoal = Static<typeof PairGoal>;

/** The other person of the pair, as people recognise them, and where their day is. */
export const OtherPerson = Type.Object({
  ...PersonSummary.properties,
  /**
   * Their IANA time zone (their mailbox's, else their working hours'); null when unknown. Two
   * names can share offsets (Europe/Berlin, Europe/Rome): compare local times, not names.
   */
  timeZone: Nullable(Type.String()),
});
export type OtherPerson = Static<typeof OtherPerson>;

export const Series = Type.Object({
  id: Uuid,
  pairId: Uuid,
  programmeId: ProgrammeId,
  /** The reader's role in the pair. */
  role: Role,
  other: OtherPerson,
  /** The pair's own status: a paused, completed or ended pair's series is cancelling or cancelled. */
  pairStatus: PairStatus,
  status: SeriesStatus,
  cadence: Cadence,
  durationMinutes: Type.Integer(),
  /** The Teams meeting; null once the series is cancelling, cancelled or replaced. */
  joinUrl: Nullable(Type.String()),
  /** The organizer's zone the series repeats in; sessions are shown in the reader's own. */
  timeZone: Nullable(Type.String()),
  /** Why nothing could be booked (SeriesProblem). */
  problem: Nullable(Type.String()),
  /** The next session that goes ahead; null when none does or the series is not live. */
  next: Nullable(Occurrence),
  /**
   * The coming sessions, `next` among them, soonest first; none once the series is cancelling,
   * cancelled or replaced (its meetings are going or gone from the calendars).
   */
  upcoming: Type.Array(Occurrence),
  /** Sessions that ended, latest first. */
  past: Type.Array(PastOccurrence),
  /** The mentee's goals in the programme; only the mentee updates their progress. */
  goals: Type.Array(PairGoal),
});
export type Series = Static<typeof Series>;

/** GET /api/meetings: the meetings of each of the person's pairs. */
export const Meetings = Type.Object({ series: Type.Array(Series) });
export type Meetings = Static<typeof Meetings>;

export const SeriesParams = Type.Object({ seriesId: Uuid }, { additionalProperties: false });
export type SeriesParams = Static<typeof SeriesParams>;

export const OccurrenceParams = Type.Object({ seriesId: Uuid, occurrenceId: Uuid }, { additionalProperties: false });
export type OccurrenceParams = Static<typeof OccurrenceParams>;

/** What one session can be asked to do: POST .../skip or .../reschedule. */
export const OccurrenceAction = Type.Enum(['skip', 'reschedule']);
export type OccurrenceAction = Static<typeof OccurrenceAction>;

/**
 * A time a session could move to: a quarter hour in UTC, as the free times offered are. What the
 * tab sends back is one of those, unchanged.
 */
export const SlotStart = Type.String({
  format: 'date-time',
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:(00|15|30|45):00(\\.0{1,3})?Z$',
});

/** A free time, both people's, that one session could move to. */
export const Slot = Type.Object({ start: Instant, end: Instant });
export type Slot = Static<typeof Slot>;

/**
 * GET /api/meetings/:seriesId/occurrences/:occurrenceId/slots: up to three free times between the
 * sessions before and after it, the best by how well they sit in both working days, on different
 * days where there are; soonest first. Empty when nothing is free.
 */
export const SlotChoices = Type.Object({ slots: Type.Array(Slot) });
export type SlotChoices = Static<typeof SlotChoices>;

/**
 * POST .../reschedule: optionally the chosen time (a `start` of the slots offered); without it,
 * the best free time. A time no longer free when the move is made ends as `move_failed`.
 */
export const RescheduleBody = Type.Union([
  Type.Null(),
  Type.Object({ start: Type.Optional(SlotStart) }, { additionalProperties: false }),
]);
export type RescheduleBody = Static<typeof RescheduleBody>;

const Score = Nullable(Type.Integer({ minimum: 1, maximum: 5 }));

export const CheckinBody = Type.Object(
  {
    happened: Type.Boolean(),
    usefulness: Type.Optional(Score),
    confidence: Type.Optional(Score),
    note: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  },
  { additionalProperties: false },
);
export type CheckinBody = Static<typeof CheckinBody>;

export const CheckinAnswer = Type.Object({ occurrenceId: Uuid, ...Checkin.properties });
export type CheckinAnswer = Static<typeof CheckinAnswer>;

export const GoalsBody = Type.Object(
  { progress: Type.Record(Type.String(), Type.Integer({ minimum: 0, maximum: 100 }), { maxProperties: 50 }) },
  { additionalProperties: false },
);
export type GoalsBody = Static<typeof GoalsBody>;

export const GoalsAnswer = Type.Object({ goals: Type.Array(PairGoal) });
export type GoalsAnswer = Static<typeof GoalsAnswer>;

/** GET /api/meetings/:seriesId/next.ics: an iCalendar file (text/calendar). */
export const NextSessionIcs = Type.String();
