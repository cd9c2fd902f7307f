import type { Db } from '../db/db.js';
import { AppError } from '../errors.js';
import { candidatePairs } from './candidates.js';
import { matchingContext } from './context.js';
import type { ScoredPair, Track } from './model.js';
import { menteesWithMentor } from './store.js';

export interface Suggestion {
  personId: string;
  /** The other person's role in the pair. */
  role: 'mentor' | 'mentee';
  score: number;
  reasons: ScoredPair['reasons'];
}

/**
 * On-demand suggestions for one person: as a mentee, the mentors who pass every rule, best first;
 * as a mentor, the mentees still without a mentor. Reads only the database copy, never Graph.
 */
export async function suggestionsFor(db: Db, tenantId: string, personId: string, track: Track, as: 'mentee' | 'mentor', today: string, top: number): Promise<Suggestion[]> {
  const c = await matchingContext(db, tenantId, track, today);
  const ctx = { track, settings: c.settings, org: c.org, pastPairs: c.pastPairs, weekOf: c.weekOf, rarity: c.rarity };
  if (as === 'mentee') {
    const me = c.mentees.find((m) => m.id === personId);
    if (!me) throw new AppError('not_enrolled', 'Join this programme as a mentee to get suggestions.');
    const { edges } = candidatePairs(c.mentors, [me], { ...ctx, k: top });
    return edges.map((e) => ({ personId: e.mentorId, role: 'mentor', score: e.score, reasons: e.reasons }));
  }
  const slot = c.mentors.find((m) => m.participant.id === personId);
  if (!slot) throw new AppError('not_enrolled', 'Join this programme as a mentor to get suggestions.');
  const taken = await menteesWithMentor(db, tenantId, track);
  const { edges } = candidatePairs([slot], c.mentees.filter((m) => !taken.has(m.id)), ctx);
  return edges
    .sort((a, b) => b.score - a.score || a.menteeId.localeCompare(b.menteeId))
    .slice(0, top)
    .map((e) => ({ personId: e.menteeId, role: 'mentee', score: e.score, reasons: e.reasons }));
}
