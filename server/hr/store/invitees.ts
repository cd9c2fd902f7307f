import type { Queryable } from '../../db/db.js';

// What deciding an invitation to join needs of each person asked for: where they sit in the
// directory copy (org's people) and whether they are in the programme already (matching's enrolments).

export interface Invitee {
  id: string;
  displayName: string;
  preferredLanguage: string | null;
  level: number | null;
  department: string | null;
  officeLocation: string | null;
  country: string | null;
  enrolled: boolean;
}

/** The current people of the tenant among `ids`; others (unknown, left) are absent. */
export async function invitees(
  q: Queryable,
  tenantId: string,
  programmeId: string,
  ids: readonly string[],
): Promise<Map<string, Invitee>> {
  if (ids.length === 0) return new Map();
  const rows = await q.query<{
    id: string;
    display_name: string | null;
    preferred_language: string | null;
    level: number | null;
    department: string | null;
    office_location: string | null;
    country: string | null;
    enrolled: boolean;
  }>(
    `SELECT p.id, p.display_name, p.preferred_language, p.level, p.department, p.office_location, p.country,
            EXISTS (SELECT 1 FROM enrolments e WHERE e.tenant_id = p.tenant_id AND e.person_id = p.id AND e.programme_id = $2) AS enrolled
     FROM people p WHERE p.tenant_id = $1 AND p.id = ANY($3::uuid[]) AND p.removed_at IS NULL AND p.account_enabled`,
    [tenantId, programmeId, ids],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        displayName: r.display_name ?? '',
        preferredLanguage: r.preferred_language,
        level: r.level,
        department: r.department,
        officeLocation: r.office_location,
        country: r.country,
        enrolled: r.enrolled,
      },
    ]),
  );
}
