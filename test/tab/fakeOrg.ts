import { AppError } from '../../server/errors.js';
import type { OrgPerson } from '../../server/org/model.js';
import type { FakePerson } from './fakeServer';
import * as O from '../../server/org/schemas.js';
import { previewTitleRules } from '../../server/org/title-preview.js';
import { json, type createRouter } from './fakeRouter';

// The fake server's org routes for HR programme owners: org sync and the title rules, with the
// preview worked out by the server's own pure code (org/title-preview.ts) over the fake's people.
// A sync started here runs for `syncSteps` reads of its status, progressing, then finishes.

type Route = ReturnType<typeof createRouter<{ roles: string[] }>>['route'];

const ADMIN: O.AppRole = 'Tandem.Admin';

export function adminOnly(me: { roles: string[] }): void {
  if (!me.roles.includes(ADMIN))
    throw new AppError('admin_only', 'Only HR programme owners (the Tandem.Admin role) can do this.');
}

/** The fake's people as org sync copies them: the chief executive (no manager) leads everyone else. */
function orgOf(people: readonly FakePerson[]): OrgPerson[] {
  const top = people.find((p) => p.persona === 'ceo');
  return people.map((p) => ({
    id: p.id,
    managerId: p === top ? null : (top?.id ?? null),
    displayName: p.displayName,
    jobTitle: p.jobTitle,
    department: p.department,
    officeLocation: p.officeLocation,
    hireDate: null,
  }));
}

export function createFakeOrg(route: Route, people: readonly FakePerson[], now: () => number) {
  const org = () => orgOf(people);
  const state = {
    sync: {
      status: 'never',
      mode: null,
      startedAt: null,
      finishedAt: null,
      progress: { pages: 0, people: 0 },
      lastResult: null,
      lastError: null,
    } as O.SyncStatus,
    /** How many reads of the status a started sync stays running for. */
    syncSteps: 2,
    /** When set, the next sync ends failed with this message. */
    syncFails: null as string | null,
    titleRules: [] as O.TitleRule[],
  };
  let steps = 0;
  const iso = () => new Date(now()).toISOString();
  const today = () => iso().slice(0, 10);

  const checked = (rules: readonly O.TitleRule[]) => {
    const phrases = rules.map((r) => r.phrase.trim().toLowerCase());
    if (new Set(phrases).size !== phrases.length)
      throw new AppError('duplicate_phrase', 'Each phrase may appear once.');
    return rules.map((r) => ({ phrase: r.phrase.trim(), level: r.level }));
  };

  /** A status read: a running sync moves on a page, and ends after `syncSteps` reads. */
  const advance = (): O.SyncStatus => {
    const s = state.sync;
    if (s.status !== 'running') return s;
    const shown = structuredClone(s);
    steps += 1;
    s.progress = { pages: s.progress.pages + 1, people: Math.min(org().length, s.progress.people + 2) };
    if (steps >= state.syncSteps) {
      if (state.syncFails) {
        state.sync = { ...s, status: 'failed', finishedAt: iso(), lastError: state.syncFails };
        state.syncFails = null;
      } else {
        state.sync = {
          ...s,
          status: 'idle',
          finishedAt: iso(),
          lastResult: {
            mode: s.mode ?? 'incremental',
            ...(s.mode === 'full' ? { reason: s.lastResult ? 'requested' : 'first' } : {}),
            pages: s.progress.pages,
            upserts: org().length,
            removed: 0,
            swept: 0,
            levelsChanged: 0,
            people: org().length,
            graphRequests: s.progress.pages,
            durationMs: 1200,
            phasesMs: { graph: 900, write: 200, placements: 100 },
          },
          lastError: null,
        };
      }
    }
    return shown;
  };

  route('GET', '/api/admin/org-sync', {}, ({ me }) => {
    adminOnly(me);
    return json<O.SyncStatus>(200, advance());
  });

  route('POST', '/api/admin/org-sync', { body: O.SyncRequest }, ({ me, body }) => {
    adminOnly(me);
    if (state.sync.status !== 'running') {
      steps = 0;
      const full = body?.full === true || state.sync.lastResult === null;
      state.sync = {
        ...state.sync,
        status: 'running',
        mode: full ? 'full' : 'incremental',
        startedAt: iso(),
        finishedAt: null,
        progress: { pages: 0, people: 0 },
      };
    }
    return json<O.SyncStatus>(202, state.sync);
  });

  route('GET', '/api/admin/title-rules', {}, ({ me }) => {
    adminOnly(me);
    return json<O.TitleRules>(200, { rules: state.titleRules });
  });

  route('PUT', '/api/admin/title-rules', { body: O.TitleRules }, ({ me, body }) => {
    adminOnly(me);
    const rules = checked(body.rules);
    const { moved } = previewTitleRules(org(), state.titleRules, rules, today());
    state.titleRules = [...rules].sort((a, b) => (a.phrase < b.phrase ? -1 : 1));
    return json<O.TitleRulesSaved>(200, { rules: state.titleRules, levelsChanged: moved });
  });

  route('POST', '/api/admin/title-rules/preview', { body: O.TitleRules }, ({ me, body }) => {
    adminOnly(me);
    return json<O.TitleRulesPreview>(200, previewTitleRules(org(), state.titleRules, checked(body.rules), today()));
  });

  return state;
}
