// What every outcomes query shares: its parameters and the pairs of the selection. Each query is
// one statement over the tenant's own rows; nothing is loaded row by row into JavaScript.

/** The parameters every outcomes statement takes, in this order ($1 ... $8). */
export interface Scope {
  tenantId: string;
  /** null: every programme. */
  programmeId: string | null;
  /** The period's first instant (start of `from`, UTC), or -infinity. */
  from: Date | '-infinity';
  /** The period's end (the day after `to`, UTC), or infinity. */
  toEnd: Date | 'infinity';
  office: string | null;
  department: string | null;
  level: number | null;
  now: Date;
}

export const params = (s: Scope): unknown[] => [
  s.tenantId,
  s.programmeId,
  s.from,
  s.toEnd,
  s.office,
  s.department,
  s.level,
  s.now,
];

/** The period's end as far as it has happened: the earlier of its end ($4) and now ($8). */
export const REF = `least($4::timestamptz, $8::timestamptz)`;

/** The people filter ($5 office, $6 department, $7 level) on the people row `p`. */
export const personFilter = (p: string): string =>
  `($5::text IS NULL OR ${p}.office_location = $5) AND ($6::text IS NULL OR ${p}.department = $6)
   AND ($7::int IS NULL OR ${p}.level = $7)`;

const NO_FILTER = `($5::text IS NULL AND $6::text IS NULL AND $7::int IS NULL)`;

/**
 * scope_pairs: the matched pairs (both confirmed) of the programme(s), formed before the period's
 * end and not finished before its start, with at least one of the two people in the filter.
 * `until` is when the pair stopped counting: its end for a finished pair, else the period's end.
 */
export const SCOPE_PAIRS = `scope_pairs AS (
  SELECT pr.id, pr.programme_id, pr.mentor_id, pr.mentee_id, pr.status, pr.created_at AS started_at,
         CASE WHEN pr.status IN ('completed', 'ended') THEN least(pr.updated_at, ${REF}) ELSE ${REF} END AS until
  FROM pairs pr
  WHERE pr.tenant_id = $1 AND ($2::text IS NULL OR pr.programme_id = $2)
    AND pr.mentor_confirmed AND pr.mentee_confirmed
    AND pr.created_at < ${REF}
    AND (pr.status IN ('active', 'paused') OR pr.updated_at >= $3::timestamptz)
    AND (${NO_FILTER} OR EXISTS (
      SELECT 1 FROM people p WHERE p.tenant_id = $1 AND p.id IN (pr.mentor_id, pr.mentee_id) AND ${personFilter('p')}))
)`;

/** The generation of the people row `p`: the decade of their hire date ("1990s"), null when unknown. */
export const generationOf = (p: string): string =>
  `CASE WHEN ${p}.hire_date IS NULL THEN NULL ELSE ((extract(year FROM ${p}.hire_date)::int / 10) * 10)::text || 's' END`;

/** Distinct people of the pairs in `from` (a relation with mentor_id and mentee_id). */
export const peopleOfPairs = (from: string): string =>
  `(SELECT count(DISTINCT v.person)::int FROM ${from} x CROSS JOIN LATERAL (VALUES (x.mentor_id), (x.mentee_id)) v(person))`;
