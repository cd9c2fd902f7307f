import type { FastifyInstance } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Answered, MatchRequest, Pair, Pairs, Requests, Suggestions, ProgrammeId } from '../matching/schemas.js';
import type { ProposedPairs, Published, Round } from '../matching/round-schemas.js';
import type { People, SyncStatus } from '../org/schemas.js';
import type { PickablePeople } from '../sign-in-as/schemas.js';
import { findCast, type Cast, type Member } from './cast.js';
import type { TravelClock } from './clock.js';
import { checkInsUntil, seriesOf, type Played } from './checkins.js';
import { change, join, MENTEE_PROFILES, MENTOR_OFFERS, REVERSE_OFFERS, REVERSE_WANTS } from './joining.js';
import { ENDED_REASON, REQUEST_MESSAGES } from './lines.js';
import { signedIn, type SignedIn } from './people.js';
import { moveNextSession, settled, skipNext } from './sessions.js';

// The demo programme, lived through: the clock goes back some weeks, HR reads the organisation,
// people join and pair up, Tandem books their meetings, and week by week they meet, check in and
// record progress; pairs pause, complete and end; lately HR ran a round and new requests went
// out. Everything goes through Tandem's routes as the people would use them, and the booking,
// cancelling and following of meetings through the real job workers. The clock is back at the
// real time when the seed is done, or has failed.

export const DEMO_WEEKS = 6;
const DAY = 86_400_000;

export interface SeedJobs {
  /** Resolves once no booking, change or follow job is waiting or running. */
  quiet(): Promise<void>;
  /** Runs the follow job now (Outlook read back into Tandem) and waits for it. */
  follow(): Promise<void>;
}

export interface SeedDeps {
  /** The running app; the people call it as the tab would. */
  app: FastifyInstance;
  /** The app's and the sandbox tenant's clock. */
  clock: TravelClock;
  jobs: SeedJobs;
  /** Says what the seed is doing now, a line at a time. */
  progress: (step: string) => void;
}

/** What the seed left, for the console and the tests. */
export interface SeedSummary {
  people: number;
  pairs: Record<Pair['status'], number>;
  checkins: number;
  pendingRequests: number;
}

/** The steps progress reports, for a progress bar: one per `at` below. */
export const SEED_STEPS = 13;

