// Every error Tandem answers with, in one place: its HTTP status and what it means. The tab
// branches on `code`; the README's error table is checked against this catalogue by a test
// (test/server/errors.test.ts), so the two cannot drift apart.

interface CatalogueEntry {
  status: number;
  /** For developers and the README: when this answer is given and what to do about it. */
  meaning: string;
}

export const ERRORS = {
  // 400: the request itself is wrong.
  invalid_request: {
    status: 400,
    meaning: 'The request does not match its schema; `details.issues` lists each problem as `{in, path, message}`.',
  },
  invalid_json: { status: 400, meaning: 'The body is not valid JSON, or is empty where JSON was announced.' },
  cannot_invite_yourself: { status: 400, meaning: 'Inviting yourself to mentor.' },
  duplicate_phrase: { status: 400, meaning: 'A title rule phrase appears twice.' },
  nobody_eligible: {
    status: 400,
    meaning: 'A programme whose eligibility admits nobody in the directory (`details.field`).',
  },
  no_role: { status: 400, meaning: 'Joining a programme as neither mentor nor mentee.' },
  no_weights: { status: 400, meaning: 'Every score weight of a programme is zero.' },
  not_eligible: {
    status: 400,
    meaning: "The person's seniority level is outside the role's range in that programme (`details.allowed`).",
  },
  programme_dates: {
    status: 400,
    meaning: 'A programme that ends before it starts, or whose joining window is out of order (`details.field`).',
  },
  pause_end_not_future: { status: 400, meaning: 'A pause must end on a day after today.' },
  pause_too_long: {
    status: 400,
    meaning: 'A pause may last up to six months; `details.latest` is the last day it may end on.',
  },
  unknown_goal: {
    status: 400,
    meaning: 'A goal id that is not in the catalogue, or not a goal of this pair (`details.ids`).',
  },
  unknown_skill: { status: 400, meaning: 'A skill id that is not in the catalogue (`details.ids`).' },
  survey_skills_mismatch: {
    status: 400,
    meaning:
      'Survey answers that do not rate exactly the skills the survey asks about (`details.missing`, `details.unexpected`).',
  },
  body_too_large: { status: 413, meaning: 'The request body is larger than the route accepts.' },
  unsupported_media_type: { status: 415, meaning: 'A body in a format other than JSON.' },
  // 401: who is asking is not established.
  missing_token: { status: 401, meaning: 'No bearer token on an API call.' },
  invalid_token: { status: 401, meaning: 'The token could not be validated (signature, audience, issuer, tenant id).' },
  token_expired: { status: 401, meaning: 'The token has expired; the tab gets a new one.' },
  tenant_not_allowed: { status: 401, meaning: 'A genuine token of a tenant that is not configured to use Tandem.' },
  insufficient_scope: { status: 401, meaning: 'The token was not issued for Tandem (`access_as_user`).' },
  obo_failed: {
    status: 401,
    meaning: "Entra ID refused the person's token in the on-behalf-of exchange; sign in again.",
  },
  interaction_required: {
    status: 401,
    meaning: 'Entra ID wants the person to sign in again (`details.claims`: a Conditional Access challenge).',
  },
  // 403: who is asking may not do this.
  admin_only: { status: 403, meaning: 'Only HR programme owners (the `Tandem.Admin` app role) may call this route.' },
  consent_required: {
    status: 403,
    meaning:
      "Microsoft 365 needs the person's consent to a delegated permission (`details.scopes`); the tab asks for it.",
  },
  mentee_only: { status: 403, meaning: "Only the pair's mentee records progress on the pair's goals." },
  not_your_request: {
    status: 403,
    meaning: 'A request for a pair the asker is not part of, or withdrawing a request someone else sent.',
  },
  programme_not_eligible: {
    status: 403,
    meaning: "The programme's eligibility (levels, places, invitation) does not admit the person.",
  },
  not_yours_to_answer: { status: 403, meaning: 'The person who sent a request cannot accept or decline it.' },
  not_your_survey: { status: 403, meaning: 'A survey that was sent to someone else.' },
  // 404: nothing of that name is visible to the person.
  not_found: { status: 404, meaning: 'No such route.' },
  person_not_found: { status: 404, meaning: "No such person in the caller's organisation (or in the sandbox tenant)." },
  request_not_found: { status: 404, meaning: "No such request among the caller's own." },
  pair_not_found: { status: 404, meaning: "No such pair among the caller's own." },
  programme_not_found: { status: 404, meaning: 'No such programme in the tenant (or not visible to the person).' },
  round_not_found: { status: 404, meaning: 'No such programme round in the tenant.' },
  meeting_not_found: { status: 404, meaning: "No such meeting series or session among the caller's own." },
  no_upcoming_meeting: { status: 404, meaning: 'The series has no session left to put in a calendar file.' },
  photo_not_found: {
    status: 404,
    meaning: 'The person has no profile photo in Microsoft 365; the tab shows their initials.',
  },
  survey_not_found: { status: 404, meaning: 'No such survey.' },
  // 409: the request is fine but the state does not allow it now.
  already_invited: {
    status: 409,
    meaning: 'The caller invited that person to mentor in that programme in the last 14 days.',
  },
  already_mentoring: { status: 409, meaning: 'The person invited already takes part as a mentor in that programme.' },
  invitees_refused: {
    status: 409,
    meaning:
      'Some of the people HR invited cannot be invited, so nobody was (`details.people`: `{personId, reason}`, reason `person_not_found`, `not_eligible`, `already_enrolled` or `invited_recently`).',
  },
  already_paired: { status: 409, meaning: 'The two people already have a live pair in that programme.' },
  invalid_transition: { status: 409, meaning: "The pair's status does not allow that action." },
  invitee_not_eligible: {
    status: 409,
    meaning: "The person's seniority level does not let them mentor in that programme (`details.reason`).",
  },
  meeting_changing: { status: 409, meaning: 'The session is already being skipped or moved.' },
  meeting_not_over: { status: 409, meaning: 'A check-in before the session has ended.' },
  meeting_started: {
    status: 409,
    meaning: 'The session has started or taken place; it can no longer be skipped or moved.',
  },
  mentor_full: { status: 409, meaning: 'The mentor has no free place left in that programme.' },
  not_a_mentee: { status: 409, meaning: 'The person named as mentee is not looking for a mentor in that programme.' },
  not_a_mentor: { status: 409, meaning: 'The person named as mentor is not taking mentees in that programme.' },
  not_enrolled: { status: 409, meaning: 'Suggestions for a role the caller has not joined.' },
  not_placed_yet: {
    status: 409,
    meaning: "The caller's place in the organisation is not known until the next directory sync.",
  },
  pair_not_allowed: { status: 409, meaning: 'The pair breaks a hard matching rule (`details.violations`).' },
  programme_archived: { status: 409, meaning: 'An archived programme cannot change.' },
  programme_closed: {
    status: 409,
    meaning: 'The programme is not open for joining, requests or rounds now (`details.status`).',
  },
  programme_kind_fixed: { status: 409, meaning: 'The kind of a programme people have joined cannot change.' },
  programme_matching: {
    status: 409,
    meaning:
      'The programme forms pairs another way: requests where only HR rounds match, or a round where only requests do.',
  },
  programme_status: {
    status: 409,
    meaning: 'The programme cannot move that way from its status (`details.allowed` lists where it may).',
  },
  request_closed: { status: 409, meaning: 'The request was already answered, withdrawn or expired.' },
  request_exists: { status: 409, meaning: 'A pending request between the two already exists in that programme.' },
  request_expired: { status: 409, meaning: 'The request expired before it was answered.' },
  round_closed: { status: 409, meaning: 'The round was already published or discarded.' },
  round_running: {
    status: 409,
    meaning: "The round's preview is queued or running; wait for it to finish before running it again or publishing.",
  },
  round_not_ready: {
    status: 409,
    meaning:
      "The round's last run failed, or HR's locks and exclusions changed since it ran (`details.reason`: `failed`, `stale`); run it again.",
  },
  lock_breaks_rule: {
    status: 409,
    meaning: 'A pair locked into a round breaks a hard matching rule (`details.violations`).',
  },
  lock_over_capacity: {
    status: 409,
    meaning:
      'A pair locked into a round would take the mentor past their free places (`details.free`: the places left).',
  },
  mentee_already_locked: {
    status: 409,
    meaning:
      'The mentee is already locked to another mentor in that round (`details.mentorId`); unlock that pair first.',
  },
  too_many_choices: { status: 409, meaning: 'A round keeps at most 1,000 locked or excluded pairs.' },
  series_not_booked: { status: 409, meaning: 'Single sessions can only be changed while the series is booked.' },
  survey_answered: { status: 409, meaning: 'The survey was already answered; a survey is answered once.' },
  survey_closed: { status: 409, meaning: 'The survey no longer takes answers (`details.closedAt`).' },
  // 429: too many of these for now.
  nudged_recently: {
    status: 429,
    meaning: 'HR nudged this pair in the last 24 hours; try again after `Retry-After` seconds (`details.nextAt`).',
  },
  too_many_invitations: {
    status: 429,
    meaning: 'The caller sent 10 invitations in the last 24 hours; try again after `Retry-After` seconds.',
  },
  // 5xx: Tandem or what it depends on failed; the message says what to do next.
  internal: { status: 500, meaning: 'An unexpected failure; details stay in the server log.' },
  graph_unavailable: {
    status: 502,
    meaning: 'Microsoft Graph could not be reached or answered with an error Tandem cannot pass on; try again.',
  },
  sandbox_unavailable: {
    status: 502,
    meaning: 'The sandbox tenant did not answer the sandbox sign-in; restart Tandem.',
  },
  graph_throttled: {
    status: 503,
    meaning: 'Microsoft Graph asked Tandem to slow down; try again after `Retry-After` seconds.',
  },
  identity_unavailable: {
    status: 503,
    meaning: 'Microsoft Entra ID (keys, metadata or token endpoint) could not be reached; try again.',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof ERRORS;

export interface AppErrorOptions {
  cause?: unknown;
  /** Sent as the Retry-After header (seconds), for answers that say "not now". */
  retryAfterSeconds?: number;
}

/** An error with its HTTP meaning and a stable code the tab can branch on; the status comes from the catalogue. */
export class AppError extends Error {
  override name = 'AppError';
  readonly statusCode: number;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    options: AppErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.statusCode = ERRORS[code].status;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
