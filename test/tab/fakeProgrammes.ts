import { AppError } from '../../server/errors.js';
import { ProgrammeParams } from '../../server/matching/schemas.js';
import { unknownGoals, unknownSkills } from '../../server/matching/skills.js';
import { admits, statusOn } from '../../server/programmes/programmes.js';
import * as P from '../../server/programmes/schemas.js';
import { STANDARD } from '../../server/programmes/standard.js';
import type { StoredProgramme } from '../../server/programmes/store/programmes.js';
import { adminOnly } from './fakeOrg';
import { json, type createRouter } from './fakeRouter';
import type { FakePerson } from './fakeServer';

// The fake server's programme routes for HR (server/programmes/plugin.ts): list, create, read,
// change, open/close/archive. Status and eligibility are the server's own pure decisions
// (programmes.ts statusOn, admits); the checks of checkProgramme are repeated over the fake's
// people, since the server's run in SQL. Tests change `programmes` and `counts` directly.

type Route = ReturnType<typeof createRouter<{ roles: string[] }>>['route'];

const MOVES: Record<P.ProgrammeTransition, { from: readonly P.ProgrammeStatus[]; to: P.ProgrammeStatus }> = {
  open: { from: ['draft', 'closed'], to: 'open' },
  close: { from: ['open', 'running'], to: 'closed' },
  archive: { from: ['closed', 'draft'], to: 'archived' },
};

export function createFakeProgrammes(
  route: Route,
  people: readonly FakePerson[],
  levelOf: (id: string) => number | null,
  now: () => number,
) {
  const stamp = () => new Date(now()).toISOString();
  const today = () => stamp().slice(0, 10);
  const state = {
    programmes: (['mentoring', 'reverse'] as const).map((id): StoredProgramme => ({
      id,
      status: 'running',
      ...STANDARD[id],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    })),
    /** Who is enrolled in each programme, as the lists show it. */
    counts: {} as Record<string, P.ProgrammeCounts>,
  };
  let lastId = 0;
  /** Each change a new updatedAt, as the database's clock would give, even within one fake instant. */
  let changes = 0;
  const later = () => new Date(now() + ++changes).toISOString();

  const shown = (p: StoredProgramme): P.Programme => ({
    ...p,
    status: statusOn(p, today()),
    counts: state.counts[p.id] ?? { mentors: 0, mentees: 0, livePairs: 0 },
  });
  const find = (id: string) => {
    const p = state.programmes.find((x) => x.id === id);
    if (!p) throw new AppError('programme_not_found', 'No such programme.', { programmeId: id });
    return p;
  };
  /** server/programmes/programmes.ts checkProgramme, over the fake's people. */
  const check = (p: P.ProgrammeBody) => {
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
      throw new AppError('unknown_skill', 'Unknown skills.', { ids: skills, field: 'catalogue.skills' });
    const goals = unknownGoals(p.catalogue.goals);
    if (goals.length > 0)
      throw new AppError('unknown_goal', 'Unknown goals.', { ids: goals, field: 'catalogue.goals' });
    const fits = people.some((person) =>
      admits({ eligibility: p.eligibility } as StoredProgramme, {
        level: levelOf(person.id),
        department: person.department,
        officeLocation: person.officeLocation,
        country: null,
        invited: false,
      }),
    );
    if (!p.eligibility.inviteOnly && !fits)
      throw new AppError('nobody_eligible', 'Nobody in the organisation meets these eligibility rules.', {
        field: 'eligibility',
      });
  };

  route('GET', '/api/admin/programmes', {}, ({ me }) => {
    adminOnly(me);
    const all = [...state.programmes].sort((a, b) => Number(a.status === 'archived') - Number(b.status === 'archived'));
    return json<P.Programmes>(200, { programmes: all.map(shown) });
  });

  route('POST', '/api/admin/programmes', { body: P.ProgrammeBody }, ({ me, body }) => {
    adminOnly(me);
    check(body);
    const id = `00000000-0000-4000-9000-${String(++lastId).padStart(12, '0')}`;
    state.programmes.push({ id, status: 'draft', ...body, createdAt: stamp(), updatedAt: stamp() });
    return json<P.Programme>(201, shown(find(id)));
  });

  route('GET', '/api/admin/programmes/:programmeId', { params: ProgrammeParams }, ({ me, params }) => {
    adminOnly(me);
    return json<P.Programme>(200, shown(find(params.programmeId)));
  });

  route(
    'PUT',
    '/api/admin/programmes/:programmeId',
    { params: ProgrammeParams, body: P.ProgrammeBody },
    ({ me, params, body }) => {
      adminOnly(me);
      const current = find(params.programmeId);
      if (current.status === 'archived')
        throw new AppError('programme_archived', 'An archived programme cannot change.');
      const c = state.counts[current.id];
      if (body.kind !== current.kind && c && c.mentors + c.mentees > 0)
        throw new AppError('programme_kind_fixed', 'People have joined.', { field: 'kind' });
      check(body);
      Object.assign(current, body);
      current.updatedAt = later();
      return json<P.Programme>(200, shown(current));
    },
  );

  route('POST', '/api/admin/programmes/:programmeId/:transition', { params: P.TransitionParams }, ({ me, params }) => {
    adminOnly(me);
    const current = find(params.programmeId);
    const { from, to } = MOVES[params.transition];
    if (!from.includes(current.status))
      throw new AppError('programme_status', `A programme that is ${current.status} cannot ${params.transition}.`, {
        status: current.status,
        allowed: [...from],
      });
    if (params.transition === 'open') check(current);
    current.status = to;
    current.updatedAt = later();
    return json<P.Programme>(200, shown(current));
  });

  return state;
}
