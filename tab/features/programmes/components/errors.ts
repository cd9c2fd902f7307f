import { ApiError } from '../../../lib/api';
import type { Enrolment } from '../api/getEnrolments';

export type FieldKey = 'roles' | 'wants' | 'offers' | 'goals' | 'languages' | 'capacity' | 'cadence' | 'meetingMinutes';

const fields: readonly FieldKey[] = ['wants', 'offers', 'goals', 'languages', 'capacity', 'cadence', 'meetingMinutes'];

/** What a refused save is about: a field of the form, or the programme as a whole (field null). */
export type Refusal =
  | { kind: 'noRole' }
  | { kind: 'notEligible'; role: string; min?: number; max?: number; level?: number }
  | { kind: 'unknown'; field: 'wants' | 'offers' | 'goals'; ids: string[] }
  | { kind: 'notPlaced' }
  | { kind: 'field'; field: FieldKey }
  | { kind: 'invalid' };

/**
 * The server's reasons for refusing an enrolment (server/matching/enrol.ts and the route's
 * schema), read into something the form can put next to a field. Anything else (offline,
 * signed out, a server fault) returns null and is shown as a general error.
 */
export function refusalOf(error: unknown, sent: Enrolment): Refusal | null {
  if (!(error instanceof ApiError)) return null;
  const ids = Array.isArray(error.details.ids) ? error.details.ids.map(String) : [];
  switch (error.code) {
    case 'no_role':
      return { kind: 'noRole' };
    case 'not_eligible': {
      const allowed = Array.isArray(error.details.allowed) ? error.details.allowed.map(Number) : [];
      const level = error.details.level;
      return {
        kind: 'notEligible',
        role: String(error.details.role ?? (sent.asMentor ? 'mentor' : 'mentee')),
        ...(allowed.length === 2 && typeof level === 'number' ? { min: allowed[0], max: allowed[1], level } : {}),
      };
    }
    case 'unknown_skill':
      return { kind: 'unknown', field: ids.some((id) => sent.wants.includes(id)) ? 'wants' : 'offers', ids };
    case 'unknown_goal':
      return { kind: 'unknown', field: 'goals', ids };
    case 'not_placed_yet':
      return { kind: 'notPlaced' };
    case 'invalid_request': {
      // Schema errors name the property: "body/languages must NOT have fewer than 1 items".
      const name = /body\/(\w+)/.exec(error.message)?.[1];
      const field = fields.find((f) => f === name);
      return field ? { kind: 'field', field } : { kind: 'invalid' };
    }
    default:
      return null;
  }
}

export function fieldOf(refusal: Refusal): FieldKey | null {
  switch (refusal.kind) {
    case 'noRole':
    case 'notEligible':
      return 'roles';
    case 'unknown':
    case 'field':
      return refusal.field;
    default:
      return null;
  }
}
