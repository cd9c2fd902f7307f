import { AppError } from '../../server/errors.js';
import * as M from '../../server/matching/schemas.js';
import * as R from '../../server/matching/round-schemas.js';
import type * as O from '../../server/org/schemas.js';
import { BLANK } from '../../server/programmes/standard.js';
import type { StoredProgramme } from '../../server/programmes/store/programmes.js';
import { adminOnly } from './fakeOrg';
import { json, type createRouter } from './fakeRouter';

// The fake server's routes for HR's matching rounds (server/matching/round-schemas.ts), over the
// programmes of fakeProgrammes.ts (which answers the admin list the view picks from). A round here is made up rather than
// solved: `size` mentees waiting and a quarter as many mentors taking two each, so the first
// half of the mentees are paired best first and the rest stay unmatched; HR's exclusions and locks
// change it the way the server's do (an excluded pair never comes back, a locked one always does).
// A preview runs for `steps` reads of the round, progressing, then is ready. Big sizes (20,000)
// are cheap: people and pairs are made from their index.

type Route = ReturnType<typeof createRouter<{ roles: string[] }>>['route'];

const FIRST = ['Giulia', 'Marco', 'Sara', 'Luca', 'Elena', 'Paolo', 'Anna', 'Davide'];
const LAST = ['Rossi', 'Bianchi', 'Ricci', 'Greco', 'Conti', 'Gallo', 'Costa', 'Fontana', 'Moretti', 'Lombardi'];
const uuid = (prefix: string, i: number) => `${prefix}-0000-4000-8000-${String(i).padStart(12, '0')}`;
export const menteeId = (i: number) => uuid('bbbbbbbb', i);
export const mentorId = (j: number) => uuid('cccccccc', j);
export const menteeName = (i: number) => `${FIRST[i % 8]} ${LAST[Math.floor(i / 8) % 10]} ${i + 1}`;
export const mentorName = (j: number) => `Mentor ${LAST[j % 10]} ${j + 1}`;
const person = (id: string, displayName: string): O.PersonSummary => ({
  id,
  displayName,
  jobTitle: null,
  department: null,
  officeLocation: null,
});

interface Built {
  pairs: R.ProposedPair[];
  unmatched: R.UnmatchedMentee[];
  result: R.RoundResult;
}

/** A programme that pairs people only by their requests: HR's rounds are refused there. */
export function requestsOnly(id: string, now: string): StoredProgramme {
  return {
    id,
    status: 'running',
    ...BLANK,
    kind: 'mentoring',
    matching: 'requests',
    names: { en: 'Onboarding buddies', it: 'Buddy per i nuovi arrivati' },
    descriptions: { en: '', it: '' },
    createdAt: now,
    updatedAt: now,
  };
}

