import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/db.js';
import type { Label } from '../matching/schemas.js';
import type { ProgrammeTimes } from './moments.js';
import type { SurveyMoment, SurveySummary } from './schemas.js';

// survey_requests, survey_answers, survey_confidence, survey_comments (migration 009), and the
// reads of programmes and pairs that deciding who is asked needs. A comment is written here and
// read by no function of this file: it is HR's, unattributed (server/analytics reads it in bulk).

export interface SurveyRow {
  id: string;
  programmeId: string;
  programmeName: Label;
  personId: string;
  moment: SurveyMoment;
  skills: string[];
  createdAt: Date;
  closesAt: Date;
  answeredAt: Date | null;
}

interface Row {
  id: string;
  programme_id: string;
  names: Label | null;
  person_id: string;
  moment: SurveyMoment;
  skills: string[];
  created_at: Date;
  closes_at: Date;
  answered_at: Date | null;
}

const toSurvey = (r: Row): SurveyRow => ({
  id: r.id,
  programmeId: r.programme_id,
  programmeName: r.names ?? { en: r.programme_id, it: r.programme_id },
  personId: r.person_id,
  moment: r.moment,
  skills: r.skills,
  createdAt: r.created_at,
  closesAt: r.closes_at,
  answeredAt: r.answered_at,
});

const SELECT = `SELECT s.id, s.programme_id, p.names, s.person_id, s.moment, s.skills, s.created_at, s.closes_at, s.answered_at
  FROM survey_requests s LEFT JOIN programmes p ON p.tenant_id = s.tenant_id AND p.id = s.programme_id`;

export const summaryOf = (s: SurveyRow): SurveySummary => ({
  id: s.id,
  programmeId: s.programmeId,
  programmeName: s.programmeName,
  moment: s.moment,
  createdAt: s.createdAt.toISOString(),
  closesAt: s.closesAt.toISOString(),
});

/** The person's unanswered surveys still open at `now`, oldest first. */
export async function pendingSurveys(
  q: Queryable,
  tenantId: string,
  personId: string,
  now: number,
): Promise<SurveyRow[]> {
  const rows = await q.query<Row>(
    `${SELECT} WHERE s.tenant_id = $1 AND s.person_id = $2 AND s.answered_at IS NULL AND s.closes_at > $3
     ORDER BY s.created_at, s.id`,
    [tenantId, personId, new Date(now)],
  );
  return rows.map(toSurvey);
}

/** One survey of the tenant, whoever it is for. */
export async function surveyById(q: Queryable, tenantId: string, id: string): Promise<SurveyRow | undefined> {
  const rows = await q.query<Row>(`${SELECT} WHERE s.tenant_id = $1 AND s.id = $2`, [tenantId, id]);
  return rows[0] && toSurvey(rows[0]);
}

export interface Answers {
  confidence: Record<string, number>;
  motivation: number;
  recommend: number;
  comment: string | null;
}

/**
 * Records the answers of a survey still unanswered and open at `now`, in one transaction: the
 * first answer wins, and a second (or a concurrent one) finds it answered. Answers when it was
 * answered, or undefined when it was not open for an answer.
 */
export async function saveAnswers(
  tx: Queryable,
  tenantId: string,
  survey: Pick<SurveyRow, 'id' | 'programmeId' | 'moment'>,
  answers: Answers,
  now: number,
): Promise<Date | undefined> {
  const [taken] = await tx.query<{ answered_at: Date }>(
    `UPDATE survey_requests SET answered_at = $3
     WHERE tenant_id = $1 AND id = $2 AND answered_at IS NULL AND closes_at > $3 RETURNING answered_at`,
    [tenantId, survey.id, new Date(now)],
  );
  if (!taken) return undefined;
  await tx.query(`INSERT INTO survey_answers (tenant_id, survey_id, motivation, recommend) VALUES ($1, $2, $3, $4)`, [
    tenantId,
    survey.id,
    answers.motivation,
    answers.recommend,
  ]);
  const skills = Object.keys(answers.confidence);
  if (skills.length > 0) {
    await tx.query(
      `INSERT INTO survey_confidence (tenant_id, survey_id, skill_id, confidence)
       SELECT $1, $2, skill, level FROM unnest($3::text[], $4::int[]) AS a(skill, level)`,
      [tenantId, survey.id, skills, skills.map((s) => answers.confidence[s])],
    );
  }
  if (answers.comment) {
    // Its own random id and only the day: nothing joins it back to the survey or the person.
    await tx.query(
      `INSERT INTO survey_comments (tenant_id, id, programme_id, moment, body, created_on)
       VALUES ($1, $2, $3, $4, $5, $6::date)`,
      [
        tenantId,
        randomUUID(),
        survey.programmeId,
        survey.moment,
        answers.comment,
        new Date(now).toISOString().slice(0, 10),
      ],
    );
  }
  return taken.answered_at;
}

export interface ProgrammeRow extends ProgrammeTimes {
  id: string;
  names: Label;
}

