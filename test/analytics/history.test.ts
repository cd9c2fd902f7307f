import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.js';
import { saveProgress } from '../../server/scheduling/store/goals.js';
import { createTestDb } from '../helpers/db.js';

// Goal progress keeps its current value in goal_progress; each change is also appended to
// goal_progress_history, in the same statement, with the app's clock: the learning curve's source.

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db?.close());

const tenantId = randomUUID();
const history = (pairId: string) =>
  db.query<{ goal_id: string; progress: number; recorded_at: Date }>(
    `SELECT goal_id, progress, recorded_at FROM goal_progress_history WHERE tenant_id = $1 AND pair_id = $2
     ORDER BY recorded_at, id`,
    [tenantId, pairId],
  );

describe('goal progress history', () => {
  it('appends a row for each value that changes, at the given time, and none for a value saved again', async () => {
    const pairId = randomUUID();
    const t = (day: number) => new Date(Date.UTC(2026, 10, day, 9));
    await saveProgress(db, tenantId, pairId, { grow_as_leader: 10, build_confidence: 0 }, t(1));
    await saveProgress(db, tenantId, pairId, { grow_as_leader: 10 }, t(2));
    await saveProgress(db, tenantId, pairId, { grow_as_leader: 35 }, t(9));
    await saveProgress(db, tenantId, pairId, { grow_as_leader: 20, build_confidence: 5 }, t(16));
    expect(await history(pairId)).toEqual([
      { goal_id: 'grow_as_leader', progress: 10, recorded_at: t(1) },
      { goal_id: 'build_confidence', progress: 0, recorded_at: t(1) },
      { goal_id: 'grow_as_leader', progress: 35, recorded_at: t(9) },
      { goal_id: 'grow_as_leader', progress: 20, recorded_at: t(16) },
      { goal_id: 'build_confidence', progress: 5, recorded_at: t(16) },
    ]);
    const current = await db.query(
      `SELECT goal_id, progress, updated_at FROM goal_progress WHERE tenant_id = $1 AND pair_id = $2 ORDER BY goal_id`,
      [tenantId, pairId],
    );
    expect(current).toEqual([
      { goal_id: 'build_confidence', progress: 5, updated_at: t(16) },
      { goal_id: 'grow_as_leader', progress: 20, updated_at: t(16) },
    ]);
  });

  it('saves nothing of either when the value is refused', async () => {
    const pairId = randomUUID();
    await expect(saveProgress(db, tenantId, pairId, { grow_as_leader: 140 }, new Date())).rejects.toThrow();
    expect(await history(pairId)).toEqual([]);
  });
});
