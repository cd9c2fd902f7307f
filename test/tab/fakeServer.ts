import { AppError, type ErrorCode } from '../../server/errors.js';
import { decideNewRequest, decidePair, decidePause, decideRequest, type Fit } from '../../server/matching/decide.js';
import { decideInvitation } from '../../server/matching/invite.js';
import { checkEnrolment, draftEnrolment, programmeRoles } from '../../server/matching/enrol.js';
import type { StoredPair, StoredRequest } from '../../server/matching/model.js';
import * as M from '../../server/matching/schemas.js';
import { GOALS, SKILLS } from '../../server/matching/skills.js';
import * as O from '../../server/org/schemas.js';
import type * as P from '../../server/programmes/schemas.js';
import { STANDARD, STANDARD_IDS } from '../../server/programmes/standard.js';
import { meetingIcs } from '../../server/scheduling/ics.js';
import * as S from '../../server/scheduling/schemas.js';
import * as SignIn from '../../server/sign-in-as/schemas.js';
import type * as Surveys from '../../server/surveys/schemas.js';
import { SurveyAnswersBody, SurveyParams } from '../../server/surveys/schemas.js';
import type { TabConfig } from '../../server/web/schemas.js';
import { createFakeHr } from './fakeHr';
import { createFakeOrg } from './fakeOrg';
import { createFakeProgrammes } from './fakeProgrammes';
import { createFakeOutcomes } from './fakeOutcomes';
import { createRouter, json, type Call } from './fakeRouter';
import { createFakeRounds } from './fakeRounds';
import { goingAhead, meetsAhead, sessionLists } from '../../server/scheduling/session-lists.js';

// A small stand-in for Tandem's server that speaks its contract: it answers the server's routes
// (same methods and URLs), refuses what their request schemas refuse, checks bearer tokens as the
// authentication hook does, and answers in the server's types with catalogue errors. Matching's
// decisions are the server's own (enrol.ts, decide.ts); scores are simpler. Tests change its state
// (sandbox on/off, down, people, enrolments, requests, pairs, meetings) instead of matching URL
// substrings. test/tab/fake-contract.test.ts checks every reply against the server's response
// schemas, and these routes against the ones the server registers.

type Enrolment = M.Enrolment;
type ProgrammeId = M.ProgrammeId;

/** Someone of the fake tenant: what the sandbox picker lists, and what Tandem knows of them. */
export type FakePerson = SignIn.PickablePerson & Pick<O.Me, 'userPrincipalName' | 'preferredLanguage' | 'roles'>;

/** A pair's meeting series as scheduling keeps it: the mentor organizes, the mentee attends. */
export type FakeSeries = Pick<
  S.Series,
  | 'id'
  | 'pairId'
  | 'programmeId'
  | 'status'
  | 'cadence'
  | 'durationMinutes'
  | 'joinUrl'
  | 'timeZone'
  | 'problem'
  | 'goals'
> &
  Pick<StoredPair, 'mentorId' | 'menteeId'> & {
    occurrences: S.Occurrence[];
    /** The starts (ISO) of the free times offered for moving a session; a day, two and three later if unset. */
    freeTimes?: string[];
  };

export const tenantId = '11111111-2222-3333-4444-555555555555';

/** The people of the fake tenant by first name: Entra object ids, as the server's routes take them. */
export const ids = {
  giulia: 'aaaaaaaa-0000-4000-8000-000000000001',
  chiara: 'aaaaaaaa-0000-4000-8000-000000000002',
  marco: 'aaaaaaaa-0000-4000-8000-000000000003',
  luca: 'aaaaaaaa-0000-4000-8000-000000000004',
} as const;

const ADMIN: O.AppRole = 'Tandem.Admin';

export const people: FakePerson[] = [
  person(ids.giulia, 'Giulia Bianchi', 'Software Engineer', 'Engineering', 'Milano', null),
  person(ids.chiara, 'Chiara Rossi', 'Chief Executive Officer', 'Leadership', 'Roma', 'ceo', [ADMIN]),
  person(ids.marco, 'Marco Verdi', 'Junior Developer', 'Engineering', 'Torino', 'junior-dev'),
  person(ids.luca, 'Luca Neri', 'HR Partner', 'People', 'Milano', null),
];

function person(
  id: string,
  displayName: string,
  jobTitle: string,
  department: string,
  officeLocation: string,
  persona: string | null,
  roles: string[] = [],
): FakePerson {
  const userPrincipalName = `${displayName.toLowerCase().replace(' ', '.')}@contoso-italia.example`;
  return {
    id,
    displayName,
    userPrincipalName,
    jobTitle,
    department,
    officeLocation,
    persona,
    preferredLanguage: 'it-IT',
    roles,
  };
}

/** A part of the server's catalogue (server/matching/skills.ts): enough for the tab's forms, short enough to read. */
const PICKED = {
  skills: [
    'software_architecture',
    'data_analysis',
    'communication',
    'leadership',
    'public_speaking',
    'generative_ai',
    'social_media',
  ],
  goals: ['grow_as_leader', 'learn_generative_ai'],
};

export const catalogue: M.Catalogue = {
  skills: SKILLS.filter((s) => PICKED.skills.includes(s.id)),
  goals: GOALS.filter((g) => PICKED.goals.includes(g.id)),
};

const DAY = 86_400_000;
/** A profile photo: a 1×1 PNG, enough for the tab to show an image instead of initials. */
const PHOTO = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const isLive = (p: StoredPair) => (M.LIVE_PAIR_STATUSES as readonly string[]).includes(p.status);

