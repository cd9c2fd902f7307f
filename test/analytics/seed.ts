import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../server/db/db.js';
import { seeded } from '../helpers/random.js';

// A small organisation with a year and a bit of mentoring, written straight into the real tables
// (people as org sync keeps them, enrolments, pairs, meeting series and sessions, check-ins with
// private notes, goal progress history). The records are returned too, so the tests compute
// every expected figure from them on their own, without the server's SQL.

export const DAY = 86_400_000;
export const WEEK = 7 * DAY;

export interface SeedPerson {
  id: string;
  department: string | null;
  office: string | null;
  country: string | null;
  level: number | null;
  /** "YYYY-MM-DD" or null. */
  hireDate: string | null;
  removedAt: number | null;
}
export interface SeedEnrolment {
  personId: string;
  programmeId: string;
  asMentor: boolean;
  asMentee: boolean;
  createdAt: number;
}
export interface SeedPair {
  id: string;
  programmeId: string;
  mentorId: string;
  menteeId: string;
  status: 'proposed' | 'active' | 'paused' | 'completed' | 'ended';
  confirmed: boolean;
  createdAt: number;
  updatedAt: number;
}
export interface SeedOccurrence {
  id: string;
  pairId: string;
  seriesId: string;
  startsAt: number;
  endsAt: number;
  status: 'scheduled' | 'skipping' | 'skipped' | 'rescheduling' | 'cancelled';
}
export interface SeedCheckin {
  occurrenceId: string;
  personId: string;
  happened: boolean;
  usefulness: number | null;
  confidence: number | null;
  note: string | null;
}
export interface SeedHistory {
  pairId: string;
  goalId: string;
  progress: number;
  recordedAt: number;
}
export interface SeedSurvey {
  id: string;
  programmeId: string;
  personId: string;
  moment: 'start' | 'midpoint' | 'end';
  answeredAt: number | null;
  motivation: number;
  recommend: number;
  confidence: number[];
}
export interface Seeded {
  programmes: { id: string; kind: 'mentoring' | 'reverse' }[];
  people: SeedPerson[];
  enrolments: SeedEnrolment[];
  pairs: SeedPair[];
  occurrences: SeedOccurrence[];
  checkins: SeedCheckin[];
  history: SeedHistory[];
  surveys: SeedSurvey[];
}

/** Words no figure may ever contain: every private note carries them. */
export const PRIVATE_MARK = 'PRIVATE-NOTE';

const DEPARTMENTS = ['Engineering', 'Sales', 'Finance', 'People', null];
const OFFICES = ['Milano', 'Roma', 'Torino', 'London', null];
const COUNTRIES = ['IT', 'IT', 'IT', 'GB', null];
const GOALS = ['grow_as_leader', 'learn_generative_ai', 'build_confidence'];

