const reason = {
  type: 'object',
  required: ['code', 'params', 'points'],
  properties: { code: { type: 'string' }, params: { type: 'object', additionalProperties: { type: ['string', 'number'] } }, points: { type: 'number' } },
} as const;

export const meSchema = {
  type: 'object',
  required: ['tenantId', 'id', 'displayName', 'userPrincipalName', 'roles', 'isAdmin', 'isManager', 'synced'],
  additionalProperties: false,
  properties: {
    tenantId: { type: 'string' },
    id: { type: 'string' },
    displayName: { type: 'string' },
    userPrincipalName: { type: 'string' },
    jobTitle: { type: ['string', 'null'] },
    department: { type: ['string', 'null'] },
    officeLocation: { type: ['string', 'null'] },
    preferredLanguage: { type: ['string', 'null'] },
    /** IANA name, for dates and times in the person's own zone. */
    timeZone: { type: ['string', 'null'] },
    manager: {
      anyOf: [
        { type: 'null' },
        { type: 'object', required: ['id', 'displayName'], properties: { id: { type: 'string' }, displayName: { type: 'string' }, jobTitle: { type: ['string', 'null'] } } },
      ],
    },
    level: {
      anyOf: [{ type: 'null' }, { type: 'object', required: ['value', 'reasons'], properties: { value: { type: 'integer' }, reasons: { type: 'array', items: reason } } }],
    },
    roles: { type: 'array', items: { type: 'string' } },
    isAdmin: { type: 'boolean' },
    isManager: { type: 'boolean' },
    /** False until the person's organisation has been read from the directory. */
    synced: { type: 'boolean' },
  },
} as const;

export const peopleQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { search: { type: 'string', maxLength: 100, default: '' }, top: { type: 'integer', minimum: 1, maximum: 50, default: 20 } },
} as const;

export const peopleSchema = {
  type: 'object',
  required: ['people'],
  properties: {
    people: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'displayName'],
        additionalProperties: false,
        properties: { id: { type: 'string' }, displayName: { type: 'string' }, jobTitle: { type: ['string', 'null'] }, department: { type: ['string', 'null'] }, officeLocation: { type: ['string', 'null'] } },
      },
    },
  },
} as const;

export const syncStatusSchema = {
  type: 'object',
  required: ['status', 'progress'],
  properties: {
    status: { type: 'string', enum: ['never', 'idle', 'running', 'failed'] },
    mode: { type: ['string', 'null'] },
    startedAt: { type: ['string', 'null'] },
    finishedAt: { type: ['string', 'null'] },
    progress: { type: 'object', properties: { pages: { type: 'integer' }, people: { type: 'integer' } } },
    lastResult: { anyOf: [{ type: 'null' }, { type: 'object', additionalProperties: true }] },
    lastError: { type: ['string', 'null'] },
  },
} as const;

export const syncRequestBody = {
  anyOf: [{ type: 'null' }, { type: 'object', additionalProperties: false, properties: { full: { type: 'boolean' } } }],
} as const;

export const titleRulesSchema = {
  type: 'object',
  required: ['rules'],
  additionalProperties: false,
  properties: {
    rules: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        required: ['phrase', 'level'],
        additionalProperties: false,
        properties: { phrase: { type: 'string', minLength: 2, maxLength: 60, pattern: '\\S' }, level: { type: 'integer', minimum: 1, maximum: 10 } },
      },
    },
  },
} as const;

export const personParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', format: 'uuid' } },
} as const;

export const personSchema = peopleSchema.properties.people.items;
