import { utcToday, type Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { AppError } from '../errors.js';
import type { PeopleReader } from '../org/people.js';
import { candidatePairs } from './candidates.js';
import { matchingContext } from './context.js';
import type { ScoredPair } from './model.js';
import type { Role, Suggestion, SuggestionsQuery } from './schemas.js';
import { menteesWithMentor } from './store/pairs.js';

export interface SuggestionDeps {
  db: Db;
  clock: Clock;
  people: Pick<PeopleReader, 'summaries' | 'matchingFacts' | 'orgIndex'>;
}

/**
 * On-demand suggestions for one person: as a mentee, the mentors who pass every rule, best first;
 * as a mentor, the mentees still without a mentor. Reads only the database copy, never Graph.
 */
export async function suggestionsFor(
  deps: SuggestionDeps,
  tenantId: string,
  personId: string,
  query: SuggestionsQuery,
): Promise<Suggestion[]> {
  const found = await scoredFor(deps, tenantId, personId, query);
  const people = await deps.people.summaries(
    deps.db,
    tenantId,
    found.map((s) => s.personId),
  );
  return found.map((s) => ({
    person: people.get(s.personId) ?? {
      id: s.personId,
      displayName: '',
      jobTitle: null,
      department: null,
      officeLocation: null,
    },
    role: s.role,
    score: s.score,
    reasons: s.reasons,
  }));
}

async function scoredFor(
  deps: SuggestionDeps,
  tenantId: string,
  personId: string,
  { programmeId, as, top }: SuggestionsQuery,
): Promise<{ personId: string; role: Role; score: number; reasons: ScoredPair['reasons'] }[]> {
  const c = await matchingContext(deps.db, deps.people, tenantId, programmeId, utcToday(deps.clock));
  const ctx = {
    kind: c.kind,
    settings: c.settings,
    org: c.org,
    pastPairs: c.pastPairs,
    weekOf: c.weekOf,
    rarity: c.rarity,
  };
  if (as === 'mentee') {
    const me = c.mentees.find((m) => m.id === personId);
    if (!me) throw new AppError('not_enrolled', 'Join this programme as a mentee to get suggestions.');
    const { edges } = candidatePairs(c.mentors, [me], { ...ctx, k: top });
    return edges.map((e) => ({ personId: e.mentorId, role: 'mentor', score: e.score, reasons: e.reasons }));
  }
  const slot = c.mentors.find((m) => m.participant.id === personId);
  if (!slot) throw new AppError('not_enrolled', 'Join this programme as a mentor to get suggestions.');
  const taken = await menteesWithMentor(deps.db, tenantId, programmeId);
  const { edges } = candidatePairs(
    [slot],
    c.mentees.filter((m) => !taken.has(m.id)),
    ctx,
  );
  return edges
    .sort((a, b) => b.score - a.score || a.menteeId.localeCompare(b.menteeId))
    .slice(0, top)
    .map((e) => ({ personId: e.menteeId, role: 'mentee', score: e.score, reasons: e.reasons }));
}