export async function seedDemo(deps: SeedDeps): Promise<SeedSummary> {
  const { app, clock } = deps;
  const today = clock.now() + clock.behindMs();
  const start = today - DEMO_WEEKS * 7 * DAY;
  const as = signedIn(app, clock);
  const played: Played[] = [];
  let step = 0;
  let checkins = 0;
  const checkIn = async (last = false): Promise<void> => {
    checkins += await checkInsUntil(as, played, clock.now(), last);
  };
  const at = (day: number, what: string): void => {
    clock.travelTo(start + day * DAY);
    step += 1;
    deps.progress(`[${step}/${SEED_STEPS}] ${day === DEMO_WEEKS * 7 ? 'Today' : ago(DEMO_WEEKS * 7 - day)}: ${what}`);
  };
  try {
    at(0, 'HR reads the organisation from Microsoft 365');
    const hrAdminId = await personaId(app, 'hr-admin');
    await syncOrganisation(as(hrAdminId));
    const cast = await findCast(as, {
      picker: () => publicGet<PickablePeople>(app, '/api/sandbox/people?top=100'),
      search: (words) => as(hrAdminId).get<People>(`/api/people?search=${words}&top=50`),
    });
    const p = cast.persona;
    const c = cast.cohort;

    at(0, `${7 + c.mentors.length + c.mentees.length + 4} colleagues join mentoring and reverse mentoring`);
    await joinFirstCohort(as, cast);

    at(0, 'Requests are sent and accepted; Tandem books the meetings in Outlook');
    const ask = asking(as, played);
    const showcase = await ask('reverse', p['junior-dev'], p['senior-exec'], 'mentee', REQUEST_MESSAGES.showcase);
    if (showcase) Object.assign(showcase, { showcase: true, leaveLastCheckinTo: p['junior-dev'].id });
    const directorPair = await ask('mentoring', p['director-rome'], p['new-york'], 'mentee');
    const completing = await ask('mentoring', p.manager, p.bangalore, 'mentee');
    const pausing = await offerToMentor(as, ask, p['hr-admin'], c.mentees.slice(0, 1));
    const generated = await pairCohort(as, ask, c.mentees.slice(1), c.mentors, [1, 2, 1, 1, 1]);
    await pairCohort(as, ask, c.reverseMentees.slice(0, 2), c.reverseMentors.slice(0, 2), [1, 1], 'reverse');
    await closeFreePlaces(as, c.mentors, generated);
    await deps.jobs.quiet();
    await settled(as, played);
    const ending = generated.find((x) => x.mentor.id === c.mentors[0]!.id) ?? generated[0];

    for (const day of [7, 14]) {
      at(day, 'Pairs meet, check in after their sessions and note progress on their goals');
      await checkIn();
    }
    // Someone is on holiday: their next session is skipped, in both calendars.
    const skipping = generated.find((x) => x !== ending);
    if (skipping) await skipNext(as, skipping.mentee.id, skipping.id);
    await deps.jobs.quiet();

    at(21, 'A pair ends early: a new role for the mentee');
    await checkIn();
    if (ending) {
      await as(ending.mentee.id).post(`/api/pairs/${ending.id}/end`, { reason: ENDED_REASON });
      ending.over = true;
      await change(as(ending.mentor.id), 'mentoring', { paused: true });
    }
    await deps.jobs.quiet();

    at(28, 'Pairs keep meeting');
    await checkIn();

    at(35, 'Priya and Marco complete their mentoring');
    await checkIn();
    if (completing) {
      await finalProgress(as, completing, { deepen_expertise: 100, career_next_step: 80 });
      await as(p.bangalore.id).post(`/api/pairs/${completing.id}/complete`);
      completing.over = true;
      await change(as(p.bangalore.id), 'mentoring', { paused: true });
    }
    await deps.jobs.quiet();

    at(38, 'More colleagues join reverse mentoring ahead of the HR round');
    await checkIn();
    await joinRoundCohort(as, cast);

    at(39, 'HR publishes a reverse mentoring round; a pair pauses for two busy weeks');
    const round = await publishRound(as(hrAdminId), 'reverse');
    await confirmSome(as, played, round, membersOf(cast), p.manager.id);
    if (pausing) {
      await as(p['hr-admin'].id).post(`/api/pairs/${pausing.id}/pause`, { until: dateOf(today + 14 * DAY) });
      pausing.over = true;
    }
    await deps.jobs.quiet();
    await settled(as, played);

    at(40, 'Luca asks Emily to be his reverse mentor');
    await join(as(p.london.id), 'reverse', { asMentor: true, offers: REVERSE_OFFERS[1], capacity: 2 });
    await join(as(p['director-rome'].id), 'reverse', {
      asMentee: true,
      wants: ['social_media', 'digital_marketing', 'data_visualisation'],
      goals: ['understand_younger_customers'],
      cadence: 'biweekly',
      meetingMinutes: 30,
    });
    await as(p['director-rome'].id).post<MatchRequest>('/api/requests', {
      programmeId: 'reverse',
      mentorId: p.london.id,
      menteeId: p['director-rome'].id,
      message: REQUEST_MESSAGES.directorToLondon,
    });
    at(41, 'Sofia, the newest intern, joins Mentoring');
    await join(as(p.intern.id), 'mentoring', {
      asMentee: true,
      wants: ['data_analysis', 'machine_learning', 'communication'],
      goals: ['build_confidence', 'deepen_expertise'],
      cadence: 'biweekly',
      meetingMinutes: 30,
    });

    at(DEMO_WEEKS * 7, 'Last check-ins, James moves his next session, Tandem reads every series back from Outlook');
    clock.backToNow();
    await checkIn(true);
    if (directorPair) await moveNextSession(as, p['new-york'].id, directorPair.id);
    // The move is done before the follow job reads the series back, not beside it.
    await deps.jobs.quiet();
    await deps.jobs.follow();
    await settled(as, played);
    return await summary(as, membersOf(cast), checkins);
  } finally {
    clock.backToNow();
  }
}

