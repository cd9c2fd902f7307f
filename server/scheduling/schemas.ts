// Route schemas of the meetings API; types the handlers use come from the same shapes.

const occurrence = {
  type: 'object',
  required: ['id', 'start', 'end', 'status'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    start: { type: 'string', format: 'date-time' },
    end: { type: 'string', format: 'date-time' },
    status: { type: 'string', enum: ['scheduled', 'skipping', 'skipped', 'rescheduling', 'cancelled'] },
    // What came of the last skip or reschedule asked for: move_failed when no other time was free.
    lastChange: { type: ['string', 'null'], enum: ['moved', 'move_failed', 'skipped', null] },
  },
} as const;

const checkin = {
  type: 'object',
  required: ['happened', 'usefulness', 'confidence', 'note', 'updatedAt'],
  properties: {
    happened: { type: 'boolean' },
    usefulness: { type: ['integer', 'null'] },
    confidence: { type: ['integer', 'null'] },
    note: { type: ['string', 'null'] },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;

const pastOccurrence = {
  type: 'object',
  required: [...occurrence.required, 'checkin'],
  properties: { ...occurrence.properties, checkin: { anyOf: [checkin, { type: 'null' }] } },
} as const;

const label = { type: 'object', required: ['en', 'it'], properties: { en: { type: 'string' }, it: { type: 'string' } } } as const;

export const goals = {
  type: 'array',
  items: { type: 'object', required: ['id', 'label', 'progress'], properties: { id: { type: 'string' }, label, progress: { type: 'integer' } } },
} as const;

const series = {
  type: 'object',
  required: ['id', 'pairId', 'track', 'role', 'other', 'status', 'cadence', 'durationMinutes', 'joinUrl', 'timeZone', 'problem', 'next', 'upcoming', 'past', 'goals'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    pairId: { type: 'string', format: 'uuid' },
    track: { type: 'string', enum: ['mentoring', 'reverse'] },
    role: { type: 'string', enum: ['mentor', 'mentee'] },
    other: { type: 'object', required: ['id', 'displayName'], properties: { id: { type: 'string' }, displayName: { type: 'string' } } },
    status: { type: 'string', enum: ['booking', 'booked', 'needs_attention', 'cancelling', 'cancelled', 'replaced'] },
    cadence: { type: 'string', enum: ['weekly', 'biweekly', 'monthly'] },
    durationMinutes: { type: 'integer' },
    joinUrl: { type: ['string', 'null'] },
    timeZone: { type: ['string', 'null'] },
    problem: { type: ['string', 'null'] },
    next: { anyOf: [occurrence, { type: 'null' }] },
    upcoming: { type: 'array', items: occurrence },
    past: { type: 'array', items: pastOccurrence },
    goals,
  },
} as const;

export const meetingsList = {
  type: 'object',
  required: ['series'],
  properties: { series: { type: 'array', items: series } },
} as const;

export const occurrenceParams = {
  type: 'object',
  required: ['seriesId', 'occurrenceId'],
  properties: { seriesId: { type: 'string', format: 'uuid' }, occurrenceId: { type: 'string', format: 'uuid' } },
  additionalProperties: false,
} as const;

export const seriesParams = {
  type: 'object',
  required: ['seriesId'],
  properties: { seriesId: { type: 'string', format: 'uuid' } },
  additionalProperties: false,
} as const;

export const occurrenceAnswer = occurrence;

export interface OccurrenceView {
  id: string;
  start: string;
  end: string;
  status: string;
  lastChange: string | null;
}

const score = { anyOf: [{ type: 'integer', minimum: 1, maximum: 5 }, { type: 'null' }] } as const;

export const checkinBody = {
  type: 'object',
  required: ['happened'],
  additionalProperties: false,
  properties: { happened: { type: 'boolean' }, usefulness: score, confidence: score, note: { type: ['string', 'null'], maxLength: 5000 } },
} as const;

export const checkinAnswer = {
  type: 'object',
  required: ['occurrenceId', ...checkin.required],
  properties: { occurrenceId: { type: 'string', format: 'uuid' }, ...checkin.properties },
} as const;

export const goalsBody = {
  type: 'object',
  required: ['progress'],
  additionalProperties: false,
  properties: { progress: { type: 'object', maxProperties: 50, additionalProperties: { type: 'integer', minimum: 0, maximum: 100 } } },
} as const;

export const goalsAnswer = { type: 'object', required: ['goals'], properties: { goals } } as const;
