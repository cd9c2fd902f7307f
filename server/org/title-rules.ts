import { utcToday, type Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { AppError } from '../errors.js';
import type { TitleRule } from './model.js';
import type { TitleRulesPreview, TitleRulesSaved } from './schemas.js';
import { loadOrg } from './store/placements.js';
import { recomputePlacements } from './sync.js';
import { loadTitleRules, replaceTitleRules } from './store/title-rules.js';
import { previewTitleRules as preview } from './title-preview.js';

/**
 * Replaces a tenant's title vocabulary and moves levels at once: the organisation copy is all
 * that is needed. Each phrase may appear once, whatever its case or surrounding spaces.
 */
export async function saveTitleRules(
  deps: { db: Db; clock: Clock },
  tenantId: string,
  rules: readonly TitleRule[],
): Promise<TitleRulesSaved> {
  const trimmed = checkedRules(rules);
  await deps.db.transaction((tx) => replaceTitleRules(tx, tenantId, trimmed));
  const { levelsChanged } = await recomputePlacements(deps.db, tenantId, utcToday(deps.clock));
  return { rules: await loadTitleRules(deps.db, tenantId), levelsChanged };
}

/**
 * What saving these rules would do (title-preview.ts), refused as saving refuses them; nothing is
 * written. Read from the directory copy a sync keeps, placed as a sync places it, today.
 */
export async function previewRules(
  deps: { db: Db; clock: Clock },
  tenantId: string,
  rules: readonly TitleRule[],
): Promise<TitleRulesPreview> {
  const proposed = checkedRules(rules);
  const [org, current] = await Promise.all([loadOrg(deps.db, tenantId), loadTitleRules(deps.db, tenantId)]);
  return preview(org, current, proposed, utcToday(deps.clock));
}

/** Each phrase once, whatever its case or surrounding spaces; kept trimmed. */
function checkedRules(rules: readonly TitleRule[]): TitleRule[] {
  const phrases = rules.map((r) => r.phrase.trim().toLowerCase());
  if (new Set(phrases).size !== phrases.length) throw new AppError('duplicate_phrase', 'Each phrase may appear once.');
  return rules.map((r) => ({ phrase: r.phrase.trim(), level: r.level }));
}
