import type { Queryable } from '../../db/db.js';
import { DEFAULT_SETTINGS } from '../../matching/rules.js';
import type { ProgrammeSettings } from '../../matching/schemas.js';
import type { ProgrammeBody, ProgrammeCounts, ProgrammeStatus } from '../schemas.js';
import { BLANK, isStandard, STANDARD, STANDARD_IDS } from '../standard.js';

// The programmes table: one row per programme of a tenant.

/** A programme as stored: its status is the one HR set ('open' and 'running' both mean live). */
export interface StoredProgramme extends ProgrammeBody {
  id: string;
  status: ProgrammeStatus;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  kind: ProgrammeBody['kind'];
  status: ProgrammeStatus;
  names: ProgrammeBody['names'];
  descriptions: ProgrammeBody['descriptions'];
  enrol_from: string | null;
  enrol_until: string | null;
  starts_on: string | null;
  ends_on: string | null;
  eligibility: Partial<ProgrammeBody['eligibility']>;
  matching: ProgrammeBody['matching'];
  settings: Partial<ProgrammeSettings>;
  defaults: Partial<ProgrammeBody['defaults']>;
  catalogue: Partial<ProgrammeBody['catalogue']>;
  surveys: ProgrammeBody['surveys'];
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `id, kind, status, names, descriptions, enrol_from::text, enrol_until::text, starts_on::text, ends_on::text,
  eligibility, matching, settings, defaults, catalogue, surveys, created_at, updated_at`;

// Rows saved before a field existed read as its default, so old settings stay valid.
const fromRow = (r: Row): StoredProgramme => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  names: r.names,
  descriptions: r.descriptions,
  enrolFrom: r.enrol_from,
  enrolUntil: r.enrol_until,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  eligibility: { ...BLANK.eligibility, ...r.eligibility },
  matching: r.matching,
  rules: { ...DEFAULT_SETTINGS, ...r.settings, weights: { ...DEFAULT_SETTINGS.weights, ...r.settings.weights } },
  defaults: { ...BLANK.defaults, ...r.defaults },
  catalogue: { ...BLANK.catalogue, ...r.catalogue },
  surveys: r.surveys,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/**
 * The tenant's two standard programmes, written the first time anything reads them, so that a
 * tenant new to Tandem has them like every other.
 */
async function ensureStandard(q: Queryable, tenantId: string): Promise<void> {
  for (const id of STANDARD_IDS) await insertProgramme(q, tenantId, id, 'running', STANDARD[id]);
}

export async function listProgrammes(q: Queryable, tenantId: string): Promise<StoredProgramme[]> {
  await ensureStandard(q, tenantId);
  const rows = await q.query<Row>(
    `SELECT ${COLUMNS} FROM programmes WHERE tenant_id = $1
     ORDER BY status = 'archived', created_at, id`,
    [tenantId],
  );
  return rows.map(fromRow);
}

/** The programme, or undefined; `lock` holds its row until the transaction ends. */
export async function findProgramme(
  q: Queryable,
  tenantId: string,
  id: string,
  lock = false,
): Promise<StoredProgramme | undefined> {
  const read = () =>
    q.query<Row>(`SELECT ${COLUMNS} FROM programmes WHERE tenant_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`, [
      tenantId,
      id,
    ]);
  let rows = await read();
  if (rows.length === 0 && isStandard(id)) {
    await ensureStandard(q, tenantId);
    rows = await read();
  }
  return rows[0] && fromRow(rows[0]);
}

/** Saves a new programme; false when the id exists (nothing changed). */
export async function insertProgramme(
  q: Queryable,
  tenantId: string,
  id: string,
  status: ProgrammeStatus,
  p: ProgrammeBody,
): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO programmes (tenant_id, id, status, ${FIELDS})
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9, $10, $11::jsonb, $12, $13::jsonb, $14::jsonb, $15::jsonb, $16::jsonb)
     ON CONFLICT (tenant_id, id) DO NOTHING RETURNING id`,
    [tenantId, id, status, ...values(p)],
  );
  return rows.length > 0;
}

const FIELDS = `kind, names, descriptions, enrol_from, enrol_until, starts_on, ends_on, eligibility, matching,
  settings, defaults, catalogue, surveys`;

const values = (p: ProgrammeBody) => [
  p.kind,
  JSON.stringify(p.names),
  JSON.stringify(p.descriptions),
  p.enrolFrom,
  p.enrolUntil,
  p.startsOn,
  p.endsOn,
  JSON.stringify(p.eligibility),
  p.matching,
  JSON.stringify(p.rules),
  JSON.stringify(p.defaults),
  JSON.stringify(p.catalogue),
  JSON.stringify(p.surveys),
];

export async function updateProgramme(q: Queryable, tenantId: string, id: string, p: ProgrammeBody): Promise<void> {
  await q.query(
    `UPDATE programmes SET (${FIELDS}, updated_at) =
       ($3, $4::jsonb, $5::jsonb, $6, $7, $8, $9, $10::jsonb, $11, $12::jsonb, $13::jsonb, $14::jsonb, $15::jsonb, now())
     WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id, ...values(p)],
  );
}

export async function setStatus(q: Queryable, tenantId: string, id: string, status: ProgrammeStatus): Promise<void> {
  await q.query(`UPDATE programmes SET status = $3, updated_at = now() WHERE tenant_id = $1 AND id = $2`, [
    tenantId,
    id,
    status,
  ]);
}

/** Enrolled mentors and mentees and live pairs of every programme of the tenant, by id. */
export async function programmeCounts(q: Queryable, tenantId: string): Promise<Map<string, ProgrammeCounts>> {
  const rows = await q.query<{ id: string; mentors: number; mentees: number; live_pairs: number }>(
    `SELECT p.id,
       (SELECT count(*)::int FROM enrolments e WHERE e.tenant_id = p.tenant_id AND e.programme_id = p.id AND e.as_mentor) AS mentors,
       (SELECT count(*)::int FROM enrolments e WHERE e.tenant_id = p.tenant_id AND e.programme_id = p.id AND e.as_mentee) AS mentees,
       (SELECT count(*)::int FROM pairs x WHERE x.tenant_id = p.tenant_id AND x.programme_id = p.id
          AND x.status IN ('proposed', 'active', 'paused')) AS live_pairs
     FROM programmes p WHERE p.tenant_id = $1`,
    [tenantId],
  );
  return new Map(rows.map((r) => [r.id, { mentors: r.mentors, mentees: r.mentees, livePairs: r.live_pairs }]));
}

/** How many people of the directory (still there) the eligibility admits, levels and places only. */
export async function countEligible(
  q: Queryable,
  tenantId: string,
  e: ProgrammeBody['eligibility'],
): Promise<{ admitted: number; directory: number }> {
  const rows = await q.query<{ admitted: number; directory: number }>(
    `SELECT count(*) FILTER (WHERE (cardinality($2::int[]) = 0 OR level = ANY($2))
                              AND (cardinality($3::text[]) = 0 OR department = ANY($3))
                              AND (cardinality($4::text[]) = 0 OR office_location = ANY($4))
                              AND (cardinality($5::text[]) = 0 OR country = ANY($5)))::int AS admitted,
            count(*)::int AS directory
     FROM people WHERE tenant_id = $1 AND removed_at IS NULL`,
    [tenantId, e.levels, e.departments, e.offices, e.countries],
  );
  return rows[0] ?? { admitted: 0, directory: 0 };
}
