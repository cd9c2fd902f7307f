import { ApiError } from '../../../lib/api';

// Why the server refused a programme, next to the field it is about. Tandem's own checks name
// the field in `details.field` ("endsOn", "rules.weights", "catalogue.skills", "eligibility",
// "kind"); schema errors list each problem with its place (`details.issues[].path`,
// "/names/it", "/rules/weights/load"). Fields are named by their dotted path in the body.

export type ProblemKey =
  | 'required'
  | 'invalid'
  | 'endsOn'
  | 'enrolUntil'
  | 'enrolFrom'
  | 'noWeights'
  | 'unknown'
  | 'nobodyEligible'
  | 'kindFixed';

/** Field path ("names.en") → what is wrong there. Empty: the refusal is about no field. */
export type Problems = ReadonlyMap<string, ProblemKey>;

export function problemsOf(error: unknown): Problems {
  const problems = new Map<string, ProblemKey>();
  if (!(error instanceof ApiError)) return problems;
  const field = typeof error.details.field === 'string' ? error.details.field : null;
  switch (error.code) {
    case 'programme_dates':
      if (field === 'endsOn' || field === 'enrolUntil' || field === 'enrolFrom') problems.set(field, field);
      break;
    case 'no_weights':
      problems.set(field ?? 'rules.weights', 'noWeights');
      break;
    case 'unknown_skill':
      problems.set(field ?? 'catalogue.skills', 'unknown');
      break;
    case 'unknown_goal':
      problems.set(field ?? 'catalogue.goals', 'unknown');
      break;
    case 'nobody_eligible':
      problems.set(field ?? 'eligibility', 'nobodyEligible');
      break;
    case 'programme_kind_fixed':
      problems.set(field ?? 'kind', 'kindFixed');
      break;
    case 'invalid_request': {
      const issues = Array.isArray(error.details.issues) ? (error.details.issues as { path?: unknown }[]) : [];
      for (const issue of issues) {
        const path = String(issue.path ?? '')
          .split('/')
          .filter(Boolean);
        if (path.length === 0) continue;
        // A name left empty is "required"; anything else is a value to check.
        const key = path.join('.');
        problems.set(key, /^(names)\./.test(key) ? 'required' : 'invalid');
      }
      break;
    }
  }
  return problems;
}

/**
 * The problem shown at a field: its own, or one inside it (a weight's problem shows at the
 * weights, an eligibility list's at that list), so nothing the server says goes unshown as long
 * as the form has a field at or above its place.
 */
export function problemAt(problems: Problems, field: string): ProblemKey | undefined {
  for (const [key, problem] of problems) if (key === field || key.startsWith(`${field}.`)) return problem;
  return undefined;
}
