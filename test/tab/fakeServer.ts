// A small stand-in for Tandem's server that implements the tab's contract: it answers by
// method and path, checks bearer tokens and returns the server's error body. Tests change its
// state (sandbox on/off, down, people, enrolments, requests, pairs, meetings) instead of matching
// URL substrings. Matching follows server/matching (enrol.ts, pairs.ts) and meetings follow
// server/scheduling (plugin.ts) in miniature: the same codes, shapes and lifecycle, with a simple
// score.

export interface FakePerson {
  id: string;
  displayName: string;
  userPrincipalName: string;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  persona: string | null;
  roles: string[];
}

export const tenantId = '11111111-2222-3333-4444-555555555555';

export const people: FakePerson[] = [
  person('u-gia', 'Giulia Bianchi', 'Software Engineer', 'Engineering', 'Milano', null),
  person('u-ceo', 'Chiara Rossi', 'Chief Executive Officer', 'Leadership', 'Roma', 'ceo', ['Tandem.Admin']),
  person('u-marco', 'Marco Verdi', 'Junior Developer', 'Engineering', 'Torino', 'junior-dev'),
  person('u-luca', 'Luca Neri', 'HR Partner', 'People', 'Milano', null),
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
  const upn = `${displayName.toLowerCase().replace(' ', '.')}@contoso-italia.example`;
  return { id, displayName, userPrincipalName: upn, jobTitle, department, officeLocation, persona, roles };
}

type Track = 'mentoring' | 'reverse';

export interface FakeEnrolment {
  track: Track;
  asMentor: boolean;
  asMentee: boolean;
  offers: string[];
  wants: string[];
  goals: string[];
  languages: string[];
  cadence: 'weekly' | 'biweekly' | 'monthly';
  meetingMinutes: 30 | 45 | 60;
  capacity: number;
  paused: boolean;
}

export interface FakeReason {
  code: string;
  params: Record<string, string | number>;
  weight: number;
}

export interface FakeRequest {
  id: string;
  track: Track;
  mentorId: string;
  menteeId: string;
  requestedBy: string;
  status: 'pending' | 'accepted' | 'declined' | 'expired' | 'withdrawn';
  score: number;
  reasons: FakeReason[];
  message: string | null;
  createdAt: string;
  expiresAt: string;
}

export interface FakePair {
  id: string;
  track: Track;
  mentorId: string;
  menteeId: string;
  status: 'proposed' | 'active' | 'paused' | 'completed' | 'ended';
  source: 'request' | 'round';
  score: number;
  reasons: FakeReason[];
  mentorConfirmed: boolean;
  menteeConfirmed: boolean;
  endedReason: string | null;
  flag: string | null;
  createdAt: string;
}

export type FakeSeriesStatus = 'booking' | 'booked' | 'needs_attention' | 'cancelling' | 'cancelled' | 'replaced';
export type FakeOccurrenceStatus = 'scheduled' | 'skipping' | 'skipped' | 'rescheduling' | 'cancelled';

export interface FakeOccurrence {
  id: string;
  start: string;
  end: string;
  status: FakeOccurrenceStatus;
  lastChange?: 'moved' | 'move_failed' | 'skipped' | null;
}

export interface FakeCheckin {
  happened: boolean;
  usefulness: number | null;
  confidence: number | null;
  note: string | null;
  updatedAt: string;
}

/** A pair's meeting series as server/scheduling keeps it: the mentor organizes, the mentee attends. */
export interface FakeSeries {
  id: string;
  pairId: string;
  track: Track;
  mentorId: string;
  menteeId: string;
  status: FakeSeriesStatus;
  cadence: 'weekly' | 'biweekly' | 'monthly';
  durationMinutes: number;
  joinUrl: string | null;
  timeZone: string | null;
  problem: string | null;
  occurrences: FakeOccurrence[];
  goals: { id: string; label: { en: string; it: string }; progress: number }[];
}