function ago(days: number): string {
  if (days === 1) return 'yesterday';
  if (days % 7 === 0) return `${days / 7} week${days === 7 ? '' : 's'} ago`;
  return `${days} days ago`;
}

const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

async function publicGet<T>(app: FastifyInstance, url: string): Promise<T> {
  const res = await app.inject({ method: 'GET', url });
  if (res.statusCode !== 200) throw new Error(`GET ${url} answered ${res.statusCode}`);
  return res.json<T>();
}

async function personaId(app: FastifyInstance, key: string): Promise<string> {
  const found = (await publicGet<PickablePeople>(app, '/api/sandbox/people?top=100')).people.find(
    (p) => p.persona === key,
  );
  if (!found) throw new Error(`the sandbox organisation has no ${key} persona (it needs about 12 people or more)`);
  return found.id;
}

/** HR starts a directory sync and waits for it, as the admin page would. */
async function syncOrganisation(hr: ReturnType<SignedIn>): Promise<void> {
  await hr.post('/api/admin/org-sync');
  for (let i = 0; i < 600; i++) {
    const status = await hr.get<SyncStatus>('/api/admin/org-sync');
    if (status.status === 'idle') return;
    if (status.status === 'failed') throw new Error(`the org sync failed: ${status.lastError ?? 'no detail'}`);
    await sleep(100);
  }
  throw new Error('the org sync did not finish within a minute');
}

async function joinFirstCohort(as: SignedIn, { persona: p, cohort: c }: Cast): Promise<void> {
  await join(as(p['senior-exec'].id), 'reverse', {
    asMentee: true,
    wants: ['generative_ai', 'social_media', 'collaboration_tools'],
    goals: ['learn_generative_ai', 'understand_younger_customers'],
    cadence: 'weekly',
    meetingMinutes: 45,
  });
  await join(as(p['junior-dev'].id), 'reverse', {
    asMentor: true,
    offers: ['generative_ai', 'social_media'],
    capacity: 1,
  });
  await join(as(p['director-rome'].id), 'mentoring', {
    asMentor: true,
    offers: ['leadership', 'negotiation', 'sales', 'coaching'],
    capacity: 1,
  });
  await join(as(p['new-york'].id), 'mentoring', {
    asMentee: true,
    wants: ['negotiation', 'public_speaking', 'communication'],
    goals: ['improve_communication', 'career_next_step'],
    cadence: 'biweekly',
    meetingMinutes: 30,
  });
  await join(as(p.manager.id), 'mentoring', {
    asMentor: true,
    offers: ['software_architecture', 'cloud_platforms', 'leadership', 'agile_methods'],
    capacity: 1,
  });
  await join(as(p.bangalore.id), 'mentoring', {
    asMentee: true,
    wants: ['software_architecture', 'cloud_platforms', 'public_speaking'],
    goals: ['deepen_expertise', 'career_next_step'],
    cadence: 'weekly',
    meetingMinutes: 30,
  });
  await join(as(p['hr-admin'].id), 'mentoring', {
    asMentor: true,
    offers: ['coaching', 'feedback', 'communication', 'emotional_intelligence'],
    capacity: 1,
  });
  for (const [i, m] of c.mentors.entries())
    await join(as(m.id), 'mentoring', { asMentor: true, offers: MENTOR_OFFERS[i]!, capacity: i === 1 ? 2 : 1 });
  for (const [i, m] of c.mentees.entries())
    await join(as(m.id), 'mentoring', { asMentee: true, ...MENTEE_PROFILES[i % MENTEE_PROFILES.length]! });
  for (const [i, m] of c.reverseMentors.slice(0, 2).entries())
    await join(as(m.id), 'reverse', { asMentor: true, offers: REVERSE_OFFERS[i]!, capacity: 1 });
  for (const [i, m] of c.reverseMentees.slice(0, 2).entries())
    await join(as(m.id), 'reverse', { asMentee: true, meetingMinutes: 45, ...REVERSE_WANTS[i]! });
}