export function createFakeServer({ sandbox = true } = {}) {
  const tokens = new Map<string, string>();
  const calls: Call[] = [];
  const state = {
    sandbox,
    /** When true every request fails as if the server were unreachable. */
    down: false,
    expiresIn: 3600,
    /** The server's clock, for the dates of requests and pairs. */
    now: Date.UTC(2026, 10, 27, 10, 0),
    /** Seniority levels from the org sync; null: not placed yet (enrolling is then a 409). */
    levels: { [ids.giulia]: 2, [ids.chiara]: 10, [ids.marco]: 1, [ids.luca]: 5 } as Record<string, number | null>,
    /** Who has a Microsoft 365 profile photo (the others: 404 photo_not_found, and the tab shows initials). */
    photos: { [ids.luca]: true } as Record<string, boolean>,
    /** Invitations to mentor sent, by whom. */
    invitations: [] as (M.Invitation & { inviterId: string })[],
    timeZones: { [ids.giulia]: 'Europe/Rome' } as Record<string, string>,
    /** The demo programme's preparation, as GET /api/sandbox/demo reports it. */
    demo: {
      state: 'done',
      step: null,
      done: 15,
      total: 15,
      startedAt: '2026-11-27T09:58:00.000Z',
      finishedAt: '2026-11-27T09:59:00.000Z',
      message: null,
    } as SignIn.DemoStatus,
    /** Skills listed in each person's directory profile: drafts start from them. */
    profileSkills: { [ids.giulia]: ['data_analysis'] } as Record<string, string[]>,
    enrolments: [] as (Enrolment & { personId: string })[],
    requests: [] as StoredRequest[],
    pairs: [] as StoredPair[],
    series: [] as FakeSeries[],
    /** Each person's own check-ins, by "personId occurrenceId". */
    checkins: {} as Record<string, S.Checkin>,
    /** Pulse surveys, each for one person; answers as the server keeps them (the comment apart). */
    surveys: [] as (Surveys.Survey & { personId: string; answers?: Surveys.SurveyAnswersBody })[],
    /**
     * Make one route fail with a catalogue error (its status comes from the catalogue): key
     * "METHOD /api/route" with ids as ":id", e.g. "GET /api/pairs" or "POST /api/requests/:id/accept".
     */
    failures: {} as Record<string, { code: ErrorCode; message?: string; details?: Record<string, unknown> }>,
  };
  let lastId = 0;
  const newId = () => `00000000-0000-4000-8000-${String(++lastId).padStart(12, '0')}`;
  const iso = (ms: number) => new Date(ms).toISOString();
  /** The demo's status as last reported; a run under way is reported once, then finished. */
  const demoStatus = (): SignIn.DemoStatus => {
    const shown = state.demo;
    if (shown.state === 'running')
      state.demo = { ...shown, state: 'done', done: shown.total, finishedAt: iso(state.now + 60_000) };
    return shown;
  };

  /** A token of the kind the real server accepts; Teams' getAuthToken hands these out too. */
  function issueToken(userId: string): string {
    const token = `token-${userId}-${tokens.size + 1}`;
    tokens.set(token, userId);
    return token;
  }

  /** The signed-in person, as the server's authentication hook finds them (server/auth/plugin.ts). */
  function signedIn(call: Call): FakePerson {
    const token = /^Bearer +(\S+) *$/i.exec(call.authorization ?? '')?.[1];
    if (!token) throw new AppError('missing_token', 'Sign in: the request carries no bearer token.');
    const me = people.find((p) => p.id === tokens.get(token));
    if (!me) throw new AppError('invalid_token', 'The access token could not be validated.');
    return me;
  }

  /** "POST /api/requests/:id/accept" for "POST /api/requests/<uuid>/accept": the key of state.failures. */
  const routeKey = (call: Call) => `${call.method} ${call.path.replace(/\/[0-9a-f]{8}-[0-9a-f-]{27}/g, '/:id')}`;
  const { routes, route, publicRoute, answer } = createRouter({
    authenticate: signedIn,
    failureFor: (call) => {
      const failure = state.failures[routeKey(call)];
      return failure && new AppError(failure.code, failure.message ?? failure.code, failure.details);
    },
  });
  /** HR's org routes (fakeOrg.ts): org sync and the title rules, over these people. */
  const org = createFakeOrg(route, people, () => state.now);
  /** HR's programme health and enrolment routes (fakeHr.ts), over these people, enrolments and pairs. */
  const hr = createFakeHr(route, {
    people,
    now: () => state.now,
    enrolments: () => state.enrolments,
    pairs: () => state.pairs,
    levels: () => state.levels,
    programmes: () => hrProgrammes.programmes,
  });
  /** HR's programme routes (fakeProgrammes.ts). */
  const hrProgrammes = createFakeProgrammes(
    route,
    people,
    (id) => state.levels[id] ?? null,
    () => state.now,
  );

  /** HR's outcomes routes (fakeOutcomes.ts): the counts behind the figures, under the group-size rule. */
  const outcomes = createFakeOutcomes(route, () => state.now);
  const personOf = (id: string) => people.find((p) => p.id === id);
  const summary = ({ id, displayName, jobTitle, department, officeLocation }: FakePerson): O.PersonSummary => ({
    id,
    displayName,
    jobTitle,
    department,
    officeLocation,
  });
  /** As server/matching/others.ts: someone no longer there keeps their id and an empty name. */
  const summaryOf = (id: string): O.PersonSummary => {
    const found = personOf(id);
    return found ? summary(found) : { id, displayName: '', jobTitle: null, department: null, officeLocation: null };
  };
  const otherOf = (item: { mentorId: string; menteeId: string }, me: string) =>
    item.mentorId === me ? item.menteeId : item.mentorId;

  // --- Configuration, the sandbox sign-in and who you are ---------------------------------

  publicRoute('GET', '/api/config', {}, () =>
    json<TabConfig>(200, {
      sandbox: state.sandbox,
      tenantId,
      clientId: 'client-id',
      appIdUri: 'api://localhost/client-id',
    }),
  );

  // The server registers the sandbox's routes only when the sandbox tenant stands in for Microsoft 365.
  const whileSandbox = () => state.sandbox;

  publicRoute(
    'GET',
    '/api/sandbox/people',
    { querystring: SignIn.PeopleQuery },
    ({ query }) => {
      // As the sandbox lists them: names with the words in them or sign-in names starting with them,
      // else the personas first.
      const term = (query.search ?? '').trim().toLowerCase();
      const found = term
        ? people.filter((p) => p.displayName.toLowerCase().includes(term) || p.userPrincipalName.startsWith(term))
        : [...people.filter((p) => p.persona), ...people.filter((p) => !p.persona)];
      return json<SignIn.PickablePeople>(200, {
        people: found.slice(0, query.top).map(({ id, displayName, jobTitle, department, officeLocation, persona }) => ({
          id,
          displayName,
          jobTitle,
          department,
          officeLocation,
          persona,
        })),
      });
    },
    whileSandbox,
  );

  publicRoute(
    'POST',
    '/api/sandbox/signin',
    { body: SignIn.SignInBody },
    ({ body }) => {
      if (!personOf(body.userId)) throw new AppError('person_not_found', 'That person is not in the sandbox tenant.');
      return json<SignIn.SignInAnswer>(200, { accessToken: issueToken(body.userId), expiresIn: state.expiresIn });
    },
    whileSandbox,
  );

  // The demo programme: a reset answers at once and the status says how far it got (the fake
  // finishes it on the next read, as if the server were quick).
  publicRoute('GET', '/api/sandbox/demo', {}, () => json<SignIn.DemoStatus>(200, demoStatus()), whileSandbox);
  publicRoute(
    'POST',
    '/api/sandbox/demo/reset',
    {},
    () => {
      state.demo = { ...state.demo, state: 'running', done: 0, total: 15, startedAt: iso(state.now), finishedAt: null };
      return json<SignIn.DemoStatus>(202, state.demo);
    },
    whileSandbox,
  );

  route('GET', '/api/me', {}, ({ me }) => {
    const level = state.levels[me.id] ?? null;
    return json<O.Me>(200, {
      tenantId,
      id: me.id,
      displayName: me.displayName,
      userPrincipalName: me.userPrincipalName,
      jobTitle: me.jobTitle,
      department: me.department,
      officeLocation: me.officeLocation,
      preferredLanguage: me.preferredLanguage,
      timeZone: state.timeZones[me.id] ?? null,
      manager: null,
      level: level === null ? null : { value: level, reasons: [] },
      roles: me.roles,
      isAdmin: me.roles.includes(ADMIN),
      isManager: false,
      synced: level !== null,
    });
  });

  route('GET', '/api/people/:id', { params: O.PersonParams }, ({ params }) => {
    const found = personOf(params.id.toLowerCase());
    if (!found) throw new AppError('person_not_found', 'No such person in your organisation.');
    return json<O.PersonSummary>(200, summary(found));
  });

  route('GET', '/api/people', { querystring: O.PeopleQuery }, ({ query }) => {
    // As server/org/store/profiles.ts: the words start the name or a word of it, or the sign-in name.
    const term = query.search.trim().toLowerCase();
    const fits = ({ displayName, userPrincipalName }: FakePerson) =>
      [displayName.toLowerCase(), ...displayName.toLowerCase().split(' ').slice(1), userPrincipalName].some((start) =>
        start.startsWith(term),
      );
    const found = people.filter(fits).sort((x, y) => x.displayName.localeCompare(y.displayName));
    return json<O.People>(200, { people: found.slice(0, query.top).map(summary) });
  });

  route('GET', '/api/people/:id/photo', { params: O.PersonParams }, ({ params }) => {
    const id = params.id.toLowerCase();
    if (!personOf(id)) throw new AppError('person_not_found', 'No such person in your organisation.');
    if (!state.photos[id])
      throw new AppError('photo_not_found', 'This person has no profile photo; show their initials.');
    return new Response(PHOTO, { status: 200, headers: { 'content-type': 'image/png', etag: `"${id}"` } });
  });

  // --- Matching (server/matching) ------------------------------------------------------------

  const enrolmentOf = (personId: string, programmeId: ProgrammeId) =>
    state.enrolments.find((e) => e.personId === personId && e.programmeId === programmeId);
  const publicEnrolment = ({ personId: _, ...e }: Enrolment & { personId: string }): Enrolment => e;
  // The tenant's programmes: the two every tenant starts with, running and open to everyone.
  const programmes = STANDARD_IDS.map((id) => ({ id, ...STANDARD[id] }));
  const kindOf = (programmeId: ProgrammeId) => programmes.find((p) => p.id === programmeId)?.kind ?? 'mentoring';
  const draft = (personId: string, programmeId: ProgrammeId): Enrolment => ({
    ...draftEnrolment(
      { id: programmeId, kind: kindOf(programmeId), defaults: STANDARD.mentoring.defaults },
      personOf(personId)?.preferredLanguage ?? null,
      state.levels[personId] ?? null,
    ),
    offers: state.profileSkills[personId] ?? [],
  });
  const mentorsIn = (programmeId: ProgrammeId) =>
    state.enrolments.filter((e) => e.programmeId === programmeId && e.asMentor && !e.paused);
  const menteesIn = (programmeId: ProgrammeId) =>
    state.enrolments.filter((e) => e.programmeId === programmeId && e.asMentee && !e.paused);
  const mentorLoad = (programmeId: ProgrammeId, mentorId: string) =>
    state.pairs.filter((p) => p.mentorId === mentorId && p.programmeId === programmeId && isLive(p)).length;

  /** A pair's reasons, read from the mentee's side as the server does; their weights add up to the score. */
  function score(
    mentorId: string,
    menteeId: string,
    programmeId: ProgrammeId,
  ): { score: number; reasons: M.MatchReason[] } {
    const mentor = enrolmentOf(mentorId, programmeId)!;
    const mentee = enrolmentOf(menteeId, programmeId)!;
    const matched = mentee.wants.filter((s) => mentor.offers.includes(s));
    const reasons: M.MatchReason[] = [];
    if (matched.length > 0) {
      const weight = Math.round((3000 * matched.length) / mentee.wants.length) / 100;
      reasons.push({
        code: 'skills',
        params: { matched: matched.length, wanted: mentee.wants.length, skills: matched.join(',') },
        weight,
        about: 'pair',
      });
    }
    const [a, b] = [personOf(menteeId)!, personOf(mentorId)!];
    if (a.department !== b.department) {
      reasons.push({
        code: 'different_department',
        params: { mine: a.department!, theirs: b.department! },
        weight: 3.34,
        about: 'pair',
      });
    }
    const free = Math.max(0, mentor.capacity - mentorLoad(programmeId, mentorId));
    if (free > 0) {
      reasons.push({
        code: 'mentor_load',
        params: { free, capacity: mentor.capacity },
        weight: Math.round((1000 * free) / mentor.capacity) / 100,
        about: 'programme',
      });
    }
    return { score: Math.round(reasons.reduce((sum, r) => sum + r.weight * 100, 0)) / 100, reasons };
  }

  /** How two people fit (server/matching/context.ts fitOf), with no hard rule broken. */
  function fitOf(programmeId: ProgrammeId, mentorId: string, menteeId: string): Fit {
    if (!mentorsIn(programmeId).some((e) => e.personId === mentorId)) return { kind: 'not_a_mentor' };
    if (!menteesIn(programmeId).some((e) => e.personId === menteeId)) return { kind: 'not_a_mentee' };
    return { kind: 'scored', violations: [], ...score(mentorId, menteeId, programmeId) };
  }

  /** A new request as the server decides it; refused as the server refuses it. */
  function newRequest(asker: string, input: M.NewRequest): StoredRequest {
    const ask = {
      programmeId: input.programmeId,
      mentorId: input.mentorId,
      menteeId: input.menteeId,
      message: input.message ?? null,
    };
    const decision = decideNewRequest(
      ask,
      asker,
      fitOf(ask.programmeId, ask.mentorId, ask.menteeId),
      state.now,
      newId(),
    );
    if (decision.kind === 'refused') throw decision.error;
    const waiting = state.requests.some(
      (r) =>
        r.status === 'pending' &&
        r.programmeId === ask.programmeId &&
        r.mentorId === ask.mentorId &&
        r.menteeId === ask.menteeId,
    );
    if (waiting)
      throw new AppError('request_exists', 'There is already a pending request between you two in this programme.');
    const request: StoredRequest = decision.request;
    state.requests.push(request);
    return request;
  }

  route('GET', '/api/catalogue', {}, () => json<M.Catalogue>(200, catalogue));

  route('GET', '/api/programmes', {}, () =>
    json<P.OpenProgrammes>(200, {
      programmes: programmes.map((p) => ({
        id: p.id,
        kind: p.kind,
        status: 'running',
        names: p.names,
        descriptions: p.descriptions,
        enrolFrom: p.enrolFrom,
        enrolUntil: p.enrolUntil,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
        matching: p.matching,
        defaults: p.defaults,
        catalogue: p.catalogue,
        joinable: true,
      })),
    }),
  );

  route('GET', '/api/enrolments', {}, ({ me }) => {
    const mine = state.enrolments.filter((e) => e.personId === me.id);
    const missing = programmes.filter((p) => !mine.some((e) => e.programmeId === p.id));
    return json<M.Enrolments>(200, {
      enrolments: mine.map(publicEnrolment),
      drafts: missing.map((p) => draft(me.id, p.id)),
      roles: programmes.map((p) => programmeRoles(p.id, p.kind, state.levels[me.id] ?? null)),
    });
  });

  route(
    'PUT',
    '/api/enrolments/:programmeId',
    { params: M.ProgrammeParams, body: M.EnrolmentBody },
    ({ me, params, body }) => {
      if (!programmes.some((p) => p.id === params.programmeId))
        throw new AppError('programme_not_found', 'No such programme.', { programmeId: params.programmeId });
      const enrolment: Enrolment = { ...body, programmeId: params.programmeId };
      checkEnrolment(enrolment, kindOf(params.programmeId), state.levels[me.id] ?? null);
      state.enrolments = state.enrolments.filter(
        (x) => !(x.personId === me.id && x.programmeId === params.programmeId),
      );
      state.enrolments.push({ ...enrolment, personId: me.id });
      return json<Enrolment>(200, enrolment);
    },
  );

  route('GET', '/api/suggestions', { querystring: M.SuggestionsQuery }, ({ me, query: { programmeId, as, top } }) => {
    const mine = enrolmentOf(me.id, programmeId);
    if (!mine || mine.paused || !(as === 'mentee' ? mine.asMentee : mine.asMentor)) {
      throw new AppError('not_enrolled', `Join this programme as a ${as} to get suggestions.`);
    }
    const paired = (other: string) =>
      state.pairs.some(
        (p) =>
          p.programmeId === programmeId &&
          isLive(p) &&
          [p.mentorId, p.menteeId].includes(me.id) &&
          [p.mentorId, p.menteeId].includes(other),
      );
    const others = (as === 'mentee' ? mentorsIn(programmeId) : menteesIn(programmeId)).filter(
      (e) => e.personId !== me.id && !paired(e.personId),
    );
    const suggestions = others
      .map((e): M.Suggestion => ({
        person: summaryOf(e.personId),
        role: as === 'mentee' ? 'mentor' : 'mentee',
        ...(as === 'mentee' ? score(e.personId, me.id, programmeId) : score(me.id, e.personId, programmeId)),
      }))
      .sort((a, b) => b.score - a.score)
      .slice(0, top);
    return json<M.Suggestions>(200, { suggestions });
  });

  route('GET', '/api/requests', {}, ({ me }) => {
    const mine = state.requests.filter((r) => r.mentorId === me.id || r.menteeId === me.id).reverse();
    return json<M.Requests>(200, { requests: mine.map((r) => ({ ...r, other: summaryOf(otherOf(r, me.id)) })) });
  });

  route('POST', '/api/requests', { body: M.NewRequest }, ({ me, body }) =>
    json<M.MatchRequest>(201, newRequest(me.id, body)),
  );

  for (const action of ['withdraw', ...M.RequestAnswer.enum] as const) {
    route('POST', `/api/requests/:id/${action}`, { params: M.IdParams }, ({ me, params }) => {
      const current = state.requests.find((r) => r.id === params.id.toLowerCase());
      const accepting = action === 'accept' && current?.status === 'pending';
      const mentor = accepting ? enrolmentOf(current.mentorId, current.programmeId) : undefined;
      const places = accepting
        ? {
            capacity: mentor?.asMentor ? mentor.capacity : undefined,
            load: mentorLoad(current.programmeId, current.mentorId),
            pairId: newId(),
          }
        : undefined;
      const decision = decideRequest(current, me.id, action, state.now, places);
      if (decision.kind === 'refused') {
        if (decision.expires) current!.status = 'expired';
        throw decision.error;
      }
      const request = Object.assign(current!, { status: decision.status });
      if (action === 'withdraw') return json<M.MatchRequest>(200, request);
      const pair = decision.pair ?? undefined;
      if (pair) state.pairs.push(pair);
      return json<M.Answered>(200, { request, ...(pair ? { pair } : {}) });
    });
  }

  route('POST', '/api/invitations', { body: M.NewInvitation }, ({ me, body }) => {
    // The server's own decision (server/matching/invite.ts); the notification is the server's to send.
    const personId = body.personId.toLowerCase();
    const found = personOf(personId) !== undefined;
    const sent = state.invitations
      .filter((i) => i.inviterId === me.id)
      .map((i) => ({ ...i, createdAtMs: Date.parse(i.createdAt) }));
    const invitee = {
      found,
      level: state.levels[personId] ?? null,
      mentoring: enrolmentOf(personId, body.programmeId)?.asMentor === true,
    };
    const decision = decideInvitation(
      { personId, programmeId: body.programmeId, kind: kindOf(body.programmeId) },
      me.id,
      invitee,
      sent,
      state.now,
      newId(),
    );
    if (decision.kind === 'refused') throw decision.error;
    state.invitations.push({ ...decision.invitation, inviterId: me.id });
    return json<M.Invitation>(201, decision.invitation);
  });

  route('GET', '/api/pairs', {}, ({ me }) => {
    const mine = state.pairs.filter((p) => p.mentorId === me.id || p.menteeId === me.id).reverse();
    return json<M.Pairs>(200, { pairs: mine.map((p) => ({ ...p, other: summaryOf(otherOf(p, me.id)) })) });
  });

  /** A pair that stops being active has its meetings cancelled, as scheduling's follower does. */
  const stopMeetings = (pair: StoredPair) => {
    if (pair.status === 'active') return;
    for (const s of state.series) if (s.pairId === pair.id && s.status === 'booked') s.status = 'cancelled';
  };

  // Pausing has its own route, for its end date (the fake's "today" is the server clock's UTC day).
  route('POST', '/api/pairs/:id/pause', { params: M.IdParams, body: M.PauseBody }, ({ me, params, body }) => {
    const current = state.pairs.find((p) => p.id === params.id.toLowerCase());
    const decision = decidePause(current, me.id, body.until, iso(state.now).slice(0, 10));
    if (decision.kind === 'refused') throw decision.error;
    const pair = Object.assign(current!, decision.next);
    stopMeetings(pair);
    return json<M.Pair>(200, pair);
  });

  route(
    'POST',
    '/api/pairs/:id/:action',
    { params: M.PairActionParams, body: M.PairActionBody },
    ({ me, params, body }) => {
      const current = state.pairs.find((p) => p.id === params.id.toLowerCase());
      const decision = decidePair(current, me.id, params.action, body?.reason);
      if (decision.kind === 'refused') throw decision.error;
      const pair = Object.assign(current!, decision.next);
      stopMeetings(pair);
      return json<M.Pair>(200, pair);
    },
  );

  // --- Meetings (server/scheduling) --------------------------------------------------------

  const occurrenceView = ({ id, start, end, status, lastChange = null, movedFrom }: S.Occurrence): S.Occurrence => ({
    id,
    start,
    end,
    status,
    lastChange,
    movedFrom,
  });
  /** Where each session being moved goes, when the person chose a time (occurrence id → start). */
  const chosen = new Map<string, string>();
  const over = (o: S.Occurrence) => Date.parse(o.end) <= state.now;
  const byStart = (a: S.Occurrence, b: S.Occurrence) => Date.parse(a.start) - Date.parse(b.start);
  const seriesOf = (me: FakePerson, id: string) =>
    state.series.find((s) => s.id === id.toLowerCase() && (s.mentorId === me.id || s.menteeId === me.id));

  function seriesView(s: FakeSeries, me: FakePerson): S.Series {
    const other = otherOf(s, me.id);
    // The server's own lists (one series per pair here, so every session is of this series).
    const sessions = [...s.occurrences].sort(byStart).map((o) => ({
      ...o,
      seriesId: s.id,
      start: Date.parse(o.start),
      end: Date.parse(o.end),
      lastChange: o.lastChange ?? null,
      shown: o,
    }));
    const lists = sessionLists(sessions, { id: s.id, status: s.status }, state.now);
    const [next, upcoming, past] = [
      lists.next?.shown,
      lists.upcoming.map((x) => x.shown),
      lists.past.map((x) => x.shown),
    ];
    return {
      id: s.id,
      pairId: s.pairId,
      programmeId: s.programmeId,
      role: s.mentorId === me.id ? 'mentor' : 'mentee',
      other: { ...summaryOf(other), timeZone: state.timeZones[other] ?? null },
      pairStatus: state.pairs.find((p) => p.id === s.pairId)?.status ?? 'active',
      status: s.status,
      cadence: s.cadence,
      durationMinutes: s.durationMinutes,
      // A meeting that is being cancelled offers nothing to join.
      joinUrl: meetsAhead(s.status) ? s.joinUrl : null,
      timeZone: s.timeZone,
      problem: s.problem,
      next: next ? occurrenceView(next) : null,
      upcoming: upcoming.map(occurrenceView),
      past: past.map((o) => ({ ...occurrenceView(o), checkin: state.checkins[`${me.id} ${o.id}`] ?? null })),
      goals: s.goals.map((g) => ({ ...g })),
    };
  }

  route('GET', '/api/meetings', {}, ({ me }) => {
    const mine = state.series.filter((s) => s.mentorId === me.id || s.menteeId === me.id);
    return json<S.Meetings>(200, { series: mine.map((s) => seriesView(s, me)) });
  });

  /** As server/scheduling/changes-requested.ts changeableSession: a session still to come that may change. */
  function changeable(me: FakePerson, params: S.OccurrenceParams) {
    const series = seriesOf(me, params.seriesId);
    if (!series) throw new AppError('meeting_not_found', 'No such meeting.');
    if (series.status !== 'booked') {
      throw new AppError(
        'series_not_booked',
        'These meetings are not booked right now, so single sessions cannot be changed. Check back once they are.',
      );
    }
    const occ = series.occurrences.find((o) => o.id === params.occurrenceId.toLowerCase());
    if (!occ) throw new AppError('meeting_not_found', 'No such session in these meetings.');
    if (Date.parse(occ.start) <= state.now)
      throw new AppError('meeting_started', 'This session has already started or taken place.');
    if (occ.status !== 'scheduled') {
      throw new AppError(
        'meeting_changing',
        `This session is already ${occ.status}. Wait for that to finish, then try again.`,
      );
    }
    return { series, occ };
  }

  route(
    'GET',
    '/api/meetings/:seriesId/occurrences/:occurrenceId/slots',
    { params: S.OccurrenceParams },
    ({ me, params }) => {
      const { series, occ } = changeable(me, params);
      // The series' free times (default: a day, two and three later, at the same hour), kept
      // between now and the following session, as the server offers them.
      const starts = series.freeTimes ?? [1, 2, 3].map((days) => iso(Date.parse(occ.start) + days * DAY));
      const following = series.occurrences.map((o) => Date.parse(o.start)).filter((t) => t > Date.parse(occ.start));
      const before = Math.min(Infinity, ...following);
      const slots = starts
        .map((start) => ({ start, end: iso(Date.parse(start) + series.durationMinutes * 60_000) }))
        .filter((x) => Date.parse(x.start) > state.now && Date.parse(x.end) <= before)
        .slice(0, 3);
      return json<S.SlotChoices>(200, { slots });
    },
  );

  route(
    'POST',
    '/api/meetings/:seriesId/occurrences/:occurrenceId/skip',
    { params: S.OccurrenceParams },
    ({ me, params }) => {
      const { occ } = changeable(me, params);
      Object.assign(occ, { status: 'skipping', lastChange: null });
      return json<S.Occurrence>(202, occurrenceView(occ));
    },
  );

  route(
    'POST',
    '/api/meetings/:seriesId/occurrences/:occurrenceId/reschedule',
    { params: S.OccurrenceParams, body: S.RescheduleBody },
    ({ me, params, body }) => {
      const { occ } = changeable(me, params);
      Object.assign(occ, { status: 'rescheduling', lastChange: null });
      if (body?.start) chosen.set(occ.id, body.start);
      else chosen.delete(occ.id);
      return json<S.Occurrence>(202, occurrenceView(occ));
    },
  );

  route(
    'PUT',
    '/api/meetings/:seriesId/occurrences/:occurrenceId/checkin',
    { params: S.OccurrenceParams, body: S.CheckinBody },
    ({ me, params, body }) => {
      const occ = seriesOf(me, params.seriesId)?.occurrences.find((o) => o.id === params.occurrenceId.toLowerCase());
      if (!occ) throw new AppError('meeting_not_found', 'No such session in your meetings.');
      if (!over(occ)) throw new AppError('meeting_not_over', 'You can check in once the session is over.');
      const checkin: S.Checkin = {
        happened: body.happened,
        usefulness: body.usefulness ?? null,
        confidence: body.confidence ?? null,
        note: body.note?.trim() ? body.note : null,
        updatedAt: iso(state.now),
      };
      state.checkins[`${me.id} ${occ.id}`] = checkin;
      return json<S.CheckinAnswer>(200, { occurrenceId: occ.id, ...checkin });
    },
  );

  route(
    'PUT',
    '/api/meetings/:seriesId/goals',
    { params: S.SeriesParams, body: S.GoalsBody },
    ({ me, params, body }) => {
      const series = seriesOf(me, params.seriesId);
      if (!series) throw new AppError('meeting_not_found', 'No such meeting.');
      if (series.menteeId !== me.id)
        throw new AppError('mentee_only', 'Progress on goals is the mentee’s to record; you can read it.');
      const unknown = Object.keys(body.progress).filter((id) => !series.goals.some((g) => g.id === id));
      if (unknown.length > 0)
        throw new AppError('unknown_goal', `These are not goals of this pair: ${unknown.join(', ')}.`, {
          ids: unknown,
        });
      for (const goal of series.goals) goal.progress = body.progress[goal.id] ?? goal.progress;
      return json<S.GoalsAnswer>(200, { goals: series.goals });
    },
  );

  route('GET', '/api/meetings/:seriesId/next.ics', { params: S.SeriesParams }, ({ me, params }) => {
    const series = seriesOf(me, params.seriesId);
    if (!series) throw new AppError('meeting_not_found', 'No such meeting.');
    // As the server: a series that is being cancelled, or was, has nothing to put in a calendar.
    const next = meetsAhead(series.status)
      ? [...series.occurrences].sort(byStart).find((o) => Date.parse(o.start) > state.now && goingAhead(o))
      : undefined;
    if (!next) throw new AppError('no_upcoming_meeting', 'There is no upcoming session in these meetings.');
    const [organizer, attendee] = [series.mentorId, series.menteeId].map((id) => ({
      name: personOf(id)?.displayName ?? '',
      email: personOf(id)?.userPrincipalName ?? '',
    }));
    const ics = meetingIcs({
      uid: `${next.id}@tandem`,
      sequence: 0,
      stamp: state.now,
      start: Date.parse(next.start),
      end: Date.parse(next.end),
      summary: `Tandem: ${organizer!.name} & ${attendee!.name}`,
      description: 'Mentoring session booked by Tandem.',
      ...(series.joinUrl ? { url: series.joinUrl } : {}),
      organizer: organizer!,
      attendees: [attendee!],
    });
    return new Response(ics, {
      status: 200,
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': 'attachment; filename="tandem-next-session.ics"',
      },
    });
  });

  async function fetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://tandem.test');
    const headers = new Headers(init.headers);
    const call: Call = {
      method: (init.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      search: url.searchParams,
      authorization: headers.get('authorization'),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : null,
    };
    calls.push(call);
    if (state.down) throw new TypeError('Failed to fetch');
    return answer(call);
  }

  // --- Pulse surveys (server/surveys/surveys.ts) ---------------------------------------------
  const surveyOf = (me: FakePerson, id: string) => {
    const found = state.surveys.find((x) => x.id === id.toLowerCase());
    if (!found) throw new AppError('survey_not_found', 'No such survey.');
    if (found.personId !== me.id) throw new AppError('not_your_survey', 'This survey was sent to someone else.');
    return found;
  };
  const surveyView = ({ personId: _, answers: __, ...survey }: (typeof state.surveys)[number]): Surveys.Survey => ({
    ...survey,
    status: survey.answeredAt ? 'answered' : Date.parse(survey.closesAt) <= state.now ? 'closed' : survey.status,
  });

  route('GET', '/api/surveys', {}, ({ me }) =>
    json<Surveys.PendingSurveys>(200, {
      surveys: state.surveys
        .filter((x) => x.personId === me.id && surveyView(x).status === 'open')
        .map(({ id, programmeId, programmeName, moment, createdAt, closesAt }) => ({
          id,
          programmeId,
          programmeName,
          moment,
          createdAt,
          closesAt,
        })),
    }),
  );

  route('GET', '/api/surveys/:surveyId', { params: SurveyParams }, ({ me, params }) =>
    json<Surveys.Survey>(200, surveyView(surveyOf(me, params.surveyId))),
  );

  route(
    'POST',
    '/api/surveys/:surveyId/answers',
    { params: SurveyParams, body: SurveyAnswersBody },
    ({ me, params, body }) => {
      const survey = surveyOf(me, params.surveyId);
      const status = surveyView(survey).status;
      if (status === 'answered') throw new AppError('survey_answered', 'You have already answered this survey.');
      if (status === 'closed')
        throw new AppError('survey_closed', 'This survey has closed.', { closedAt: survey.closesAt });
      const asked = survey.skills.map((x) => x.id);
      const given = Object.keys(body.confidence);
      const missing = asked.filter((x) => !given.includes(x));
      const unexpected = given.filter((x) => !asked.includes(x));
      if (missing.length > 0 || unexpected.length > 0)
        throw new AppError('survey_skills_mismatch', 'Rate each skill the survey asks about, and only those.', {
          missing,
          unexpected,
        });
      survey.answeredAt = iso(state.now);
      survey.answers = body;
      return json<Surveys.SurveyAnswered>(201, { id: survey.id, status: 'answered', answeredAt: survey.answeredAt });
    },
  );

  /** HR's matching rounds over HR's programmes (fakeRounds.ts). */
  const rounds = createFakeRounds(route, () => state.now, hrProgrammes);

  return {
    fetch,
    calls,
    state,
    outcomes,

    rounds: rounds.state,
    /** The routes this fake answers, as the server declares them. */
    routes,
    /** HR's org sync and title rules (fakeOrg.ts). */
    org,
    hr,
    /** HR's programmes (fakeProgrammes.ts). */
    hrProgrammes,
    issueToken,
    /** Forgets every token, as a restarted server with a new signing key would. */
    revokeTokens: () => tokens.clear(),
    callsTo: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path),
    /** A pulse survey asked of someone, open for 14 days from the server's now, about these skills. */
    survey: (personId: string, s: Partial<Surveys.Survey> & { skills?: string[] } = {}) => {
      const { skills = ['leadership', 'public_speaking'], ...rest } = s;
      const survey = {
        id: newId(),
        programmeId: 'mentoring',
        programmeName: { en: 'Mentoring', it: 'Mentoring' },
        moment: 'start' as const,
        createdAt: iso(state.now),
        closesAt: iso(state.now + 14 * 86_400_000),
        status: 'open' as const,
        answeredAt: null,
        ...rest,
        skills: skills.map((id) => ({ id, label: catalogue.skills.find((k) => k.id === id)!.label })),
        personId,
      };
      state.surveys.push(survey);
      return survey;
    },
    /** Enrols someone directly, as if they had joined earlier. */
    enrol: (personId: string, enrolment: Partial<Enrolment> & { programmeId: ProgrammeId }) => {
      state.enrolments = state.enrolments.filter(
        (e) => !(e.personId === personId && e.programmeId === enrolment.programmeId),
      );
      state.enrolments.push({ ...draft(personId, enrolment.programmeId), ...enrolment, personId });
    },
    /** A request as if someone had sent it (refused as the server would refuse it). */
    request: (from: string, r: M.NewRequest) => newRequest(from, r),
    /**
     * A pair's booked meetings, as the booking job leaves them: `sessions` start times (ISO), each
     * `durationMinutes` long. Goals default to the mentee's, at no progress.
     */
    series: (
      s: Partial<Omit<FakeSeries, 'occurrences'>> & Pick<FakeSeries, 'mentorId' | 'menteeId'> & { sessions?: string[] },
    ) => {
      const { sessions = [], ...rest } = s;
      const programmeId = s.programmeId ?? 'mentoring';
      const minutes = s.durationMinutes ?? 45;
      const pair = state.pairs.find(
        (p) => p.programmeId === programmeId && p.mentorId === s.mentorId && p.menteeId === s.menteeId,
      );
      const goals = (enrolmentOf(s.menteeId, programmeId)?.goals ?? []).map((id) => ({
        id,
        label: catalogue.goals.find((g) => g.id === id)!.label,
        progress: 0,
      }));
      const series: FakeSeries = {
        id: newId(),
        pairId: pair?.id ?? newId(),
        programmeId,
        status: 'booked',
        cadence: 'weekly',
        durationMinutes: minutes,
        joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_tandem%40thread.v2/0',
        timeZone: 'Europe/Rome',
        problem: null,
        goals,
        ...rest,
        occurrences: sessions.map((start): S.Occurrence => ({
          id: newId(),
          start,
          end: iso(Date.parse(start) + minutes * 60_000),
          status: 'scheduled',
          movedFrom: null,
        })),
      };
      state.series.push(series);
      return series;
    },
    /**
     * What the change jobs do: skipped sessions leave the calendars, moved ones land at the time
     * chosen (else a day later), or stay where they were when nobody has another free time (`noFreeTime`).
     */
    settleMeetings: ({ noFreeTime = false }: { noFreeTime?: boolean } = {}) => {
      for (const o of state.series.flatMap((s) => s.occurrences)) {
        if (o.status === 'skipping') Object.assign(o, { status: 'skipped', lastChange: 'skipped' });
        if (o.status === 'rescheduling') {
          Object.assign(o, { status: 'scheduled', lastChange: noFreeTime ? 'move_failed' : 'moved' });
          // To the time chosen, else a day later; where it was first stays its "moved from".
          const start = Date.parse(chosen.get(o.id) ?? iso(Date.parse(o.start) + DAY));
          const length = Date.parse(o.end) - Date.parse(o.start);
          chosen.delete(o.id);
          if (!noFreeTime)
            Object.assign(o, { movedFrom: o.movedFrom ?? o.start, start: iso(start), end: iso(start + length) });
        }
      }
    },
    /** A pair, as if a request had been accepted or a round had proposed it. */
    pair: (p: Partial<StoredPair> & Pick<StoredPair, 'programmeId' | 'mentorId' | 'menteeId'>) => {
      const pair: StoredPair = {
        id: newId(),
        status: 'active',
        source: 'request',
        ...score(p.mentorId, p.menteeId, p.programmeId),
        mentorConfirmed: true,
        menteeConfirmed: true,
        endedReason: null,
        flag: null,
        pausedUntil: null,
        createdAt: iso(state.now),
        ...p,
      };
      state.pairs.push(pair);
      return pair;
    },
  };
}

export type FakeServer = ReturnType<typeof createFakeServer>;