export function createFakeRounds(route: Route, now: () => number, programmes: { programmes: StoredProgramme[] }) {
  const iso = () => new Date(now()).toISOString();
  const state = {
    /** Mentees waiting in each preview; a quarter as many mentors, two places each. */
    size: 40,
    /** Reads of a queued round before it is ready. */
    steps: 2,
    /** Pairs ("mentorId|menteeId") that break a rule: locking one is refused. */
    breaking: new Set<string>(),
    rounds: [] as (R.Round & { reads: number; built?: Built })[],
  };

  /** The made-up assignment of one run, with HR's choices. */
  function build(round: R.Round): Built {
    const size = state.size;
    const mentors = Math.max(1, Math.floor(size / 4));
    const excluded = new Set(
      round.choices.filter((c) => c.choice === 'exclude').map((c) => `${c.mentorId}|${c.menteeId}`),
    );
    const locks = round.choices.filter((c) => c.choice === 'lock');
    const lockedMentee = new Map(locks.map((c) => [c.menteeId, c]));
    const pairs: R.ProposedPair[] = [];
    const unmatched: R.UnmatchedMentee[] = [];
    let hr = 0;
    for (let i = 0; i < size; i++) {
      const id = menteeId(i);
      const lock = lockedMentee.get(id);
      const j = Math.floor(i / 2);
      const key = `${mentorId(j)}|${id}`;
      // Best first is mentee order: pages of pairs follow the mentees.
      const score = Math.round((95 - (60 * i) / size) * 1000) / 1000;
      const reasons: M.MatchReason[] = [
        {
          code: 'skills',
          params: { matched: 2, wanted: 3, skills: 'leadership,negotiation' },
          weight: score - 40,
          about: 'pair',
        },
        { code: 'seniority_gap', params: { span: 'ideal' }, weight: 15, about: 'pair' },
        { code: 'overlap', params: { hours: 4, minutes: 240 }, weight: 15, about: 'pair' },
        { code: 'mentor_load', params: { free: 2, capacity: 2 }, weight: 10, about: 'programme' },
      ];
      if (lock) {
        const m = Number(lock.mentorId.slice(-12));
        pairs.push({
          mentor: person(lock.mentorId, mentorName(m)),
          mentee: person(id, menteeName(i)),
          score,
          reasons,
          locked: true,
        });
      } else if (j < mentors && !excluded.has(key)) {
        pairs.push({
          mentor: person(mentorId(j), mentorName(j)),
          mentee: person(id, menteeName(i)),
          score,
          reasons,
          locked: false,
        });
      } else {
        if (excluded.has(key)) hr++;
        unmatched.push({
          mentee: person(id, menteeName(i)),
          reason: excluded.has(key) ? 'excluded_by_hr' : 'places_taken',
          excluded: { reporting_line: 1, seniority_direction: 3 },
        });
      }
    }
    pairs.sort((a, b) => b.score - a.score);
    const total = Math.round(pairs.reduce((s, p) => s + p.score, 0) * 100) / 100;
    return {
      pairs,
      unmatched,
      result: {
        mentees: size,
        mentors,
        candidateEdges: size * Math.min(40, mentors),
        matched: pairs.length,
        unmatched: unmatched.length,
        locked: locks.length,
        excludedByHr: hr,
        total,
        greedyTotal: Math.round(total * 95) / 100,
        solveMs: 12,
        ruleCounts: { reporting_line: size, seniority_direction: 3 * size },
        unmatchedRuleCounts: { reporting_line: unmatched.length, seniority_direction: 3 * unmatched.length },
        droppedLocks: [],
      },
    };
  }

  const find = (id: string) => {
    const round = state.rounds.find((r) => r.id === id);
    if (!round) throw new AppError('round_not_found', 'No such round.');
    return round;
  };
  const shown = ({ reads: _, built: __, ...round }: (typeof state.rounds)[number]): R.Round => round;
  const preview = (id: string) => {
    const round = find(id);
    if (round.status !== 'preview') throw new AppError('round_closed', `This round is already ${round.status}.`);
    return round;
  };
  /** A read moves a running preview on a step, as the job would between two reads. */
  const advance = (round: (typeof state.rounds)[number]) => {
    if (round.run !== 'queued' && round.run !== 'running') return;
    round.reads++;
    if (round.reads >= state.steps) {
      round.built = build(round);
      Object.assign(round, {
        run: 'ready',
        progress: { stage: 'done', percent: 100 },
        result: round.built.result,
        finishedAt: iso(),
      });
    } else {
      const percent = Math.round((100 * round.reads) / state.steps);
      Object.assign(round, { run: 'running', progress: { stage: percent < 80 ? 'candidates' : 'solving', percent } });
    }
  };
  const queue = (round: (typeof state.rounds)[number]) =>
    Object.assign(round, { run: 'queued', progress: { stage: 'queued', percent: 0 }, reads: 0, failure: null });
  const pageOf = <T>(items: T[], q: R.PageQuery, names: (item: T) => string) => {
    const term = (q.search ?? '').trim().toLowerCase();
    const found = term ? items.filter((x) => names(x).toLowerCase().includes(term)) : items;
    return { total: found.length, offset: q.offset, limit: q.limit, items: found.slice(q.offset, q.offset + q.limit) };
  };

  route('POST', '/api/admin/rounds', { body: R.NewRound }, ({ me, body }) => {
    adminOnly(me);
    const p = programmes.programmes.find((x) => x.id === body.programmeId);
    if (!p) throw new AppError('programme_not_found', 'No such programme.');
    if (p.matching === 'requests')
      throw new AppError('programme_matching', 'In this programme people pair by requests: rounds are not used.');
    const round = {
      id: uuid('dddddddd', state.rounds.length + 1),
      programmeId: p.id,
      status: 'preview' as const,
      run: 'queued' as const,
      progress: { stage: 'queued' as const, percent: 0 },
      runs: 1,
      stale: false,
      choices: [],
      failure: null,
      createdAt: iso(),
      finishedAt: null,
      publishedAt: null,
      result: null,
      reads: 0,
    };
    state.rounds.push(round);
    return json<R.Round>(202, shown(round));
  });

  route('GET', '/api/admin/rounds', { querystring: R.RoundsQuery }, ({ me, query }) => {
    adminOnly(me);
    const rounds = state.rounds.filter((r) => r.programmeId === query.programmeId).reverse();
    return json<R.Rounds>(200, { rounds: rounds.map(shown) });
  });

  route('GET', '/api/admin/rounds/:id', { params: M.IdParams }, ({ me, params }) => {
    adminOnly(me);
    const round = find(params.id);
    advance(round);
    return json<R.Round>(200, shown(round));
  });

  route(
    'GET',
    '/api/admin/rounds/:id/pairs',
    { params: M.IdParams, querystring: R.PageQuery },
    ({ me, params, query }) => {
      adminOnly(me);
      const pairs = find(params.id).built?.pairs ?? [];
      return json<R.ProposedPairs>(
        200,
        pageOf(pairs, query, (p) => `${p.mentee.displayName} ${p.mentor.displayName}`),
      );
    },
  );

  route(
    'GET',
    '/api/admin/rounds/:id/unmatched',
    { params: M.IdParams, querystring: R.PageQuery },
    ({ me, params, query }) => {
      adminOnly(me);
      const unmatched = find(params.id).built?.unmatched ?? [];
      return json<R.UnmatchedMentees>(
        200,
        pageOf(unmatched, query, (u) => u.mentee.displayName),
      );
    },
  );

  route('PUT', '/api/admin/rounds/:id/choices', { params: M.IdParams, body: R.ChoiceBody }, ({ me, params, body }) => {
    adminOnly(me);
    const round = preview(params.id);
    const key = `${body.mentorId}|${body.menteeId}`;
    const others = round.choices.filter((c) => `${c.mentorId}|${c.menteeId}` !== key);
    if (body.choice === 'lock') {
      const elsewhere = others.find((c) => c.choice === 'lock' && c.menteeId === body.menteeId);
      if (elsewhere)
        throw new AppError('mentee_already_locked', 'This mentee is already locked to another mentor.', {
          mentorId: elsewhere.mentorId,
        });
      if (state.breaking.has(key))
        throw new AppError('lock_breaks_rule', 'This pair breaks a matching rule.', { violations: ['reporting_line'] });
      if (others.filter((c) => c.choice === 'lock' && c.mentorId === body.mentorId).length >= 2)
        throw new AppError('lock_over_capacity', 'The mentor has no place left.', { free: 0 });
    }
    const name = (id: string, prefix: string, of: (n: number) => string) =>
      id.startsWith(prefix) ? of(Number(id.slice(-12))) : '';
    round.choices =
      body.choice === 'none'
        ? others
        : [
            ...others,
            {
              mentorId: body.mentorId,
              menteeId: body.menteeId,
              choice: body.choice,
              mentorName: name(body.mentorId, 'cccccccc', mentorName),
              menteeName: name(body.menteeId, 'bbbbbbbb', menteeName),
            },
          ];
    round.stale = true;
    return json<R.Round>(200, shown(round));
  });

  route('POST', '/api/admin/rounds/:id/run', { params: M.IdParams }, ({ me, params }) => {
    adminOnly(me);
    const round = preview(params.id);
    if (round.run === 'queued' || round.run === 'running')
      throw new AppError('round_running', 'This round is already running.');
    queue(round);
    round.runs++;
    round.stale = false;
    return json<R.Round>(202, shown(round));
  });

  route('POST', '/api/admin/rounds/:id/publish', { params: M.IdParams }, ({ me, params }) => {
    adminOnly(me);
    const round = preview(params.id);
    if (round.run === 'queued' || round.run === 'running')
      throw new AppError('round_running', 'This round is still running.');
    if (round.run === 'failed' || round.stale)
      throw new AppError('round_not_ready', 'Run this round again before publishing it.', {
        reason: round.run === 'failed' ? 'failed' : 'stale',
      });
    Object.assign(round, { status: 'published', publishedAt: iso() });
    const created = round.built?.pairs.length ?? 0;
    return json<R.Published>(200, { round: shown(round), created, skipped: 0 });
  });

  return { state };
}
