const id = { type: 'string', format: 'uuid' } as const;
const track = { type: 'string', enum: ['mentoring', 'reverse'] } as const;
const catalogueId = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[a-z0-9_]+$' } as const;

export const trackParams = { type: 'object', required: ['track'], properties: { track } } as const;
export const idParams = { type: 'object', required: ['id'], properties: { id } } as const;

export const enrolmentBody = {
  type: 'object',
  required: ['asMentor', 'asMentee', 'offers', 'wants', 'goals', 'languages', 'cadence', 'meetingMinutes'],
  additionalProperties: false,
  properties: {
    asMentor: { type: 'boolean' },
    asMentee: { type: 'boolean' },
    offers: { type: 'array', maxItems: 20, items: catalogueId },
    wants: { type: 'array', maxItems: 20, items: catalogueId },
    goals: { type: 'array', maxItems: 10, items: catalogueId },
    languages: { type: 'array', minItems: 1, maxItems: 6, items: { type: 'string', pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$' } },
    cadence: { type: 'string', enum: ['weekly', 'biweekly', 'monthly'] },
    meetingMinutes: { type: 'integer', enum: [30, 45, 60] },
    capacity: { type: 'integer', minimum: 1, maximum: 5, default: 2 },
    paused: { type: 'boolean', default: false },
  },
} as const;

export const enrolment = {
  type: 'object',
  required: ['track', ...enrolmentBody.required, 'capacity', 'paused'],
  properties: { track, ...enrolmentBody.properties },
} as const;

const reason = {
  type: 'object',
  required: ['code', 'params', 'weight'],
  properties: { code: { type: 'string' }, params: { type: 'object', additionalProperties: { type: ['string', 'number'] } }, weight: { type: 'number' } },
} as const;

const personSummary = {
  type: 'object',
  required: ['id', 'displayName'],
  properties: { id: { type: 'string' }, displayName: { type: 'string' }, jobTitle: { type: ['string', 'null'] }, department: { type: ['string', 'null'] }, officeLocation: { type: ['string', 'null'] } },
} as const;

export const suggestionsQuery = {
  type: 'object',
  required: ['track'],
  additionalProperties: false,
  properties: { track, as: { type: 'string', enum: ['mentee', 'mentor'], default: 'mentee' }, top: { type: 'integer', minimum: 1, maximum: 20, default: 5 } },
} as const;

export const suggestionsSchema = {
  type: 'object',
  required: ['suggestions'],
  properties: {
    suggestions: {
      type: 'array',
      items: { type: 'object', required: ['person', 'role', 'score', 'reasons'], properties: { person: personSummary, role: { type: 'string' }, score: { type: 'number' }, reasons: { type: 'array', items: reason } } },
    },
  },
} as const;

export const requestBody = {
  type: 'object',
  required: ['track', 'mentorId', 'menteeId'],
  additionalProperties: false,
  properties: { track, mentorId: id, menteeId: id, message: { type: 'string', maxLength: 500 } },
} as const;

export const request = {
  type: 'object',
  required: ['id', 'track', 'mentorId', 'menteeId', 'requestedBy', 'status', 'score', 'reasons', 'createdAt', 'expiresAt'],
  properties: {
    other: personSummary,
    id: { type: 'string' }, track, mentorId: { type: 'string' }, menteeId: { type: 'string' }, requestedBy: { type: 'string' },
    status: { type: 'string' }, score: { type: 'number' }, reasons: { type: 'array', items: reason }, message: { type: ['string', 'null'] },
    createdAt: { type: 'string' }, expiresAt: { type: 'string' },
  },
} as const;

export const pair = {
  type: 'object',
  required: ['id', 'track', 'mentorId', 'menteeId', 'status', 'source', 'score', 'reasons', 'mentorConfirmed', 'menteeConfirmed', 'createdAt'],
  properties: {
    other: personSummary,
    id: { type: 'string' }, track, mentorId: { type: 'string' }, menteeId: { type: 'string' }, status: { type: 'string' }, source: { type: 'string' },
    score: { type: 'number' }, reasons: { type: 'array', items: reason }, mentorConfirmed: { type: 'boolean' }, menteeConfirmed: { type: 'boolean' },
    endedReason: { type: ['string', 'null'] }, flag: { type: ['string', 'null'] }, createdAt: { type: 'string' },
  },
} as const;

export const pairActionParams = {
  type: 'object',
  required: ['id', 'action'],
  properties: { id, action: { type: 'string', enum: ['confirm', 'pause', 'resume', 'complete', 'end'] } },
} as const;

export const pairActionBody = {
  anyOf: [{ type: 'null' }, { type: 'object', additionalProperties: false, properties: { reason: { type: 'string', maxLength: 200 } } }],
} as const;

export const round = {
  type: 'object',
  required: ['id', 'status', 'createdAt', 'result'],
  properties: { id: { type: 'string' }, status: { type: 'string' }, createdAt: { type: 'string' }, publishedAt: { type: ['string', 'null'] }, result: { type: 'object', additionalProperties: true } },
} as const;

export const settingsBody = {
  type: 'object',
  required: ['levelGap', 'excludeSameManager', 'allowRepeat', 'minOverlapMinutes', 'weights'],
  additionalProperties: false,
  properties: {
    levelGap: { type: 'integer', minimum: 0, maximum: 5 },
    excludeSameManager: { type: 'boolean' },
    allowRepeat: { type: 'boolean' },
    minOverlapMinutes: { type: 'integer', minimum: 0, maximum: 480 },
    weights: {
      type: 'object',
      required: ['skills', 'goals', 'diversity', 'seniorityGap', 'overlap', 'load'],
      additionalProperties: false,
      properties: Object.fromEntries(['skills', 'goals', 'diversity', 'seniorityGap', 'overlap', 'load'].map((k) => [k, { type: 'number', minimum: 0, maximum: 100 }])),
    },
  },
} as const;

const label = { type: 'object', required: ['en', 'it'], properties: { en: { type: 'string' }, it: { type: 'string' } } } as const;

export const catalogue = {
  type: 'object',
  required: ['skills', 'goals'],
  properties: {
    skills: { type: 'array', items: { type: 'object', required: ['id', 'family', 'label'], properties: { id: { type: 'string' }, family: { type: 'string' }, label } } },
    goals: { type: 'array', items: { type: 'object', required: ['id', 'label', 'skills'], properties: { id: { type: 'string' }, label, skills: { type: 'array', items: { type: 'string' } } } } },
  },
} as const;

export const enrolmentsList = {
  type: 'object',
  required: ['enrolments', 'drafts'],
  properties: { enrolments: { type: 'array', items: enrolment }, drafts: { type: 'array', items: enrolment } },
} as const;

/** Lists as the person sees them: each request or pair with the other person's summary. */
export const requestsList = { type: 'object', required: ['requests'], properties: { requests: { type: 'array', items: { ...request, required: [...request.required, 'other'] } } } } as const;
export const pairsList = { type: 'object', required: ['pairs'], properties: { pairs: { type: 'array', items: { ...pair, required: [...pair.required, 'other'] } } } } as const;
