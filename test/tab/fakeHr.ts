import { AppError } from '../../server/errors.js';
import { decideJoinInvitations } from '../../server/hr/invite.js';
import { decideNudge } from '../../server/hr/nudge.js';
import * as H from '../../server/hr/schemas.js';
import type { StoredPair } from '../../server/matching/model.js';
import type { StoredProgramme } from '../../server/programmes/store/programmes.js';
import type * as M from '../../server/matching/schemas.js';
import { adminOnly } from './fakeOrg';
import { json, type createRouter } from './fakeRouter';
import type { FakePerson } from './fakeServer';

// The fake server's HR routes for programme health and enrolment. Health's labels come from the
// database on the server (server/hr/store/health.ts); here a test sets the pairs with their labels
// and reasons, and the fake filters, counts and pages them as the server does. Nudging and
// inviting are decided by the server's own pure code (hr/nudge.ts, hr/invite.ts); the enrolment
// list reads the fake's own enrolments and pairs.

type Route = ReturnType<typeof createRouter<{ id: string; roles: string[] }>>['route'];

export interface FakeHrSources {
  people: readonly FakePerson[];
  now: () => number;
  enrolments: () => readonly (M.Enrolment & { personId: string })[];
  pairs: () => readonly StoredPair[];
  levels: () => Record<string, number | null>;
  /** The fake's programmes (fakeProgrammes.ts), as stored. */
  programmes: () => readonly StoredProgramme[];
}

const DAY = 86_400_000;