export const catalogue = {
  skills: [
    { id: 'software_architecture', family: 'technical', label: { en: 'Software architecture', it: 'Architettura del software' } },
    { id: 'data_analysis', family: 'technical', label: { en: 'Data analysis', it: 'Analisi dei dati' } },
    { id: 'communication', family: 'soft', label: { en: 'Communication', it: 'Comunicazione' } },
    { id: 'leadership', family: 'soft', label: { en: 'Leadership', it: 'Leadership' } },
    { id: 'public_speaking', family: 'soft', label: { en: 'Public speaking', it: 'Parlare in pubblico' } },
    { id: 'generative_ai', family: 'digital', label: { en: 'Generative AI', it: 'Intelligenza artificiale generativa' } },
    { id: 'social_media', family: 'digital', label: { en: 'Social media', it: 'Social media' } },
  ],
  goals: [
    { id: 'grow_as_leader', skills: ['leadership', 'communication'], label: { en: 'Grow as a leader', it: 'Crescere come leader' } },
    { id: 'learn_generative_ai', skills: ['generative_ai'], label: { en: 'Learn to use generative AI', it: "Imparare a usare l'IA generativa" } },
  ],
};

/** Who may take which role, by seniority level (server/matching/enrol.ts). */
const ELIGIBILITY: Record<Track, { mentor: [number, number]; mentee: [number, number] }> = {
  mentoring: { mentor: [3, 10], mentee: [1, 9] },
  reverse: { mentor: [1, 5], mentee: [6, 10] },
};

const DAY = 86_400_000;
const LIVE = ['proposed', 'active', 'paused'];