async function joinRoundCohort(as: SignedIn, { persona: p, cohort: c }: Cast): Promise<void> {
  await join(as(p.manager.id), 'reverse', {
    asMentee: true,
    wants: ['social_media', 'digital_marketing'],
    goals: ['understand_younger_customers'],
    cadence: 'biweekly',
    meetingMinutes: 30,
  });
  await join(as(p.bangalore.id), 'reverse', {
    asMentor: true,
    offers: ['generative_ai', 'data_visualisation', 'collaboration_tools'],
    capacity: 1,
  });
  for (const [i, m] of c.reverseMentors.slice(2).entries())
    await join(as(m.id), 'reverse', { asMentor: true, offers: REVERSE_OFFERS[i + 2]!, capacity: 1 });
  for (const [i, m] of c.reverseMentees.slice(2).entries())
    await join(as(m.id), 'reverse', { asMentee: true, meetingMinutes: 45, ...REVERSE_WANTS[i + 2]! });
}

type Ask = (
  programmeId: ProgrammeId,
  mentor: Member,
  mentee: Member,
  asker: 'mentor' | 'mentee',
  message?: string,
) => Promise<Played | undefined>;

/** One asks, the other accepts: an active pair, whose meetings Tandem books. A pair the rules refuse is left out. */
function asking(as: SignedIn, played: Played[]): Ask {
  return async (programmeId, mentor, mentee, asker, message) => {
    const from = asker === 'mentee' ? mentee : mentor;
    const to = asker === 'mentee' ? mentor : mentee;
    const words = message ?? REQUEST_MESSAGES[asker === 'mentee' ? 'mentee' : 'mentorOffer'][from.language];
    let request: MatchRequest;
    try {
      request = await as(from.id).post<MatchRequest>('/api/requests', {
        programmeId,
        mentorId: mentor.id,
        menteeId: mentee.id,
        message: words,
      });
    } catch {
      return undefined;
    }
    const answered = await as(to.id).post<Answered>(`/api/requests/${request.id}/accept`);
    if (!answered.pair) return undefined;
    const pair: Played = { id: answered.pair.id, programmeId, mentor, mentee, sessions: 0 };
    played.push(pair);
    return pair;
  };
}

/** A mentor offers to mentor the first of `mentees` Tandem suggests to them. */
async function offerToMentor(
  as: SignedIn,
  ask: Ask,
  mentor: Member,
  mentees: readonly Member[],
): Promise<Played | undefined> {
  const { suggestions } = await as(mentor.id).get<Suggestions>(
    '/api/suggestions?programmeId=mentoring&as=mentor&top=20',
  );
  const ids = new Set(suggestions.map((s) => s.person.id));
  const mentee = mentees.find((m) => ids.has(m.id));
  return mentee ? ask('mentoring', mentor, mentee, 'mentor') : undefined;
}

/** Each mentee asks the best suggested mentor among `mentors` who still has a place. */
async function pairCohort(
  as: SignedIn,
  ask: Ask,
  mentees: readonly Member[],
  mentors: readonly Member[],
  places: readonly number[],
  programmeId: ProgrammeId = 'mentoring',
): Promise<Played[]> {
  const left = new Map(mentors.map((m, i) => [m.id, places[i] ?? 1]));
  const made: Played[] = [];
  for (const mentee of mentees) {
    const { suggestions } = await as(mentee.id).get<Suggestions>(
      `/api/suggestions?programmeId=${programmeId}&as=mentee&top=20`,
    );
    const pick = suggestions.find((s) => (left.get(s.person.id) ?? 0) > 0);
    const mentor = pick && mentors.find((m) => m.id === pick.person.id);
    if (!mentor) continue;
    const pair = await ask(programmeId, mentor, mentee, 'mentee');
    if (!pair) continue;
    left.set(mentor.id, left.get(mentor.id)! - 1);
    made.push(pair);
  }
  return made;
}

/**
 * Mentors nobody asked for keep no empty places: the first mentee of Mentoring who joins later
 * finds every place taken, the state a programme's first weeks often have.
 */