/** Seeds the tenant and answers what it wrote. `now` is the app's clock. */
export async function seedOrganisation(db: Queryable, tenantId: string, now: number, seed = 12): Promise<Seeded> {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const between = (a: number, b: number) => a + Math.floor(rnd() * (b - a));
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  const programmes = [
    { id: 'mentoring', kind: 'mentoring' as const },
    { id: 'reverse', kind: 'reverse' as const },
    { id: 'buddies-milano', kind: 'mentoring' as const },
  ];

  const people: SeedPerson[] = [];
  for (let i = 0; i < 320; i++) {
    people.push({
      id: randomUUID(),
      department: pick(DEPARTMENTS),
      office: pick(OFFICES),
      country: pick(COUNTRIES),
      level: rnd() < 0.05 ? null : between(1, 11),
      hireDate: rnd() < 0.05 ? null : day(now - between(40, 365 * 35) * DAY),
      // About one in six left the directory in the last 15 months.
      removedAt: rnd() < 0.17 ? now - between(1, 450) * DAY : null,
    });
  }
  // A department of three: any figure about it alone is under the group limit.
  for (let i = 0; i < 3; i++)
    people.push({
      id: randomUUID(),
      department: 'Legal',
      office: 'Roma',
      country: 'IT',
      level: 5,
      hireDate: day(now - 900 * DAY),
      removedAt: null,
    });

  const enrolments: SeedEnrolment[] = [];
  const enrolled = people.filter((p) => p.department !== 'Legal' && rnd() < 0.5);
  for (const p of enrolled) {
    for (const prog of programmes) {
      if (rnd() < 0.55) continue;
      const asMentor = rnd() < 0.5;
      enrolments.push({
        personId: p.id,
        programmeId: prog.id,
        asMentor,
        asMentee: !asMentor || rnd() < 0.2,
        createdAt: now - between(1, 480) * DAY,
      });
    }
  }
  // Two of the Legal department join too.
  for (const p of people.filter((x) => x.department === 'Legal').slice(0, 2))
    enrolments.push({
      personId: p.id,
      programmeId: 'mentoring',
      asMentor: false,
      asMentee: true,
      createdAt: now - 200 * DAY,
    });

  const pairs: SeedPair[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 140; i++) {
    const prog = pick(programmes);
    const inProg = enrolments.filter((e) => e.programmeId === prog.id);
    const mentor = pick(inProg.filter((e) => e.asMentor));
    const mentee = pick(inProg.filter((e) => e.asMentee && e.personId !== mentor.personId));
    const key = `${prog.id} ${mentor.personId} ${mentee.personId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const status = pick(['active', 'active', 'active', 'paused', 'completed', 'ended', 'ended', 'proposed'] as const);
    const createdAt = now - between(3, 420) * DAY - between(0, DAY);
    const confirmed = status !== 'proposed' && !(status === 'ended' && rnd() < 0.2);
    const updatedAt =
      status === 'completed' || status === 'ended' ? Math.min(now - DAY, createdAt + between(7, 300) * DAY) : createdAt;
    pairs.push({
      id: randomUUID(),
      programmeId: prog.id,
      mentorId: mentor.personId,
      menteeId: mentee.personId,
      status,
      confirmed,
      createdAt,
      updatedAt,
    });
  }
  // Pairs of the Legal department's two with each other and with a colleague.
  const legal = people.filter((x) => x.department === 'Legal');
  pairs.push({
    id: randomUUID(),
    programmeId: 'mentoring',
    mentorId: legal[2]!.id,
    menteeId: legal[0]!.id,
    status: 'active',
    confirmed: true,
    createdAt: now - 100 * DAY,
    updatedAt: now - 100 * DAY,
  });

  const occurrences: SeedOccurrence[] = [];
  const seriesRows: {
    id: string;
    pairId: string;
    generation: number;
    status: string;
    organizer: string;
    attendee: string;
  }[] = [];
  const checkins: SeedCheckin[] = [];
  const history: SeedHistory[] = [];
  for (const pair of pairs.filter((p) => p.confirmed)) {
    // Some pairs were booked twice (declined, booked again): sessions of both series count.
    const generations = rnd() < 0.2 ? 2 : 1;
    let start = pair.createdAt + between(1, 6) * DAY;
    for (let g = 1; g <= generations; g++) {
      const series = {
        id: randomUUID(),
        pairId: pair.id,
        generation: g,
        status: g < generations ? 'replaced' : pair.status === 'active' ? 'booked' : 'cancelled',
        organizer: pair.mentorId,
        attendee: pair.menteeId,
      };
      seriesRows.push(series);
      const count = between(2, 14);
      for (let k = 0; k < count; k++) {
        const startsAt = start;
        start += rnd() < 0.5 ? WEEK : 2 * WEEK;
        const occ: SeedOccurrence = {
          id: randomUUID(),
          pairId: pair.id,
          seriesId: series.id,
          startsAt,
          endsAt: startsAt + 45 * 60_000,
          status: pick([
            'scheduled',
            'scheduled',
            'scheduled',
            'skipped',
            'cancelled',
            'rescheduling',
            'skipping',
          ] as const),
        };
        occurrences.push(occ);
        if (occ.endsAt > now) continue;
        for (const personId of [pair.mentorId, pair.menteeId]) {
          if (rnd() < 0.35) continue;
          checkins.push({
            occurrenceId: occ.id,
            personId,
            happened: rnd() < 0.8,
            usefulness: rnd() < 0.15 ? null : between(1, 6),
            confidence: rnd() < 0.15 ? null : between(1, 6),
            note: rnd() < 0.5 ? `${PRIVATE_MARK} ${randomUUID()}` : null,
          });
        }
      }
    }
    // The mentee's goals: progress recorded now and then, rising, sometimes after the pair ended.
    if (rnd() < 0.75) {
      const goals = GOALS.slice(0, between(1, 4));
      for (const goalId of goals) {
        let at = pair.createdAt + between(0, 20) * DAY;
        let progress = 0;
        while (at < now && progress < 100) {
          progress = Math.min(100, progress + between(5, 30));
          history.push({ pairId: pair.id, goalId, progress, recordedAt: at });
          at += between(2, 40) * DAY;
        }
      }
    }
  }

  // Pulse surveys: each person of a matched pair asked at some moments; most answered.
  const surveys: SeedSurvey[] = [];
  const asked = new Set<string>();
  for (const pair of pairs.filter((p) => p.confirmed)) {
    for (const personId of [pair.mentorId, pair.menteeId]) {
      for (const moment of ['start', 'midpoint', 'end'] as const) {
        const key = `${pair.programmeId} ${personId} ${moment}`;
        if (asked.has(key) || rnd() < 0.3) continue;
        asked.add(key);
        const at = pair.createdAt + (moment === 'start' ? 3 : moment === 'midpoint' ? 90 : 180) * DAY;
        if (at >= now) continue;
        surveys.push({
          id: randomUUID(),
          programmeId: pair.programmeId,
          personId,
          moment,
          answeredAt: rnd() < 0.85 ? at + between(0, 5) * DAY : null,
          motivation: between(1, 6),
          recommend: between(0, 11),
          confidence: Array.from({ length: between(0, 4) }, () => between(1, 6)),
        });
      }
    }
  }

  await db.query(`INSERT INTO tenants (tenant_id) VALUES ($1) ON CONFLICT DO NOTHING`, [tenantId]);
  for (const p of programmes)
    await db.query(
      `INSERT INTO programmes (tenant_id, id, kind, settings, names, descriptions)
       VALUES ($1, $2, $3, '{}', $4, '{"en": "", "it": ""}') ON CONFLICT (tenant_id, id) DO UPDATE SET kind = EXCLUDED.kind`,
      [tenantId, p.id, p.kind, JSON.stringify({ en: p.id, it: p.id })],
    );
  await insert(
    db,
    'people',
    ['tenant_id', 'id', 'display_name', 'department', 'office_location', 'country', 'level', 'hire_date', 'removed_at'],
    people.map((p) => [
      tenantId,
      p.id,
      `Person ${p.id.slice(0, 6)}`,
      p.department,
      p.office,
      p.country,
      p.level,
      p.hireDate,
      p.removedAt === null ? null : new Date(p.removedAt),
    ]),
  );
  await insert(
    db,
    'enrolments',
    [
      'tenant_id',
      'person_id',
      'programme_id',
      'as_mentor',
      'as_mentee',
      'cadence',
      'meeting_minutes',
      'capacity',
      'created_at',
    ],
    enrolments.map((e) => [
      tenantId,
      e.personId,
      e.programmeId,
      e.asMentor,
      e.asMentee,
      'biweekly',
      45,
      2,
      new Date(e.createdAt),
    ]),
  );
  await insert(
    db,
    'pairs',
    [
      'tenant_id',
      'id',
      'programme_id',
      'mentor_id',
      'mentee_id',
      'status',
      'source',
      'score',
      'reasons',
      'mentor_confirmed',
      'mentee_confirmed',
      'created_at',
      'updated_at',
    ],
    pairs.map((p) => [
      tenantId,
      p.id,
      p.programmeId,
      p.mentorId,
      p.menteeId,
      p.status,
      'request',
      50,
      '[]',
      p.confirmed,
      p.confirmed,
      new Date(p.createdAt),
      new Date(p.updatedAt),
    ]),
  );
  await insert(
    db,
    'meeting_series',
    [
      'tenant_id',
      'id',
      'pair_id',
      'generation',
      'status',
      'organizer_id',
      'attendee_id',
      'cadence',
      'duration_minutes',
      'transaction_id',
    ],
    seriesRows.map((s) => [
      tenantId,
      s.id,
      s.pairId,
      s.generation,
      s.status,
      s.organizer,
      s.attendee,
      'weekly',
      45,
      s.id,
    ]),
  );
  await insert(
    db,
    'meeting_occurrences',
    ['tenant_id', 'id', 'series_id', 'original_start', 'starts_at', 'ends_at', 'status'],
    occurrences.map((o) => [
      tenantId,
      o.id,
      o.seriesId,
      new Date(o.startsAt),
      new Date(o.startsAt),
      new Date(o.endsAt),
      o.status,
    ]),
  );
  await insert(
    db,
    'checkins',
    ['tenant_id', 'occurrence_id', 'person_id', 'happened', 'usefulness', 'confidence', 'note'],
    checkins.map((c) => [tenantId, c.occurrenceId, c.personId, c.happened, c.usefulness, c.confidence, c.note]),
  );
  await insert(
    db,
    'goal_progress_history',
    ['tenant_id', 'pair_id', 'goal_id', 'progress', 'recorded_at'],
    history.map((h) => [tenantId, h.pairId, h.goalId, h.progress, new Date(h.recordedAt)]),
  );
  await insert(
    db,
    'survey_requests',
    ['tenant_id', 'id', 'programme_id', 'person_id', 'moment', 'created_at', 'closes_at', 'answered_at'],
    surveys.map((v) => [
      tenantId,
      v.id,
      v.programmeId,
      v.personId,
      v.moment,
      new Date(now - 500 * DAY),
      new Date(now + 500 * DAY),
      v.answeredAt === null ? null : new Date(v.answeredAt),
    ]),
  );
  const answered = surveys.filter((v) => v.answeredAt !== null);
  await insert(
    db,
    'survey_answers',
    ['tenant_id', 'survey_id', 'motivation', 'recommend'],
    answered.map((v) => [tenantId, v.id, v.motivation, v.recommend]),
  );
  await insert(
    db,
    'survey_confidence',
    ['tenant_id', 'survey_id', 'skill_id', 'confidence'],
    answered.flatMap((v) => v.confidence.map((c, i) => [tenantId, v.id, `skill_${i}`, c])),
  );
  return { programmes, people, enrolments, pairs, occurrences, checkins, history, surveys };
}

/** Rows in batches of one multi-row INSERT each. */
async function insert(db: Queryable, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    const batch = rows.slice(i, i + 200);
    const values = batch.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, batch.flat());
  }
}
