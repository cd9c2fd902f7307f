import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/db.js';
import { AppError } from '../errors.js';
import { unknownGoals, unknownSkills } from '../matching/skills.js';
import type { OpenProgramme, Programme, ProgrammeBody, ProgrammeStatus, ProgrammeTransition } from './schemas.js';
import {
  countEligible,
  findProgramme,
  insertProgramme,
  listProgrammes,
  programmeCounts,
  setStatus,
  updateProgramme,
  type StoredProgramme,
} from './store/programmes.js';

// Programmes as HR runs them: what a programme may be (checked before anything is saved), how its
// status moves, and what of it the employees see.

/** Checks what the schema cannot; each problem names its field in `details.field`. */
export async function checkProgramme(q: Queryable, tenantId: string, p: ProgrammeBody): Promise<void> {
  const before = (a: string | null, b: string | null) => a !== null && b !== null && b < a;
  if (before(p.startsOn, p.endsOn))
    throw new AppError('programme_dates', 'The programme ends before it starts.', { field: 'endsOn' });
  if (before(p.enrolFrom, p.enrolUntil))
    throw new AppError('programme_dates', 'Joining closes before it opens.', { field: 'enrolUntil' });
  if (p.endsOn !== null && before(p.enrolFrom, p.endsOn))
    throw new AppError('programme_dates', 'Joining opens after the programme ends.', { field: 'enrolFrom' });
  const w = p.rules.weights;
  if (w.skills + w.goals + w.diversity + w.seniorityGap + w.overlap + w.load <= 0)
    throw new AppError('no_weights', 'At least one weight must be above zero.', { field: 'rules.weights' });
  const skills = unknownSkills(p.catalogue.skills);
  if (skills.length > 0)
    throw new AppError('unknown_skill', `Unknown skills: ${skills.join(', ')}.`, {
      ids: skills,
      field: 'catalogue.skills',
    });
  const goals = unknownGoals(p.catalogue.goals);
  if (goals.length > 0)
    throw new AppError('unknown_goal', `Unknown goals: ${goals.join(', ')}.`, { ids: goals, field: 'catalogue.goals' });
  // Invite-only programmes admit whoever is invited; otherwise someone in the directory must fit.
  const { admitted, directory } = await countEligible(q, tenantId, p.eligibility);
  if (!p.eligibility.inviteOnly && directory > 0 && admitted === 0) {
    throw new AppError('nobody_eligible', 'Nobody in the organisation meets these eligibility rules.', {
      field: 'eligibility',
    });
  }
}

/** The status people see: a live programme is "running" from its start date, "open" before. */
export function statusOn(p: Pick<StoredProgramme, 'status' | 'startsOn'>, today: string): ProgrammeStatus {
  if (p.status !== 'open' && p.status !== 'running') return p.status;
  return p.startsOn !== null && p.startsOn > today ? 'open' : 'running';
}

/** Whether people may join today: live, and inside the enrolment window if it has one. */
export function joinableOn(p: StoredProgramme, today: string): boolean {
  const live = p.status === 'open' || p.status === 'running';
  return live && (p.enrolFrom === null || p.enrolFrom <= today) && (p.enrolUntil === null || today <= p.enrolUntil);
}

/** Whether new pairs may form today (requests and rounds): live, and not past its end. */
export function matchableOn(p: StoredProgramme, today: string): boolean {
  return (p.status === 'open' || p.status === 'running') && (p.endsOn === null || today <= p.endsOn);
}

/** Refuses a request or a round where the programme does not form pairs that way, or not now. */
export function checkPairsMayForm(p: StoredProgramme, way: 'requests' | 'rounds', today: string): void {
  if (!matchableOn(p, today))
    throw new AppError('programme_closed', 'This programme is not forming new pairs now.', {
      programmeId: p.id,
      status: statusOn(p, today),
    });
  if (p.matching !== 'both' && p.matching !== way)
    throw new AppError(
      'programme_matching',
      way === 'requests'
        ? 'In this programme HR forms the pairs: requests are not used.'
        : 'In this programme people pair by requests: rounds are not used.',
      { matching: p.matching },
    );
}

export async function loadProgramme(
  q: Queryable,
  tenantId: string,
  id: string,
  lock = false,
): Promise<StoredProgramme> {
  const p = await findProgramme(q, tenantId, id, lock);
  if (!p) throw new AppError('programme_not_found', 'No such programme.', { programmeId: id });
  return p;
}

const forHr = (p: StoredProgramme, today: string, counts: Programme['counts'] | undefined): Programme => ({
  ...p,
  status: statusOn(p, today),
  counts: counts ?? { mentors: 0, mentees: 0, livePairs: 0 },
});

