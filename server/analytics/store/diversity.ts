import type { Queryable } from '../../db/db.js';
import { generationOf, params, peopleOfPairs, SCOPE_PAIRS, type Scope } from './scope.js';

export interface CrossingCounts {
  pairs: number;
  people: number;
  department: number;
  office: number;
  generation: number;
  country: number;
}

export interface GapCount {
  gap: number;
  pairs: number;
  people: number;
}

const PAIR_PEOPLE = `d AS (
  SELECT sp.id, sp.mentor_id, sp.mentee_id, g.kind,
         pm.department AS m_department, pe.department AS e_department,
         pm.office_location AS m_office, pe.office_location AS e_office,
         ${generationOf('pm')} AS m_generation, ${generationOf('pe')} AS e_generation,
         pm.country AS m_country, pe.country AS e_country, pm.level AS m_level, pe.level AS e_level
  FROM scope_pairs sp
  LEFT JOIN people pm ON pm.tenant_id = $1 AND pm.id = sp.mentor_id
  LEFT JOIN people pe ON pe.tenant_id = $1 AND pe.id = sp.mentee_id
  LEFT JOIN programmes g ON g.tenant_id = $1 AND g.id = sp.programme_id
)`;

/** Matched pairs of the selection whose two people differ in department, office, generation, country (both known). */
export async function crossingCounts(q: Queryable, s: Scope): Promise<CrossingCounts> {
  const rows = await q.query<CrossingCounts>(
    `WITH ${SCOPE_PAIRS}, ${PAIR_PEOPLE}
     SELECT count(*)::int AS pairs, ${peopleOfPairs('d')} AS people,
            count(*) FILTER (WHERE m_department <> e_department)::int AS department,
            count(*) FILTER (WHERE m_office <> e_office)::int AS office,
            count(*) FILTER (WHERE m_generation <> e_generation)::int AS generation,
            count(*) FILTER (WHERE m_country <> e_country)::int AS country
     FROM d`,
    params(s),
  );
  return rows[0]!;
}

/** Reverse-mentoring pairs of the selection by level gap (mentee's level minus mentor's; both known). */
export async function reverseGaps(q: Queryable, s: Scope): Promise<GapCount[]> {
  return q.query<GapCount>(
    `WITH ${SCOPE_PAIRS}, ${PAIR_PEOPLE}
     SELECT gap, count(DISTINCT id)::int AS pairs, count(DISTINCT person)::int AS people
     FROM (SELECT d.id, (d.e_level - d.m_level)::int AS gap, v.person FROM d
           CROSS JOIN LATERAL (VALUES (d.mentor_id), (d.mentee_id)) v(person)
           WHERE d.kind = 'reverse' AND d.e_level IS NOT NULL AND d.m_level IS NOT NULL) x
     GROUP BY gap ORDER BY gap`,
    params(s),
  );
}
