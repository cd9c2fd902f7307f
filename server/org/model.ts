// Tandem's own picture of a tenant's organisation, as copied from the directory by org sync.
// Pure modules (seniority, tree maths) take and return these; no Graph or database types here.
// Seniority reasons and title rules travel to the tab as they are: their one definition is the
// contract (schemas.ts).

import type { SeniorityReason } from './schemas.js';

export type { SeniorityReason, TitleRule } from './schemas.js';

export interface OrgPerson {
  id: string;
  managerId: string | null;
  displayName: string;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  /** "YYYY-MM-DD", from Graph's employeeHireDate; null when the directory does not say. */
  hireDate: string | null;
}

export interface Seniority {
  /** 1 (intern) to 10 (chief executive); comparable across departments of one tenant. */
  level: number;
  reasons: SeniorityReason[];
}
