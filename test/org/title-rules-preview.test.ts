import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me, SyncStatus, TitleRule, TitleRulesPreview } from '../../server/org/schemas.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { persona } from '../helpers/sandbox.js';

// POST /api/admin/title-rules/preview, through the real app on a synced sandbox organisation: the
// figures it gives are checked against what saving the same rules then does to the stored levels.

let h: TestApp;
beforeAll(async () => {
  h = await buildTestApp({ size: 150 });
});
afterAll(async () => h?.close());

const as = async (key: string) => ({ authorization: `Bearer ${await h.t.ssoToken(persona(h.t, key).id)}` });

async function preview(rules: TitleRule[], key = 'hr-admin') {
  return h.app.inject({
    method: 'POST',
    url: '/api/admin/title-rules/preview',
    headers: await as(key),
    payload: { rules },
  });
}

async function save(rules: TitleRule[]) {
  const res = await h.app.inject({
    method: 'PUT',
    url: '/api/admin/title-rules',
    headers: await as('hr-admin'),
    payload: { rules },
  });
  expect(res.statusCode).toBe(200);
}

async function sync() {
  const headers = await as('hr-admin');
  await h.app.inject({ method: 'POST', url: '/api/admin/org-sync', headers, payload: {} });
  for (let i = 0; i < 100; i++) {
    const status = (await h.app.inject({ method: 'GET', url: '/api/admin/org-sync', headers })).json<SyncStatus>();
    if (status.status === 'idle') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the sync did not finish');
}

/** Everyone's stored level, by id. */
async function levels(): Promise<Map<string, number>> {
  const rows = await h.db.query<{ id: string; level: number }>(
    `SELECT id, level FROM people WHERE tenant_id = $1 AND removed_at IS NULL`,
    [h.t.sandbox.tenantId],
  );
  return new Map(rows.map((r) => [r.id, r.level]));
}

/** The moves between two snapshots of levels, counted as the preview counts them. */
function movesBetween(before: Map<string, number>, after: Map<string, number>) {
  const moves = new Map<string, number>();
  for (const [id, from] of before) {
    const to = after.get(id)!;
    if (from !== to) moves.set(`${from}>${to}`, (moves.get(`${from}>${to}`) ?? 0) + 1);
  }
  return moves;
}

describe('previewing title rules', () => {
  it('is only for HR programme owners', async () => {
    const res = await preview([], 'junior-dev');
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'admin_only' });
  });

  it('moves nobody before the organisation has been read', async () => {
    const res = await preview([{ phrase: 'Developer', level: 9 }]);
    expect(res.statusCode).toBe(200);
    expect(res.json<TitleRulesPreview>()).toMatchObject({ people: 0, moved: 0, moves: [], rules: [], titles: [] });
  });

  it('moves nobody with the rules already in force', async () => {
    await sync();
    const res = await preview([]);
    const answer = res.json<TitleRulesPreview>();
    expect(answer).toMatchObject({ people: 150, moved: 0, moves: [], rules: [], titles: [] });
    expect(answer.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(answer.levels.every((l) => l.now === l.then)).toBe(true);
    expect(answer.levels.reduce((sum, l) => sum + l.now, 0)).toBe(150);
    // The stored levels are the ones "now" counts.
    const stored = [...(await levels()).values()];
    for (const l of answer.levels) expect(l.now).toBe(stored.filter((v) => v === l.level).length);
  });

  it('counts exactly the moves that saving the rules then makes, and saves nothing itself', async () => {
    const junior = (await h.app.inject({ method: 'GET', url: '/api/me', headers: await as('junior-dev') })).json<Me>();
    const word = junior.jobTitle!.split(' ')[0]!;
    const rules = [{ phrase: ` ${word} `, level: 8 }];
    const before = await levels();

    const res = await preview(rules);
    expect(res.statusCode).toBe(200);
    const answer = res.json<TitleRulesPreview>();
    expect(await levels()).toEqual(before);
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/admin/title-rules', headers: await as('hr-admin') })).json(),
    ).toEqual({ rules: [] });

    await save(rules);
    const expected = movesBetween(before, await levels());
    expect(new Map(answer.moves.map((m) => [`${m.from}>${m.to}`, m.people]))).toEqual(expected);
    expect(answer.moved).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    expect(answer.moved).toBeGreaterThan(0);
    // One rule moves them all, named as it is kept (trimmed); the titles listed hold the word.
    expect(answer.rules).toEqual([{ phrase: word, people: answer.moved }]);
    expect(answer.titles.length).toBeGreaterThan(0);
    for (const title of answer.titles) expect(title.title.toLowerCase()).toContain(word.toLowerCase());
    // Levels before and after: each move leaves one level and joins another.
    for (const l of answer.levels) {
      const out = answer.moves.filter((m) => m.from === l.level).reduce((s, m) => s + m.people, 0);
      const into = answer.moves.filter((m) => m.to === l.level).reduce((s, m) => s + m.people, 0);
      expect(l.then).toBe(l.now - out + into);
    }
  });

  it('names a removed rule for the people it would let go', async () => {
    const [rule] = (
      await h.app.inject({ method: 'GET', url: '/api/admin/title-rules', headers: await as('hr-admin') })
    ).json<{ rules: TitleRule[] }>().rules;
    const before = await levels();
    const answer = (await preview([])).json<TitleRulesPreview>();
    expect(answer.rules).toEqual([{ phrase: rule!.phrase, people: answer.moved }]);
    await save([]);
    expect(answer.moved).toBe([...movesBetween(before, await levels()).values()].reduce((a, b) => a + b, 0));
  });

  it('refuses what saving refuses: a phrase twice, a level outside 1 to 10, naming the rule', async () => {
    const twice = await preview([
      { phrase: 'Capo', level: 5 },
      { phrase: ' capo', level: 6 },
    ]);
    expect(twice.statusCode).toBe(400);
    expect(twice.json()).toMatchObject({ code: 'duplicate_phrase' });
    const high = await preview([
      { phrase: 'Capo', level: 5 },
      { phrase: 'Quadro', level: 11 },
    ]);
    expect(high.statusCode).toBe(400);
    expect(high.json()).toMatchObject({
      code: 'invalid_request',
      details: { issues: [expect.objectContaining({ in: 'body', path: '/rules/1/level' })] },
    });
  });
});