export function createFakeHr(route: Route, src: FakeHrSources) {
  const state = {
    /** Live pairs by programme, with the labels and reasons the server would compute. */
    health: [] as (H.PairHealth & { programmeId: string })[],
    /** Every nudge, when. */
    nudges: [] as { pairId: string; at: number }[],
    /** Invitations to join sent, oldest first. */
    invitations: [] as { programmeId: string; personId: string; at: number }[],
  };
  const iso = (ms: number) => new Date(ms).toISOString();
  const programme = (id: string) => {
    const p = src.programmes().find((x) => x.id === id);
    if (!p) throw new AppError('programme_not_found', 'No such programme.', { programmeId: id });
    return p;
  };
  const personOf = (id: string) => src.people.find((p) => p.id === id);

  route(
    'GET',
    '/api/admin/programmes/:id/health',
    { params: H.ProgrammeIdParams, querystring: H.HealthQuery },
    ({ me, params, query }) => {
      adminOnly(me);
      programme(params.id);
      const all = state.health.filter((p) => p.programmeId === params.id);
      const counts = { needs_attention: 0, too_early: 0, on_track: 0 };
      for (const p of all) counts[p.label] += 1;
      const kept = all
        .filter((p) => !query.label || p.label === query.label)
        .sort(
          (a, b) =>
            Number(b.label === 'needs_attention') - Number(a.label === 'needs_attention') ||
            a.createdAt.localeCompare(b.createdAt) ||
            a.id.localeCompare(b.id),
        );
      return json<H.ProgrammeHealth>(200, {
        programmeId: params.id,
        counts,
        total: kept.length,
        offset: query.offset,
        limit: query.limit,
        pairs: kept.slice(query.offset, query.offset + query.limit).map(({ programmeId: _, ...p }) => p),
      });
    },
  );

  route('POST', '/api/admin/pairs/:id/nudge', { params: H.PairIdParams }, ({ me, params }) => {
    adminOnly(me);
    const pair = state.health.find((p) => p.id === params.id);
    if (!pair) throw new AppError('pair_not_found', 'No such pair in your organisation.');
    const last = state.nudges.filter((n) => n.pairId === pair.id).at(-1)?.at;
    const now = src.now();
    const decision = decideNudge(pair.status, last, now);
    if (decision.kind === 'refused') throw decision.error;
    state.nudges.push({ pairId: pair.id, at: now });
    pair.nudgedAt = iso(now);
    return json<H.Nudged>(200, { pairId: pair.id, nudgedAt: iso(now), nextAt: iso(decision.nextAt) });
  });

  route('POST', '/api/admin/pairs/:id/end', { params: H.PairIdParams, body: H.HrEndBody }, ({ me, params, body }) => {
    adminOnly(me);
    const pair = state.health.find((p) => p.id === params.id);
    if (!pair) throw new AppError('pair_not_found', 'No such pair in your organisation.');
    state.health = state.health.filter((p) => p !== pair);
    return json<H.HrEnded>(200, {
      id: pair.id,
      programmeId: pair.programmeId,
      mentorId: pair.mentor.id,
      menteeId: pair.mentee.id,
      status: 'ended',
      source: 'request',
      score: 0,
      reasons: [],
      mentorConfirmed: true,
      menteeConfirmed: true,
      endedReason: body.reason.trim(),
      flag: null,
      pausedUntil: null,
      createdAt: pair.createdAt,
    });
  });

  route(
    'GET',
    '/api/admin/programmes/:id/enrolments',
    { params: H.ProgrammeIdParams, querystring: H.EnrolmentsQuery },
    ({ me, params, query }) => {
      adminOnly(me);
      programme(params.id);
      const enrolled = src
        .enrolments()
        .filter((e) => e.programmeId === params.id)
        .map((e) => ({ e, p: personOf(e.personId)! }));
      const term = query.search.trim().toLowerCase();
      const kept = enrolled
        .filter(({ e }) => !query.role || (query.role === 'mentor' ? e.asMentor : e.asMentee))
        .filter(
          ({ p }) =>
            !term ||
            p.displayName
              .toLowerCase()
              .split(' ')
              .some((w) => w.startsWith(term)),
        )
        .filter(({ p }) => !query.department || p.department === query.department)
        .filter(({ p }) => !query.office || p.officeLocation === query.office)
        .reverse();
      const live = (id: string) =>
        src
          .pairs()
          .filter(
            (x) =>
              x.programmeId === params.id &&
              ['proposed', 'active', 'paused'].includes(x.status) &&
              (x.mentorId === id || x.menteeId === id),
          ).length;
      const sorted = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))].sort();
      return json<H.ProgrammeEnrolments>(200, {
        programmeId: params.id,
        counts: {
          people: enrolled.length,
          mentors: enrolled.filter(({ e }) => e.asMentor).length,
          mentees: enrolled.filter(({ e }) => e.asMentee).length,
        },
        departments: sorted(enrolled.map(({ p }) => p.department)),
        offices: sorted(enrolled.map(({ p }) => p.officeLocation)),
        total: kept.length,
        offset: query.offset,
        limit: query.limit,
        enrolments: kept.slice(query.offset, query.offset + query.limit).map(({ e, p }) => ({
          person: {
            id: p.id,
            displayName: p.displayName,
            jobTitle: p.jobTitle,
            department: p.department,
            officeLocation: p.officeLocation,
          },
          asMentor: e.asMentor,
          asMentee: e.asMentee,
          paused: e.paused,
          capacity: e.asMentor ? e.capacity : null,
          livePairs: live(p.id),
          joinedAt: iso(src.now() - 30 * DAY),
          current: true,
        })),
      });
    },
  );

  route(
    'POST',
    '/api/admin/programmes/:id/invitations',
    { params: H.ProgrammeIdParams, body: H.NewJoinInvitations },
    ({ me, params, body }) => {
      adminOnly(me);
      const p = programme(params.id);
      const now = src.now();
      const personIds = [...new Set(body.personIds.map((id) => id.toLowerCase()))];
      const found = new Map(
        personIds.flatMap((id) => {
          const person = personOf(id);
          if (!person) return [];
          const enrolled = src.enrolments().some((e) => e.personId === id && e.programmeId === params.id);
          return [
            [
              id,
              {
                id,
                displayName: person.displayName,
                preferredLanguage: person.preferredLanguage,
                level: src.levels()[id] ?? null,
                department: person.department,
                officeLocation: person.officeLocation,
                country: null,
                enrolled,
              },
            ] as const,
          ];
        }),
      );
      const recent = new Set(
        state.invitations.filter((i) => i.programmeId === params.id && i.at > now - 7 * DAY).map((i) => i.personId),
      );
      let n = 0;
      const decision = decideJoinInvitations(
        p,
        personIds,
        found,
        recent,
        now,
        iso(now).slice(0, 10),
        () => `inv-${++n}`,
      );
      if (decision.kind === 'refused') throw decision.error;
      for (const i of decision.invitations)
        state.invitations.push({ programmeId: params.id, personId: i.personId, at: now });
      return json<H.JoinInvitationsSent>(201, {
        programmeId: params.id,
        invited: decision.invitations.map(({ personId, createdAt }) => ({ personId, createdAt })),
      });
    },
  );

  return state;
}
