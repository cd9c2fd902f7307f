// Route schemas of the meetings API; types the handlers use come from the same shapes.

const occurrence = {
  type: 'object',
  required: ['id', 'start', 'end', 'status'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    start: { type: 'string', format: 'date-time' },
    end: { type: 'string', format: 'date-time' },
    status: { type: 'string', enum: ['scheduled', 'skipping', 'skipped', 'rescheduling', 'cancelled'] },
  },
} as const;

const series = {
  type: 'object',
  required: ['id', 'pairId', 'track', 'role', 'other', 'status', 'cadence', 'durationMinutes', 'joinUrl', 'timeZone', 'problem', 'next', 'upcoming', 'past'],
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
    past: { type: 'array', items: occurrence },
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
}
