// Tandem's own picture of a tenant's organisation, as copied from the directory by org sync.
// Pure modules (seniority, tree maths) take and return these; no Graph or database types here.

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

/** Why a person sits at their level: a stable code the tab translates, its inputs, and its points. */
export interface SeniorityReason {
  code: 'depth' | 'org_size' | 'title' | 'title_override' | 'tenure' | 'top_of_org';
  params: Record<string, string | number>;
  points: number;
}

export interface Seniority {
  /** 1 (intern) to 10 (chief executive); comparable across departments of one tenant. */
  level: number;
  reasons: SeniorityReason[];
}

/** A tenant's override of the title vocabulary: a word or phrase and the level it implies. */
export interface TitleRule {
  /** Matched as whole words, case- and accent-insensitive, e.g. "Quadro" or "Vice President". */
  phrase: string;
  level: number;
}
