import type { Queryable } from '../db/db.js';
import { loadOrg } from '../org/store.js';
import { mondayOf } from '../time/wall.js';
import { buildOrgIndex, type OrgIndex } from '../org/tree.js';
import type { MentorSlot, Participant, ProgrammeSettings, RuleViolation, ScoredPair, Track } from './model.js';
import { violations } from './rules.js';
import { scorePair } from './score.js';
import { GOALS, skillRarity, type SkillRarity } from './skills.js';
import { loadPool, pastPairs, programmeSettings } from './store.js';

export interface MatchingContext {
  track: Track;
  settings: ProgrammeSettings;
  mentors: MentorSlot[];
  mentees: Participant[];
  org: OrgIndex;
  pastPairs: Set<string>;
  rarity: SkillRarity;
  weekOf: string;
}

// The org index is rebuilt only when a sync has changed the organisation: it is the costly part
// (the whole tenant), and the same for every request until the next sync.
const orgCache = new Map<string, { version: string; index: OrgIndex }>();

async function orgIndex(db: Queryable, tenantId: string): Promise<OrgIndex> {
  const v = await db.query<{ version: string }>(
    `SELECT coalesce(max(updated_at)::text, '') || ':' || count(*)::text AS version FROM people WHERE tenant_id = $1`,
    [tenantId],
  );
  const version = v[0]?.version ?? '';
  const cached = orgCache.get(tenantId);
  if (cached?.version === version) return cached.index;
  const index = buildOrgIndex(await loadOrg(db, tenantId));
  orgCache.set(tenantId, { version, index });
  return index;
}

export async function matchingContext(db: Queryable, tenantId: string, track: Track, today: string): Promise<MatchingContext> {
  const [settings, pool, past, org] = await Promise.all([
    programmeSettings(db, tenantId, track),
    loadPool(db, tenantId, track),
    pastPairs(db, tenantId, track),
    orgIndex(db, tenantId),
  ]);
  // Working hours are compared over the week of today.
  return { track, settings, ...pool, org, pastPairs: past, rarity: skillRarity(pool.mentors), weekOf: mondayOf(today) };
}

/** The rules and the score of one mentor for one mentee. */
export function evaluate(c: MatchingContext, mentor: MentorSlot, mentee: Participant): { violations: RuleViolation[]; scored: ScoredPair } {
  return {
    violations: violations(mentor, mentee, { track: c.track, settings: c.settings, org: c.org, pastPairs: c.pastPairs, weekOf: c.weekOf }),
    scored: scorePair(mentor, mentee, { track: c.track, settings: c.settings, rarity: c.rarity, weekOf: c.weekOf, goals: GOALS }),
  };
}