export interface Call {
  method: string;
  path: string;
  search: URLSearchParams;
  authorization: string | null;
  body: unknown;
}

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
    levels: { 'u-gia': 2, 'u-ceo': 10, 'u-marco': 1, 'u-luca': 5 } as Record<string, number | null>,
    timeZones: { 'u-gia': 'Europe/Rome' } as Record<string, string>,
    /** Skills listed in each person's directory profile: drafts start from them. */
    profileSkills: { 'u-gia': ['data_analysis'] } as Record<string, string[]>,
    enrolments: [] as (FakeEnrolment & { personId: string })[],
    requests: [] as FakeRequest[],
    pairs: [] as FakePair[],
    series: [] as FakeSeries[],
    /** Each person's own check-ins, by "personId occurrenceId". */
    checkins: {} as Record<string, FakeCheckin>,
    /** Make one route fail: key "METHOD /api/route", e.g. "GET /api/pairs" or "POST /api/requests/:id/accept". */
    failures: {} as Record<string, { statusCode: number; code: string; message?: string; details?: Record<string, unknown> }>,
  };
  let ids = 0;
  const newId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

  function json(status: number, body: unknown): Response {
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }

  function error(statusCode: number, code: string, error: string, message: string, details?: Record<string, unknown>): Response {
    return json(statusCode, { statusCode, code, error, message, ...(details ? { details } : {}) });
  }

  const names: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 500: 'Internal Server Error' };
  const fail = (statusCode: number, code: string, message: string, details?: Record<string, unknown>) =>
    error(statusCode, code, names[statusCode] ?? 'Error', message, details);

  const notFound = () => error(404, 'not_found', 'Not Found', 'Route not found.');

  /** A token of the kind the real server accepts; Teams' getAuthToken hands these out too. */
  function issueToken(userId: string): string {
    const token = `token-${userId}-${tokens.size + 1}`;
    tokens.set(token, userId);
    return token;
  }

  function signedIn(call: Call): FakePerson | null {
    const token = call.authorization?.match(/^Bearer (.+)$/)?.[1];
    const userId = token ? tokens.get(token) : undefined;
    return people.find((p) => p.id === userId) ?? null;
  }

  const routes: Record<string, (call: Call) => Response> = {
    'GET /api/config': () =>
      json(200, { sandbox: state.sandbox, tenantId, clientId: 'client-id', appIdUri: 'api://localhost/client-id' }),

    'GET /api/sandbox/people': (call) => {
      if (!state.sandbox) return notFound();
      const search = (call.search.get('search') ?? '').toLowerCase();
      const top = Number(call.search.get('top') ?? 10);
      const found = search
        ? people.filter((p) => p.displayName.toLowerCase().includes(search))
        : [...people].sort((a, b) => Number(b.persona !== null) - Number(a.persona !== null));
      return json(200, {
        people: found.slice(0, top).map(({ id, displayName, jobTitle, department, officeLocation, persona }) => ({
          id,
          displayName,
          jobTitle,
          department,
          officeLocation,
          persona,
        })),
      });
    },

    'POST /api/sandbox/signin': (call) => {
      if (!state.sandbox) return notFound();
      const userId = (call.body as { userId?: unknown } | null)?.userId;
      if (!people.some((p) => p.id === userId)) {
        return error(400, 'unknown_user', 'Bad Request', 'No such person in the sandbox.');
      }
      return json(200, { accessToken: issueToken(String(userId)), expiresIn: state.expiresIn });
    },

    'GET /api/me': (call) => {
      const me = signedIn(call);
      if (!me) return error(401, 'unauthorized', 'Unauthorized', 'A valid bearer token is required.');
      const failure = state.failures['GET /api/me'];
      if (failure) return fail(failure.statusCode, failure.code, failure.message ?? failure.code, failure.details);
      const level = state.levels[me.id] ?? null;
      return json(200, {
        tenantId,
        id: me.id,
        displayName: me.displayName,
        userPrincipalName: me.userPrincipalName,
        roles: me.roles,
        timeZone: state.timeZones[me.id] ?? null,
        // As the server sends it: the level with the reasons for it.
        level: level === null ? null : { value: level, reasons: [] },
      });
    },
  };

  // --- Matching, for a signed-in person ---------------------------------------------------

  const enrolmentOf = (personId: string, track: Track) => state.enrolments.find((e) => e.personId === personId && e.track === track);
  const publicEnrolment = ({ personId: _, ...e }: FakeEnrolment & { personId: string }): FakeEnrolment => e;
  const summary = (p: FakePerson) => ({ id: p.id, displayName: p.displayName, jobTitle: p.jobTitle, department: p.department, officeLocation: p.officeLocation });
  const iso = (ms: number) => new Date(ms).toISOString();

  function draft(personId: string, track: Track): FakeEnrolment {
    const level = state.levels[personId] ?? null;
    const within = ([min, max]: [number, number]) => level !== null && level >= min && level <= max;
    const canMentor = within(ELIGIBILITY[track].mentor);
    const canBeMentored = within(ELIGIBILITY[track].mentee);
    return {
      track, asMentor: canMentor && !canBeMentored, asMentee: canBeMentored, offers: state.profileSkills[personId] ?? [], wants: [], goals: [],
      languages: ['it-IT', 'en-GB'], cadence: 'biweekly', meetingMinutes: 45, capacity: 2, paused: false,
    };
  }

  /** A pair's reasons, read from the mentee's side as the server does; their weights add up to the score. */
  function score(mentorId: string, menteeId: string, track: Track): { score: number; reasons: FakeReason[] } {
    const mentor = enrolmentOf(mentorId, track)!;
    const mentee = enrolmentOf(menteeId, track)!;
    const matched = mentee.wants.filter((s) => mentor.offers.includes(s));
    const reasons: FakeReason[] = [];
    if (matched.length > 0) reasons.push({ code: 'skills', params: { matched: matched.length, wanted: mentee.wants.length, skills: matched.join(',') }, weight: Math.round((3000 * matched.length) / mentee.wants.length) / 100 });
    const [a, b] = [people.find((p) => p.id === menteeId)!, people.find((p) => p.id === mentorId)!];
    if (a.department !== b.department) reasons.push({ code: 'different_department', params: { mine: a.department!, theirs: b.department! }, weight: 3.34 });
    const load = state.pairs.filter((p) => p.mentorId === mentorId && p.track === track && LIVE.includes(p.status)).length;
    const free = Math.max(0, mentor.capacity - load);
    if (free > 0) reasons.push({ code: 'mentor_load', params: { free, capacity: mentor.capacity }, weight: Math.round((1000 * free) / mentor.capacity) / 100 });
    return { score: Math.round(reasons.reduce((sum, r) => sum + r.weight * 100, 0)) / 100, reasons };
  }

  function mentorsFor(track: Track, except: string) {
    return state.enrolments.filter((e) => e.track === track && e.asMentor && !e.paused && e.personId !== except);
  }

  function menteesFor(track: Track, except: string) {
    return state.enrolments.filter((e) => e.track === track && e.asMentee && !e.paused && e.personId !== except);
  }

  function matchingRoute(call: Call, me: FakePerson): Response | null {
    const { method, path } = call;
    const body = (call.body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;

    if (method === 'GET' && path === '/api/catalogue') return json(200, catalogue);

    if (method === 'GET' && path === '/api/enrolments') {
      const mine = state.enrolments.filter((e) => e.personId === me.id);
      const missing = (['mentoring', 'reverse'] as const).filter((t) => !mine.some((e) => e.track === t));
      return json(200, { enrolments: mine.map(publicEnrolment), drafts: missing.map((t) => draft(me.id, t)) });
    }

    if (method === 'PUT' && (m = /^\/api\/enrolments\/(mentoring|reverse)$/.exec(path))) {
      const track = m[1] as Track;
      const e = { capacity: 2, paused: false, ...body, track } as FakeEnrolment;
      const languages = Array.isArray(e.languages) ? e.languages : [];
      if (languages.length < 1) return fail(400, 'invalid_request', 'body/languages must NOT have fewer than 1 items');
      if (e.capacity < 1 || e.capacity > 5) return fail(400, 'invalid_request', `body/capacity must be ${e.capacity < 1 ? '>= 1' : '<= 5'}`);
      if (!e.asMentor && !e.asMentee) return fail(400, 'no_role', 'Choose to take part as a mentor, a mentee or both.');
      const unknown = [...e.offers, ...e.wants].filter((id) => !catalogue.skills.some((s) => s.id === id));
      if (unknown.length > 0) return fail(400, 'unknown_skill', `Unknown skills: ${unknown.join(', ')}.`, { ids: unknown });
      const level = state.levels[me.id] ?? null;
      if (level === null) return fail(409, 'not_placed_yet', 'Your place in the organisation is not known yet.');
      for (const role of ['mentor', 'mentee'] as const) {
        const [min, max] = ELIGIBILITY[track][role];
        if ((role === 'mentor' ? e.asMentor : e.asMentee) && (level < min || level > max)) {
          return fail(400, 'not_eligible', `In ${track}, ${role}s are at seniority levels ${min} to ${max}; yours is ${level}.`, { track, role, level, allowed: [min, max] });
        }
      }
      state.enrolments = state.enrolments.filter((x) => !(x.personId === me.id && x.track === track));
      state.enrolments.push({ ...e, personId: me.id });
      return json(200, publicEnrolment(enrolmentOf(me.id, track)!));
    }

    if (method === 'GET' && path === '/api/suggestions') {
      const track = call.search.get('track') as Track;
      const as = call.search.get('as') ?? 'mentee';
      const top = Number(call.search.get('top') ?? 5);
      const mine = enrolmentOf(me.id, track);
      if (!mine || mine.paused || !(as === 'mentee' ? mine.asMentee : mine.asMentor)) {
        return fail(409, 'not_enrolled', `Join this programme as a ${as} to get suggestions.`);
      }
      const paired = (a: string, b: string) => state.pairs.some((p) => p.track === track && LIVE.includes(p.status) && [p.mentorId, p.menteeId].includes(a) && [p.mentorId, p.menteeId].includes(b));
      const others = (as === 'mentee' ? mentorsFor(track, me.id) : menteesFor(track, me.id)).filter((e) => !paired(me.id, e.personId));
      const suggestions = others
        .map((e) => {
          const scored = as === 'mentee' ? score(e.personId, me.id, track) : score(me.id, e.personId, track);
          return { person: summary(people.find((p) => p.id === e.personId)!), role: as === 'mentee' ? 'mentor' : 'mentee', ...scored };
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, top);
      return json(200, { suggestions });
    }

    if (method === 'GET' && path === '/api/requests') {
      const mine = state.requests.filter((r) => r.mentorId === me.id || r.menteeId === me.id).reverse();
      const other = (r: FakeRequest) => summary(people.find((p) => p.id === (r.mentorId === me.id ? r.menteeId : r.mentorId))!);
      return json(200, { requests: mine.map((r) => ({ ...r, other: other(r) })) });
    }

    if (method === 'POST' && path === '/api/requests') {
      const { track, mentorId, menteeId, message } = body as { track: Track; mentorId: string; menteeId: string; message?: string };
      if (me.id !== mentorId && me.id !== menteeId) return fail(403, 'not_your_request', 'You can only ask for a pair you are part of.');
      if (!mentorsFor(track, '').some((e) => e.personId === mentorId)) return fail(409, 'not_a_mentor', 'That person is not taking mentees in this programme right now.');
      if (!menteesFor(track, '').some((e) => e.personId === menteeId)) return fail(409, 'not_a_mentee', 'That person is not looking for a mentor in this programme right now.');
      if (state.requests.some((r) => r.status === 'pending' && r.track === track && r.mentorId === mentorId && r.menteeId === menteeId)) {
        return fail(409, 'request_exists', 'There is already a pending request between you two in this programme.');
      }
      const request: FakeRequest = {
        id: newId(), track, mentorId, menteeId, requestedBy: me.id, status: 'pending', ...score(mentorId, menteeId, track),
        message: message ?? null, createdAt: iso(state.now), expiresAt: iso(state.now + 14 * DAY),
      };
      state.requests.push(request);
      return json(201, request);
    }

    if (method === 'POST' && (m = /^\/api\/requests\/([^/]+)\/withdraw$/.exec(path))) {
      const request = state.requests.find((r) => r.id === m![1] && (r.mentorId === me.id || r.menteeId === me.id));
      if (!request) return fail(404, 'request_not_found', 'No such request.');
      if (request.requestedBy !== me.id) return fail(403, 'not_your_request', 'Only the person who sent a request can withdraw it; you can decline it instead.');
      if (request.status !== 'pending') return fail(409, 'request_closed', `This request is already ${request.status}.`);
      request.status = 'withdrawn';
      return json(200, request);
    }

    if (method === 'POST' && (m = /^\/api\/requests\/([^/]+)\/(accept|decline)$/.exec(path))) {
      const request = state.requests.find((r) => r.id === m![1] && (r.mentorId === me.id || r.menteeId === me.id));
      if (!request) return fail(404, 'request_not_found', 'No such request.');
      if (request.requestedBy === me.id) return fail(403, 'not_yours_to_answer', 'The other person answers a request.');
      if (request.status !== 'pending') return fail(409, 'request_closed', `This request is already ${request.status}.`);
      if (m[2] === 'decline') {
        request.status = 'declined';
        return json(200, { request });
      }
      const mentor = enrolmentOf(request.mentorId, request.track);
      const load = state.pairs.filter((p) => p.mentorId === request.mentorId && p.track === request.track && LIVE.includes(p.status)).length;
      if (!mentor || load >= mentor.capacity) return fail(409, 'mentor_full', 'The mentor has no free place left in this programme.');
      request.status = 'accepted';
      const pair: FakePair = {
        id: newId(), track: request.track, mentorId: request.mentorId, menteeId: request.menteeId, status: 'active', source: 'request',
        score: request.score, reasons: request.reasons, mentorConfirmed: true, menteeConfirmed: true, endedReason: null, flag: null, createdAt: iso(state.now),
      };
      state.pairs.push(pair);
      return json(200, { request, pair });
    }

    if (method === 'GET' && path === '/api/pairs') {
      return json(200, { pairs: state.pairs.filter((p) => p.mentorId === me.id || p.menteeId === me.id).reverse() });
    }

    if (method === 'POST' && (m = /^\/api\/pairs\/([^/]+)\/(confirm|pause|resume|complete|end)$/.exec(path))) {
      const pair = state.pairs.find((p) => p.id === m![1] && (p.mentorId === me.id || p.menteeId === me.id));
      if (!pair) return fail(404, 'pair_not_found', 'No such pair.');
      const action = m[2]!;
      const refuse = () => fail(409, 'invalid_transition', `A ${pair.status} pair cannot be asked to ${action}.`);
      const isMentor = pair.mentorId === me.id;
      if (action === 'confirm') {
        if (pair.status !== 'proposed') return refuse();
        if (isMentor) pair.mentorConfirmed = true;
        else pair.menteeConfirmed = true;
        if (pair.mentorConfirmed && pair.menteeConfirmed) pair.status = 'active';
      } else if (action === 'pause') {
        if (pair.status !== 'active') return refuse();
        pair.status = 'paused';
      } else if (action === 'resume') {
        if (pair.status !== 'paused') return refuse();
        pair.status = 'active';
      } else if (action === 'complete') {
        if (pair.status !== 'active' && pair.status !== 'paused') return refuse();
        pair.status = 'completed';
      } else {
        if (pair.status === 'completed' || pair.status === 'ended') return refuse();
        pair.status = 'ended';
        pair.endedReason = 'ended_by_person';
      }
      return json(200, pair);
    }

    if (method === 'GET' && (m = /^\/api\/people\/([^/]+)$/.exec(path))) {
      const person = people.find((p) => p.id === m![1]);
      return person ? json(200, summary(person)) : fail(404, 'person_not_found', 'No such person in your organisation.');
    }

    return null;
  }

  // --- Meetings (server/scheduling/plugin.ts), for a signed-in person ---------------------

  /** As many sessions as the list shows each way (the server's SHOWN). */
  const SHOWN = 8;
  const occurrenceView = ({ id, start, end, status, lastChange = null }: FakeOccurrence) => ({ id, start, end, status, lastChange });
  const over = (o: FakeOccurrence) => Date.parse(o.end) <= state.now;

  function seriesView(s: FakeSeries, me: FakePerson) {
    const mentor = s.mentorId === me.id;
    const other = people.find((p) => p.id === (mentor ? s.menteeId : s.mentorId));
    const sorted = [...s.occurrences].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    const upcoming = sorted.filter((o) => !over(o) && o.status !== 'cancelled').slice(0, SHOWN);
    const past = sorted.filter((o) => over(o) && (o.status === 'scheduled' || o.status === 'rescheduling')).slice(-SHOWN).reverse();
    const next = upcoming.find((o) => o.status === 'scheduled' || o.status === 'rescheduling');
    return {
      id: s.id, pairId: s.pairId, track: s.track, role: mentor ? 'mentor' : 'mentee', other: { id: other?.id ?? '', displayName: other?.displayName ?? '' },
      status: s.status, cadence: s.cadence, durationMinutes: s.durationMinutes, joinUrl: s.joinUrl, timeZone: s.timeZone, problem: s.problem,
      next: next ? occurrenceView(next) : null,
      upcoming: upcoming.map(occurrenceView),
      past: past.map((o) => ({ ...occurrenceView(o), checkin: state.checkins[`${me.id} ${o.id}`] ?? null })),
      goals: s.goals.map((g) => ({ ...g })),
    };
  }

  const isScale = (v: unknown) => v === undefined || v === null || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5);

  function meetingsRoute(call: Call, me: FakePerson): Response | null {
    const { method, path } = call;
    const body = (call.body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;
    const mine = (id: string) => state.series.find((s) => s.id === id && (s.mentorId === me.id || s.menteeId === me.id));

    if (method === 'GET' && path === '/api/meetings') {
      return json(200, { series: state.series.filter((s) => s.mentorId === me.id || s.menteeId === me.id).map((s) => seriesView(s, me)) });
    }

    if (method === 'POST' && (m = /^\/api\/meetings\/([^/]+)\/occurrences\/([^/]+)\/(skip|reschedule)$/.exec(path))) {
      const series = mine(m[1]!);
      if (!series) return fail(404, 'meeting_not_found', 'No such meeting.');
      if (series.status !== 'booked') return fail(409, 'series_not_booked', 'These meetings are not booked right now, so single sessions cannot be changed. Check back once they are.');
      const occ = series.occurrences.find((o) => o.id === m![2]);
      if (!occ) return fail(404, 'meeting_not_found', 'No such session in these meetings.');
      if (Date.parse(occ.start) <= state.now) return fail(409, 'meeting_started', 'This session has already started or taken place.');
      if (occ.status !== 'scheduled') return fail(409, 'meeting_changing', `This session is already ${occ.status}. Wait for that to finish, then try again.`);
      occ.status = m[3] === 'skip' ? 'skipping' : 'rescheduling';
      occ.lastChange = null;
      return json(202, occurrenceView(occ));
    }

    if (method === 'GET' && (m = /^\/api\/meetings\/([^/]+)\/next\.ics$/.exec(path))) {
      const series = mine(m[1]!);
      if (!series) return fail(404, 'meeting_not_found', 'No such meeting.');
      const next = [...series.occurrences]
        .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
        .find((o) => Date.parse(o.start) > state.now && (o.status === 'scheduled' || o.status === 'rescheduling'));
      if (!next) return fail(404, 'no_upcoming_meeting', 'There is no upcoming session in these meetings.');
      const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
      const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', `UID:${next.id}@tandem`, `DTSTART:${stamp(next.start)}`, `DTEND:${stamp(next.end)}`, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
      return new Response(ics, { status: 200, headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'attachment; filename="tandem-next-session.ics"' } });
    }

    if (method === 'PUT' && (m = /^\/api\/meetings\/([^/]+)\/occurrences\/([^/]+)\/checkin$/.exec(path))) {
      if (typeof body.happened !== 'boolean') return fail(400, 'invalid_request', "body must have required property 'happened'");
      if (!isScale(body.usefulness) || !isScale(body.confidence)) return fail(400, 'invalid_request', 'body/usefulness and body/confidence must be 1 to 5');
      if (body.note !== undefined && body.note !== null && (typeof body.note !== 'string' || body.note.length > 5000)) {
        return fail(400, 'invalid_request', 'body/note must NOT have more than 5000 characters');
      }
      const series = mine(m[1]!);
      const occ = series?.occurrences.find((o) => o.id === m![2]);
      if (!series || !occ) return fail(404, 'meeting_not_found', 'No such session in your meetings.');
      if (!over(occ)) return fail(409, 'meeting_not_over', 'Check in after the session has ended.');
      const checkin: FakeCheckin = {
        happened: body.happened, usefulness: (body.usefulness as number | null | undefined) ?? null, confidence: (body.confidence as number | null | undefined) ?? null,
        note: (body.note as string | null | undefined) ?? null, updatedAt: iso(state.now),
      };
      state.checkins[`${me.id} ${occ.id}`] = checkin;
      return json(200, { occurrenceId: occ.id, ...checkin });
    }

    if (method === 'PUT' && (m = /^\/api\/meetings\/([^/]+)\/goals$/.exec(path))) {
      const series = mine(m[1]!);
      if (!series) return fail(404, 'meeting_not_found', 'No such meeting.');
      if (series.menteeId !== me.id) return fail(403, 'mentee_only', 'Only the mentee updates progress on goals.');
      const progress = body.progress;
      if (typeof progress !== 'object' || progress === null) return fail(400, 'invalid_request', "body must have required property 'progress'");
      const entries = Object.entries(progress as Record<string, unknown>);
      if (entries.some(([, v]) => !Number.isInteger(v) || (v as number) < 0 || (v as number) > 100)) return fail(400, 'invalid_request', 'progress must be 0 to 100');
      const unknown = entries.filter(([id]) => !series.goals.some((g) => g.id === id)).map(([id]) => id);
      if (unknown.length > 0) return fail(400, 'unknown_goal', `Unknown goals: ${unknown.join(', ')}.`, { ids: unknown });
      for (const [id, value] of entries) series.goals.find((g) => g.id === id)!.progress = value as number;
      return json(200, { goals: series.goals });
    }

    return null;
  }

  /** "POST /api/requests/:id/accept" for "POST /api/requests/<uuid>/accept": the key of state.failures. */
  function routeKey(call: Call): string {
    return `${call.method} ${call.path.replace(/\/[0-9a-f]{8}-[0-9a-f-]{27}|\/u-[a-z]+/g, '/:id')}`;
  }

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
    const route = routes[`${call.method} ${call.path}`];
    if (route) return route(call);
    const me = signedIn(call);
    if (!me) return error(401, 'unauthorized', 'Unauthorized', 'A valid bearer token is required.');
    const failure = state.failures[routeKey(call)];
    if (failure) return fail(failure.statusCode, failure.code, failure.message ?? failure.code, failure.details);
    return matchingRoute(call, me) ?? meetingsRoute(call, me) ?? notFound();
  }

  return {
    fetch,
    calls,
    state,
    issueToken,
    /** Forgets every token, as a restarted server with a new signing key would. */
    revokeTokens: () => tokens.clear(),
    callsTo: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path),
    /** Enrols someone directly, as if they had joined earlier. */
    enrol: (personId: string, enrolment: Partial<FakeEnrolment> & { track: Track }) => {
      state.enrolments = state.enrolments.filter((e) => !(e.personId === personId && e.track === enrolment.track));
      state.enrolments.push({ ...draft(personId, enrolment.track), ...enrolment, personId });
    },
    /** A request as if someone had sent it. */
    request: (from: string, r: { track: Track; mentorId: string; menteeId: string; message?: string }) => {
      const request: FakeRequest = {
        id: newId(), ...r, requestedBy: from, status: 'pending', ...score(r.mentorId, r.menteeId, r.track), message: r.message ?? null,
        createdAt: iso(state.now), expiresAt: iso(state.now + 14 * DAY),
      };
      state.requests.push(request);
      return request;
    },
    /**
     * A pair's booked meetings, as the booking job leaves them: `sessions` start times (ISO), each
     * `durationMinutes` long. Goals default to the mentee's, at no progress.
     */
    series: (s: Partial<Omit<FakeSeries, 'occurrences'>> & { mentorId: string; menteeId: string; sessions?: string[] }) => {
      const { sessions = [], ...rest } = s;
      const track = s.track ?? 'mentoring';
      const minutes = s.durationMinutes ?? 45;
      const goals = (enrolmentOf(s.menteeId, track)?.goals ?? []).map((id) => ({ id, label: catalogue.goals.find((g) => g.id === id)!.label, progress: 0 }));
      const series: FakeSeries = {
        id: newId(), pairId: newId(), track, status: 'booked', cadence: 'weekly', durationMinutes: minutes,
        joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_tandem%40thread.v2/0', timeZone: 'Europe/Rome', problem: null, goals, ...rest,
        occurrences: sessions.map((start) => ({ id: newId(), start, end: iso(Date.parse(start) + minutes * 60_000), status: 'scheduled' as const })),
      };
      state.series.push(series);
      return series;
    },
    /**
     * What the change jobs do: skipped sessions leave the calendars, moved ones land a day later,
     * or stay where they were when nobody has another free time (`noFreeTime`).
     */
    settleMeetings: ({ noFreeTime = false }: { noFreeTime?: boolean } = {}) => {
      for (const s of state.series) {
        for (const o of s.occurrences) {
          if (o.status === 'skipping') Object.assign(o, { status: 'skipped', lastChange: 'skipped' });
          if (o.status === 'rescheduling') {
            o.status = 'scheduled';
            o.lastChange = noFreeTime ? 'move_failed' : 'moved';
            if (!noFreeTime) {
              o.start = iso(Date.parse(o.start) + DAY);
              o.end = iso(Date.parse(o.end) + DAY);
            }
          }
        }
      }
    },
    /** A pair, as if a request had been accepted or a round had proposed it. */
    pair: (p: Partial<FakePair> & { track: Track; mentorId: string; menteeId: string }) => {
      const pair: FakePair = {
        id: newId(), status: 'active', source: 'request', ...score(p.mentorId, p.menteeId, p.track), mentorConfirmed: true, menteeConfirmed: true,
        endedReason: null, flag: null, createdAt: iso(state.now), ...p,
      };
      state.pairs.push(pair);
      return pair;
    },
  };
}

export type FakeServer = ReturnType<typeof createFakeServer>;
