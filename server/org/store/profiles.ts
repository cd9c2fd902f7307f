import type { Queryable } from '../../db/db.js';
import type { SeniorityReason } from '../model.js';
import type { PersonSummary } from '../schemas.js';

// People as org's own routes show them: a person's profile with their manager, and people search.
// Every statement names its tenant; nobody of another tenant is ever found.

export interface Profile {
  id: string;
  displayName: string;
  userPrincipalName: string | null;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  preferredLanguage: string | null;
  /** The mailbox's zone as saved (an IANA name or a rule string); null when unknown or unreadable. */
  timeZone: string | null;
  manager: { id: string; displayName: string; jobTitle: string | null } | null;
  directReports: number;
  level: number | null;
  levelReasons: SeniorityReason[];
}

interface ProfileRow {
  id: string;
  display_name: string | null;
  user_principal_name: string | null;
  job_title: string | null;
  department: string | null;
  office_location: string | null;
  preferred_language: string | null;
  time_zone: string | null;
  level: number | null;
  level_reasons: SeniorityReason[] | null;
  m_id: string | null;
  m_name: string | null;
  m_title: string | null;
  reports: number;
}

/** A current person of the tenant, with their manager; undefined when not in the copy. */
export async function findProfile(db: Queryable, tenantId: string, id: string): Promise<Profile | undefined> {
  const rows = await db.query<ProfileRow>(
    `SELECT p.id, p.display_name, p.user_principal_name, p.job_title, p.department, p.office_location,
            p.preferred_language, p.time_zone, p.level, p.level_reasons,
            m.id AS m_id, m.display_name AS m_name, m.job_title AS m_title,
            (SELECT count(*)::int FROM people r
             WHERE r.tenant_id = p.tenant_id AND r.manager_id = p.id AND r.removed_at IS NULL) AS reports
     FROM people p
     LEFT JOIN people m ON m.tenant_id = p.tenant_id AND m.id = p.manager_id AND m.removed_at IS NULL
     WHERE p.tenant_id = $1 AND p.id = $2 AND p.removed_at IS NULL`,
    [tenantId, id],
  );
  const r = rows[0];
  if (!r) return undefined;
  return {
    id: r.id,
    displayName: r.display_name ?? '',
    userPrincipalName: r.user_principal_name,
    jobTitle: r.job_title,
    department: r.department,
    officeLocation: r.office_location,
    preferredLanguage: r.preferred_language,
    timeZone: r.time_zone,
    manager: r.m_id ? { id: r.m_id, displayName: r.m_name ?? '', jobTitle: r.m_title } : null,
    directReports: r.reports,
    level: r.level,
    levelReasons: r.level_reasons ?? [],
  };
}

/** The columns a summary is read from. */
export type SummaryRow = {
  id: string;
  display_name: string | null;
  job_title: string | null;
  department: string | null;
  office_location: string | null;
};

/** A row of those columns as the contract's summary. */
export const summary = (r: SummaryRow): PersonSummary => ({
  id: r.id,
  displayName: r.display_name ?? '',
  jobTitle: r.job_title,
  department: r.department,
  officeLocation: r.office_location,
});

/** People of one tenant whose name or sign-in name starts with the words typed; limited fields. */
export async function searchPeople(
  db: Queryable,
  tenantId: string,
  search: string,
  top: number,
): Promise<PersonSummary[]> {
  const term = search
    .trim()
    .toLowerCase()
    .replace(/[%_\\]/g, (c) => `\\${c}`);
  const rows = await db.query<SummaryRow>(
    `SELECT id, display_name, job_title, department, office_location FROM people
     WHERE tenant_id = $1 AND removed_at IS NULL AND account_enabled
       AND ($2 = '' OR lower(display_name) LIKE $2 || '%' OR lower(display_name) LIKE '% ' || $2 || '%'
            OR lower(user_principal_name) LIKE $2 || '%')
     ORDER BY display_name, id LIMIT $3`,
    [tenantId, term, top],
  );
  return rows.map(summary);
}

/** One current person of the tenant, limited fields; undefined when not in this tenant. */
export async function findPerson(db: Queryable, tenantId: string, id: string): Promise<PersonSummary | undefined> {
  const rows = await db.query<SummaryRow>(
    `SELECT id, display_name, job_title, department, office_location FROM people
     WHERE tenant_id = $1 AND id = $2 AND removed_at IS NULL`,
    [tenantId, id],
  );
  const r = rows[0];
  return r && summary(r);
}
