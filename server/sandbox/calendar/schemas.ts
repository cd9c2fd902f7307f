// JSON schemas of the calendar routes. They pin down types only: Graph's own checks (sizes,
// windows, enum values) run in the handlers so that failures carry Graph's codes, and property
// names stay open because Graph reads them case-insensitively ("Schedules", "timeslots").
// No response schemas: Graph bodies are open-ended and a response schema would strip members.

const text = { type: 'string' } as const;
/** "Either of these types", spelled with anyOf: Ajv's strict mode warns about type arrays. */
const either = <T extends string>(...types: T[]) => ({ anyOf: types.map((type) => ({ type })) });

export const mailboxParams = {
  type: 'object',
  properties: { user: { type: 'string', minLength: 1 } },
} as const;

export const eventParams = {
  type: 'object',
  properties: { user: { type: 'string', minLength: 1 }, id: { type: 'string', minLength: 1 } },
  required: ['id'],
} as const;

export const settingsPartParams = {
  type: 'object',
  properties: { user: { type: 'string', minLength: 1 }, part: { type: 'string', minLength: 1 } },
  required: ['part'],
} as const;

/** $top/$skip are checked by the handler, which answers Outlook's ErrorInvalidParameter. */
export const collectionQuery = {
  type: 'object',
  properties: { $top: text, $skip: text, $select: text, $orderby: text, $filter: text },
} as const;

export const windowQuery = {
  type: 'object',
  properties: { ...collectionQuery.properties, startDateTime: text, endDateTime: text },
} as const;

export const selectQuery = {
  type: 'object',
  properties: { $select: text },
} as const;

const dateTimeTimeZone = {
  type: 'object',
  properties: { dateTime: text, timeZone: text },
} as const;

export const eventBody = {
  type: 'object',
  properties: {
    subject: either('string', 'null'),
    body: { type: 'object', properties: { contentType: text, content: either('string', 'null') } },
    start: dateTimeTimeZone,
    end: dateTimeTimeZone,
    attendees: { type: 'array', items: { type: 'object' } },
    recurrence: either('object', 'null'),
    transactionId: either('string', 'null'),
  },
} as const;

/** accept / tentativelyAccept / decline / cancel. */
export const actionBody = {
  type: 'object',
  properties: {
    comment: either('string', 'null'),
    Comment: either('string', 'null'),
    sendResponse: either('boolean', 'string'),
  },
} as const;

export const scheduleBody = {
  type: 'object',
  properties: {
    schedules: { type: 'array', items: text },
    startTime: dateTimeTimeZone,
    endTime: dateTimeTimeZone,
    availabilityViewInterval: either('integer', 'string', 'null'),
  },
} as const;

/** The documentation's own sample sends booleans and numbers as strings; both are accepted. */
export const meetingTimesBody = {
  type: 'object',
  properties: {
    attendees: { type: 'array', items: { type: 'object' } },
    isOrganizerOptional: either('boolean', 'string'),
    locationConstraint: { type: 'object' },
    maxCandidates: either('integer', 'string'),
    meetingDuration: text,
    minimumAttendeePercentage: either('number', 'string'),
    returnSuggestionReasons: either('boolean', 'string'),
    timeConstraint: { type: 'object' },
  },
} as const;