async function closeFreePlaces(as: SignedIn, mentors: readonly Member[], pairs: readonly Played[]): Promise<void> {
  for (const [i, m] of mentors.entries()) {
    const load = pairs.filter((x) => x.mentor.id === m.id).length;
    const planned = i === 1 ? 2 : 1;
    if (load === planned) continue;
    await change(as(m.id), 'mentoring', load === 0 ? { paused: true } : { capacity: load });
  }
}

/** HR previews a round (a job), waits for it, and publishes it; answers its proposals. */
async function publishRound(hr: ReturnType<SignedIn>, programmeId: ProgrammeId): Promise<Proposal[]> {
  const preview = await hr.post<Round>('/api/admin/rounds', { programmeId });
  for (let i = 0; ; i++) {
    const round = await hr.get<Round>(`/api/admin/rounds/${preview.id}`);
    if (round.run === 'ready') break;
    if (round.run === 'failed' || i === 600)
      throw new Error(`the demo's round did not run: ${round.failure ?? 'timeout'}`);
    await sleep(100);
  }
  const { items } = await hr.get<ProposedPairs>(`/api/admin/rounds/${preview.id}/pairs?limit=200`);
  await hr.post<Published>(`/api/admin/rounds/${preview.id}/publish`);
  return items.map((p) => ({ mentorId: p.mentor.id, menteeId: p.mentee.id }));
}

interface Proposal {
  mentorId: string;
  menteeId: string;
}

/**
 * After the round: the manager confirms his proposal (the other person has not yet); in the first
 * proposal between two colleagues both confirm, so it is active and booked; the rest wait.
 */
async function confirmSome(
  as: SignedIn,
  played: Played[],
  round: readonly Proposal[],
  members: ReadonlyMap<string, Member>,
  managerId: string,
): Promise<void> {
  let bothDone = false;
  for (const proposal of round) {
    const { pairs } = await as(proposal.menteeId).get<Pairs>('/api/pairs');
    const pair = pairs.find((x) => x.mentorId === proposal.mentorId && x.status === 'proposed');
    if (!pair) continue;
    if (proposal.menteeId === managerId || proposal.mentorId === managerId) {
      await as(managerId).post(`/api/pairs/${pair.id}/confirm`);
      continue;
    }
    const mentor = members.get(proposal.mentorId);
    const mentee = members.get(proposal.menteeId);
    if (bothDone || !mentor || !mentee) continue;
    await as(mentee.id).post(`/api/pairs/${pair.id}/confirm`);
    await as(mentor.id).post(`/api/pairs/${pair.id}/confirm`);
    played.push({ id: pair.id, programmeId: pair.programmeId, mentor, mentee, sessions: 0 });
    bothDone = true;
  }
}

/** The mentee records where the pair's goals ended up. */
async function finalProgress(as: SignedIn, pair: Played, progress: Record<string, number>): Promise<void> {
  const series = (await seriesOf(as, pair.mentee.id, pair.id)).at(-1);
  if (!series) return;
  const ours = Object.fromEntries(Object.entries(progress).filter(([id]) => series.goals.some((g) => g.id === id)));
  await as(pair.mentee.id).put(`/api/meetings/${series.id}/goals`, { progress: ours });
}

function membersOf(cast: Cast): Map<string, Member> {
  return new Map([...Object.values(cast.persona), ...Object.values(cast.cohort).flat()].map((m) => [m.id, m]));
}

/** Every pair and pending request the cast is in, counted once, as the people list them. */
async function summary(as: SignedIn, members: ReadonlyMap<string, Member>, checkins: number): Promise<SeedSummary> {
  const pairs = new Map<string, Pair['status']>();
  const pending = new Set<string>();
  for (const id of members.keys()) {
    for (const p of (await as(id).get<Pairs>('/api/pairs')).pairs) pairs.set(p.id, p.status);
    for (const r of (await as(id).get<Requests>('/api/requests')).requests)
      if (r.status === 'pending') pending.add(r.id);
  }
  const count = { proposed: 0, active: 0, paused: 0, completed: 0, ended: 0 };
  for (const status of pairs.values()) count[status] += 1;
  return { people: members.size, pairs: count, checkins, pendingRequests: pending.size };
}
