import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The house's boundaries are lint rules (.eslint.config.js); these show each one catches what it
// is for, and lets through what is allowed, on code placed where it would live.

const cwd = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd, overrideConfigFile: '.eslint.config.js' });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

const sql =
  'export const q = (db: { query(s: string): Promise<unknown> }) => db.query(`SELECT id FROM people WHERE tenant_id = $1`);\n';

describe('the boundaries', () => {
  it('refuse SQL in a route handler or domain module', async () => {
    expect(await problems('server/matching/plugin.ts', sql)).toContain('tandem/no-sql-outside-stores');
    expect(
      await problems('server/scheduling/book.ts', 'export const s = "UPDATE pairs p SET status = 1";\n'),
    ).toContain('tandem/no-sql-outside-stores');
  });

  it('let SQL live in stores, migrations and the sandbox', async () => {
    expect(await problems('server/matching/store.ts', sql)).toEqual([]);
    expect(await problems('server/scheduling/store/series.ts', sql)).toEqual([]);
    expect(await problems('server/db/migrations/099-x.ts', sql)).toEqual([]);
  });

  it('do not mistake English for SQL', async () => {
    expect(
      await problems(
        'server/matching/plugin.ts',
        "export const m = 'Select a mentor from the list, then update your goals.';\n",
      ),
    ).toEqual([]);
  });

  it('keep the Graph SDK inside server/graph', async () => {
    const code = "import { Client } from '@microsoft/microsoft-graph-client';\nexport type C = Client;\n";
    expect(await problems('server/scheduling/book.ts', code)).toContain('no-restricted-imports');
    expect(await problems('server/graph/client.ts', code)).toEqual([]);
  });

  it('let domains reach Graph only through its facade, taking types alone from the adapter', async () => {
    const values = "import { createSeries } from '../graph/calendar.js';\nexport const c = createSeries;\n";
    const types = "import type { Schedule } from '../graph/calendar.js';\nexport type S = Schedule;\n";
    expect(await problems('server/scheduling/book.ts', values)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await problems('server/scheduling/book.ts', types)).toEqual([]);
    expect(await problems('server/graph/facade.ts', values)).toEqual([]);
  });

  it('keep msal-node and jose inside server/auth', async () => {
    const code = "import { jwtVerify } from 'jose';\nexport const v = jwtVerify;\n";
    expect(await problems('server/org/plugin.ts', code)).toContain('no-restricted-imports');
    expect(await problems('server/auth/verify.ts', code)).toEqual([]);
  });

  it('refuse the system clock in domain code', async () => {
    expect(await problems('server/org/sync.ts', 'export const t = Date.now();\n')).toContain('tandem/no-system-clock');
    expect(await problems('server/org/sync.ts', 'export const t = new Date();\n')).toContain('tandem/no-system-clock');
    expect(await problems('server/org/sync.ts', 'export const clock = { now: Date.now };\n')).toContain(
      'tandem/no-system-clock',
    );
    expect(await problems('server/org/sync.ts', 'export const t = (ms: number) => new Date(ms);\n')).toEqual([]);
    expect(await problems('server/clock.ts', 'export const now = () => Date.now();\n')).toEqual([]);
  });

  it('let the tab take types, and only types, from the server', async () => {
    expect(
      await problems(
        'tab/features/pairs/api/getPairs.ts',
        "import type { Pair } from '../../../../server/matching/schemas';\nexport type P = Pair;\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'tab/features/pairs/api/getPairs.ts',
        "import { Pair } from '../../../../server/matching/schemas';\nexport const P = Pair;\n",
      ),
    ).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('keep teams-js behind tab/lib/teams.ts', async () => {
    const code = "import { app } from '@microsoft/teams-js';\nexport const a = app;\n";
    expect(await problems('tab/app/App.tsx', code)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await problems('tab/lib/teams.ts', code)).toEqual([]);
  });
});