export async function hrProgrammes(q: Queryable, tenantId: string, today: string): Promise<Programme[]> {
  const [all, counts] = await Promise.all([listProgrammes(q, tenantId), programmeCounts(q, tenantId)]);
  return all.map((p) => forHr(p, today, counts.get(p.id)));
}

export async function hrProgramme(q: Queryable, tenantId: string, id: string, today: string): Promise<Programme> {
  const p = await loadProgramme(q, tenantId, id);
  return forHr(p, today, (await programmeCounts(q, tenantId)).get(id));
}

/** A new programme, as a draft nobody sees until HR opens it. */
export async function createProgramme(
  q: Queryable,
  tenantId: string,
  body: ProgrammeBody,
  today: string,
): Promise<Programme> {
  await checkProgramme(q, tenantId, body);
  const id = randomUUID();
  await insertProgramme(q, tenantId, id, 'draft', body);
  return hrProgramme(q, tenantId, id, today);
}

/** HR changes a programme. Its kind is what pairs were formed under, so it is fixed once anyone joined. */
export async function changeProgramme(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  tenantId: string,
  id: string,
  body: ProgrammeBody,
  today: string,
): Promise<Programme> {
  return db.transaction(async (tx) => {
    const current = await loadProgramme(tx, tenantId, id, true);
    if (current.status === 'archived') throw new AppError('programme_archived', 'An archived programme cannot change.');
    if (body.kind !== current.kind) {
      const counts = (await programmeCounts(tx, tenantId)).get(id);
      if (counts && counts.mentors + counts.mentees > 0)
        throw new AppError('programme_kind_fixed', 'People have joined: the kind of programme can no longer change.', {
          field: 'kind',
        });
    }
    await checkProgramme(tx, tenantId, body);
    await updateProgramme(tx, tenantId, id, body);
    return hrProgramme(tx, tenantId, id, today);
  });
}

/** Which statuses each move starts from, and where it leads. */
const MOVES: Record<ProgrammeTransition, { from: readonly ProgrammeStatus[]; to: ProgrammeStatus }> = {
  open: { from: ['draft', 'closed'], to: 'open' },
  close: { from: ['open', 'running'], to: 'closed' },
  archive: { from: ['closed', 'draft'], to: 'archived' },
};

export async function moveProgramme(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  tenantId: string,
  id: string,
  move: ProgrammeTransition,
  today: string,
): Promise<Programme> {
  return db.transaction(async (tx) => {
    const current = await loadProgramme(tx, tenantId, id, true);
    const { from, to } = MOVES[move];
    if (!from.includes(current.status))
      throw new AppError('programme_status', `A programme that is ${current.status} cannot ${move}.`, {
        status: current.status,
        allowed: [...from],
      });
    if (move === 'open') await checkProgramme(tx, tenantId, current);
    await setStatus(tx, tenantId, id, to);
    return hrProgramme(tx, tenantId, id, today);
  });
}

/** What a person needs to know to tell whether a programme admits them. */
export interface Candidate {
  level: number | null;
  department: string | null;
  officeLocation: string | null;
  country: string | null;
  /** Someone invited them to this programme. */
  invited: boolean;
}

/** Whether the programme's eligibility admits the person (levels, places, invitation). */
export function admits(p: StoredProgramme, c: Candidate): boolean {
  const e = p.eligibility;
  const inList = (list: readonly string[], v: string | null) => list.length === 0 || (v !== null && list.includes(v));
  if (e.inviteOnly && !c.invited) return false;
  if (e.levels.length > 0 && (c.level === null || !e.levels.includes(c.level))) return false;
  return inList(e.departments, c.department) && inList(e.offices, c.officeLocation) && inList(e.countries, c.country);
}

/** Refuses joining a programme that is not open today or does not admit the person. */
export function checkJoin(p: StoredProgramme, c: Candidate, today: string): void {
  if (!joinableOn(p, today))
    throw new AppError('programme_closed', 'This programme is not open for joining.', {
      programmeId: p.id,
      status: statusOn(p, today),
    });
  if (!admits(p, c))
    throw new AppError('programme_not_eligible', 'This programme is not open to you.', { programmeId: p.id });
}

export const forEmployee = (p: StoredProgramme, today: string): OpenProgramme => ({
  id: p.id,
  kind: p.kind,
  status: statusOn(p, today),
  names: p.names,
  descriptions: p.descriptions,
  enrolFrom: p.enrolFrom,
  enrolUntil: p.enrolUntil,
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  matching: p.matching,
  defaults: p.defaults,
  catalogue: p.catalogue,
  joinable: joinableOn(p, today),
});