/** The tenant's programmes that may still survey or thank anyone (not drafts, not archived). */
export async function activeProgrammes(q: Queryable, tenantId: string): Promise<ProgrammeRow[]> {
  const rows = await q.query<{
    id: string;
    names: Label;
    status: ProgrammeTimes['status'];
    starts_on: string | null;
    ends_on: string | null;
    surveys: unknown;
    changed_on: string;
  }>(
    `SELECT id, names, status, starts_on, ends_on, surveys, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS changed_on
     FROM programmes WHERE tenant_id = $1 AND status IN ('open', 'running', 'closed') ORDER BY id`,
    [tenantId],
  );
  return rows.map((r) => ({
    id: r.id,
    names: r.names,
    status: r.status,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    surveys: Array.isArray(r.surveys) ? r.surveys.filter((m): m is string => typeof m === 'string') : [],
    changedOn: r.changed_on,
  }));
}

export interface PairToAsk {
  pairId: string;
  mentorId: string;
  menteeId: string;
  /** What the mentee wants and the mentor offers in the programme (catalogue skill ids). */
  wants: string[];
  offers: string[];
}

/**
 * A programme's pairs in `statuses` one of whose people has not been asked `moment` yet, oldest
 * first, created from a day on and/or before a day (UTC days), with the skills of their enrolments.
 */
export async function pairsToAsk(
  q: Queryable,
  tenantId: string,
  programmeId: string,
  moment: SurveyMoment,
  statuses: readonly string[],
  created: { from?: string; before?: string },
): Promise<PairToAsk[]> {
  // Plain reads joined here, and NOT IN over one hashed set of the people asked: with the
  // statistics a new table has, the planner ran joins and anti-joins per pair over the whole
  // programme (quadratic: 7 minutes for 20,000 pairs on PGlite). person_id is never null.
  const pairs = await q.query<{ id: string; mentor_id: string; mentee_id: string }>(
    `WITH asked AS (
       SELECT person_id FROM survey_requests WHERE tenant_id = $1 AND programme_id = $2 AND moment = $6)
     SELECT p.id, p.mentor_id, p.mentee_id FROM pairs p
     WHERE p.tenant_id = $1 AND p.programme_id = $2 AND p.status = ANY($3::text[])
       AND ($4::date IS NULL OR (p.created_at AT TIME ZONE 'UTC')::date >= $4::date)
       AND ($5::date IS NULL OR (p.created_at AT TIME ZONE 'UTC')::date < $5::date)
       AND (p.mentor_id NOT IN (SELECT person_id FROM asked) OR p.mentee_id NOT IN (SELECT person_id FROM asked))
     ORDER BY p.created_at, p.id`,
    [tenantId, programmeId, statuses, created.from ?? null, created.before ?? null, moment],
  );
  if (pairs.length === 0) return [];
  const enrolments = await q.query<{ person_id: string; wants: string[]; offers: string[] }>(
    `SELECT person_id, wants, offers FROM enrolments WHERE tenant_id = $1 AND programme_id = $2`,
    [tenantId, programmeId],
  );
  const skills = new Map(enrolments.map((e) => [e.person_id, e]));
  return pairs.map((r) => ({
    pairId: r.id,
    mentorId: r.mentor_id,
    menteeId: r.mentee_id,
    wants: skills.get(r.mentee_id)?.wants ?? [],
    offers: skills.get(r.mentor_id)?.offers ?? [],
  }));
}

export interface NewSurvey {
  id: string;
  personId: string;
  pairId: string;
  role: 'mentor' | 'mentee';
  skills: string[];
}

/**
 * Asks these people the programme's survey of `moment`, unless they were already asked it: the
 * unique (programme, person, moment) makes this safe to run twice, or in two processes at once.
 * Answers how many were newly asked.
 */
export async function insertSurveys(
  q: Queryable,
  tenantId: string,
  programmeId: string,
  moment: SurveyMoment,
  surveys: readonly NewSurvey[],
  now: number,
  closesAt: number,
): Promise<number> {
  let added = 0;
  for (let i = 0; i < surveys.length; i += 1000) {
    const chunk = surveys.slice(i, i + 1000);
    const rows = await q.query(
      `INSERT INTO survey_requests (tenant_id, id, programme_id, person_id, moment, pair_id, role, skills, created_at, closes_at)
       SELECT $1, id, $2, person_id, $3, pair_id, role, CASE WHEN skills = '' THEN '{}'::text[] ELSE string_to_array(skills, ',') END, $4, $5
       FROM unnest($6::uuid[], $7::uuid[], $8::uuid[], $9::text[], $10::text[]) AS s(id, person_id, pair_id, role, skills)
       ON CONFLICT (tenant_id, programme_id, person_id, moment) DO NOTHING
       RETURNING id`,
      [
        tenantId,
        programmeId,
        moment,
        new Date(now),
        new Date(closesAt),
        chunk.map((s) => s.id),
        chunk.map((s) => s.personId),
        chunk.map((s) => s.pairId),
        chunk.map((s) => s.role),
        chunk.map((s) => s.skills.join(',')),
      ],
    );
    added += rows.length;
  }
  return added;
}
