import type { OrgPerson } from '../../server/org/model.js';
import { generateOrg } from '../../server/sandbox/org/generate.js';

/** The sandbox generator dates its snapshot at the end of October 2026. */
export const SANDBOX_TODAY = '2026-10-30';

export interface SandboxPeople {
  people: OrgPerson[];
  /** Persona key ("ceo", "junior-dev", ...) → person id. */
  persona: Map<string, string>;
}

/** A generated organisation as org sync would copy it: Graph's hire date-time cut to a date. */
export function sandboxPeople(seed: number, size: number): SandboxPeople {
  const persona = new Map<string, string>();
  const people = generateOrg({ seed, size }).users.map((u): OrgPerson => {
    if (u.persona) persona.set(u.persona, u.id);
    return {
      id: u.id,
      managerId: u.managerId,
      displayName: u.displayName,
      jobTitle: u.jobTitle,
      department: u.department,
      officeLocation: u.officeLocation,
      hireDate: u.employeeHireDate?.slice(0, 10) ?? null,
    };
  });
  return { people, persona };
}

/** A person with just what the org maths reads. */
export function person(
  id: string,
  managerId: string | null,
  jobTitle: string | null = null,
  hireDate: string | null = null,
): OrgPerson {
  return { id, managerId, displayName: id, jobTitle, department: null, officeLocation: null, hireDate };
}
