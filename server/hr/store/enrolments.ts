import type { Queryable } from '../../db/db.js';
import type { PersonSummary } from '../../org/people.js';
import type { EnrolledPerson, EnrolmentRole } from '../schemas.js';

// Who joined a programme, as HR lists them: enrolments with the directory's name, department and
// office (to search and filter by), filtered, counted and paged in the database. A read model over
// matching's enrolments and pairs and org's people copy; it writes nothing.

export interface EnrolmentFilter {
  role: EnrolmentRole | undefined;
  search: string;
  department: string | undefined;
  office: string | undefined;
  limit: number;
  offset: number;
}

export interface EnrolmentPage {
  counts: { people: number; mentors: number; mentees: number };
  departments: string[];
  offices: string[];
  total: number;
  rows: EnrolledPerson[];
}

const SQL = `
WITH enrolled AS (
  SELECT e.person_id, e.as_mentor, e.as_mentee, e.paused, e.capacity, e.created_at,
         p.display_name, p.job_title, p.department, p.office_location, p.removed_at
  FROM enrolments e LEFT JOIN people p ON p.tenant_id = e.tenant_id AND p.id = e.person_id
  WHERE e.tenant_id = $1 AND e.programme_id = $2
),
kept AS (
  SELECT * FROM enrolled
  WHERE ($3::text IS NULL OR ($3::text = 'mentor' AND as_mentor) OR ($3::text = 'mentee' AND as_mentee))
    AND ($4::text = '' OR lower(display_name) LIKE $4::text || '%' OR lower(display_name) LIKE '% ' || $4::text || '%')
    AND ($5::text IS NULL OR department = $5::text)
    AND ($6::text IS NULL OR office_location = $6::text)
),
page AS (SELECT * FROM kept ORDER BY created_at DESC, person_id LIMIT $7 OFFSET $8),
paired AS (
  SELECT person_id, count(*)::int AS n FROM (
    SELECT mentor_id AS person_id FROM pairs
    WHERE tenant_id = $1 AND programme_id = $2 AND status IN ('proposed', 'active', 'paused')
      AND mentor_id IN (SELECT person_id FROM page)
    UNION ALL
    SELECT mentee_id FROM pairs
    WHERE tenant_id = $1 AND programme_id = $2 AND status IN ('proposed', 'active', 'paused')
      AND mentee_id IN (SELECT person_id FROM page)
  ) x GROUP BY person_id
)
SELECT
  (SELECT count(*)::int FROM kept) AS total,
  (SELECT json_build_object('people', count(*), 'mentors', count(*) FILTER (WHERE as_mentor),
     'mentees', count(*) FILTER (WHERE as_mentee)) FROM enrolled) AS counts,
  (SELECT coalesce(json_agg(DISTINCT department ORDER BY department), '[]'::json) FROM enrolled WHERE department IS NOT NULL) AS departments,
  (SELECT coalesce(json_agg(DISTINCT office_location ORDER BY office_location), '[]'::json) FROM enrolled WHERE office_location IS NOT NULL) AS offices,
  (SELECT coalesce(json_agg(json_build_object(
      'id', g.person_id, 'displayName', coalesce(g.display_name, ''), 'jobTitle', g.job_title,
      'department', g.department, 'officeLocation', g.office_location,
      'asMentor', g.as_mentor, 'asMentee', g.as_mentee, 'paused', g.paused, 'capacity', g.capacity,
      'livePairs', coalesce(d.n, 0), 'joinedAt', g.created_at, 'current', g.display_name IS NOT NULL AND g.removed_at IS NULL)
    ORDER BY g.created_at DESC, g.person_id), '[]'::json)
   FROM page g LEFT JOIN paired d ON d.person_id = g.person_id) AS rows
`;

interface JsonRow extends PersonSummary {
  asMentor: boolean;
  asMentee: boolean;
  paused: boolean;
  capacity: number;
  livePairs: number;
  joinedAt: string;
  current: boolean;
}

/** A page of the people enrolled in a programme that the filter keeps, newest first, with the programme's counts. */
export async function enrolledPeople(
  q: Queryable,
  tenantId: string,
  programmeId: string,
  f: EnrolmentFilter,
): Promise<EnrolmentPage> {
  // The words typed match literally: LIKE's own characters are escaped.
  const term = f.search
    .trim()
    .toLowerCase()
    .replace(/[%_\\]/g, (c) => `\\${c}`);
  const [row] = await q.query<Omit<EnrolmentPage, 'rows'> & { rows: JsonRow[] }>(SQL, [
    tenantId,
    programmeId,
    f.role ?? null,
    term,
    f.department ?? null,
    f.office ?? null,
    f.limit,
    f.offset,
  ]);
  const { rows, ...rest } = row!;
  return {
    ...rest,
    rows: rows.map((r) => ({
      person: {
        id: r.id,
        displayName: r.displayName,
        jobTitle: r.jobTitle,
        department: r.department,
        officeLocation: r.officeLocation,
      },
      asMentor: r.asMentor,
      asMentee: r.asMentee,
      paused: r.paused,
      capacity: r.asMentor ? r.capacity : null,
      livePairs: r.livePairs,
      joinedAt: new Date(r.joinedAt).toISOString(),
      current: r.current,
    })),
  };
}
