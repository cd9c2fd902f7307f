import { randomUUID } from 'node:crypto';
import { utcToday, type Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { findSkill } from '../matching/skills.js';
import { dueMoments, pairSkills, SURVEY_OPEN_DAYS, type DueMoment } from './moments.js';
import { activeProgrammes, insertSurveys, pairsToAsk, type NewSurvey, type PairToAsk } from './store.js';

// Who is asked which pulse survey, decided by a periodic job (server/engagement/workers.ts). Safe
// to run again and in two processes at once: a person is asked a programme's moment once
// (a unique key), and the activity-feed ask is an engagement reminder, itself sent once.

/** Pairs each moment asks: live ones at the start and midpoint; every pair that ran, at the end. */
const STATUSES: Record<DueMoment['moment'], readonly string[]> = {
  start: ['active', 'paused'],
  midpoint: ['active', 'paused'],
  end: ['active', 'paused', 'completed'],
};

/**
 * One survey per person: a mentor of two mentees is asked once, about their first pair (the
 * oldest), so that each answer counts a person.
 */
export function surveysFor(pairs: readonly PairToAsk[]): NewSurvey[] {
  const seen = new Set<string>();
  const out: NewSurvey[] = [];
  for (const p of pairs) {
    const skills = pairSkills(p.wants, p.offers).filter((s) => findSkill(s) !== undefined);
    for (const [personId, role] of [
      [p.menteeId, 'mentee'],
      [p.mentorId, 'mentor'],
    ] as const) {
      if (seen.has(personId)) continue;
      seen.add(personId);
      out.push({ id: randomUUID(), personId, pairId: p.pairId, role, skills });
    }
  }
  return out;
}

/** Asks every survey due today in the tenant's programmes; answers how many people were newly asked. */
export async function scheduleSurveys(deps: { db: Db; clock: Clock }, tenantId: string): Promise<number> {
  const today = utcToday(deps.clock);
  const now = deps.clock.now();
  let asked = 0;
  for (const programme of await activeProgrammes(deps.db, tenantId)) {
    for (const due of dueMoments(programme, today)) {
      const pairs = await pairsToAsk(deps.db, tenantId, programme.id, due.moment, STATUSES[due.moment], {
        ...(due.moment === 'start' ? { from: due.pairsFrom } : {}),
        ...(due.moment === 'midpoint' ? { before: due.pairsBefore } : {}),
      });
      asked += await insertSurveys(
        deps.db,
        tenantId,
        programme.id,
        due.moment,
        surveysFor(pairs),
        now,
        now + SURVEY_OPEN_DAYS * 86_400_000,
      );
    }
  }
  return asked;
}
