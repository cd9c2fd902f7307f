import { utcToday, type Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { AppError } from '../errors.js';
import type { TitleRule } from './model.js';
import type { TitleRulesSaved } from './schemas.js';
import { recomputePlacements } from './sync.js';
import { loadTitleRules, replaceTitleRules } from './store/title-rules.js';

/**
 * Replaces a tenant's title vocabulary and moves levels at once: the organisation copy is all
 * that is needed. Each phrase may appear once, whatever its case or surrounding spaces.
 */
export async function saveTitleRules(
  deps: { db: Db; clock: Clock },
  tenantId: string,
  rules: readonly TitleRule[],
): Promise<TitleRulesSaved> {
  const phrases = rules.map((r) => r.phrase.trim().toLowerCase());
  if (new Set(phrases).size !== phrases.length) throw new AppError('duplicate_phrase', 'Each phrase may appear once.');
  const trimmed = rules.map((r) => ({ phrase: r.phrase.trim(), level: r.level }));
  await deps.db.transaction((tx) => replaceTitleRules(tx, tenantId, trimmed));
  const { levelsChanged } = await recomputePlacements(deps.db, tenantId, utcToday(deps.clock));
  return { rules: await loadTitleRules(deps.db, tenantId), levelsChanged };
}
