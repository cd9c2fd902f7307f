import type { MatchingContext } from './context.js';
import type { ScoredPair } from './model.js';
import type { DroppedLock, RoundChoice } from './round-schemas.js';
import { violations } from './rules.js';
import { scorePair } from './score.js';
import { GOALS } from './skills.js';

// Whether a pair may be locked into a round: both still take part (the mentee waiting, with no
// live pair), no hard rule broken, and a free place left for it beside the mentor's other locks.
// Checked when HR locks it (an error) and again when the round runs (the lock is dropped and said).

export type LockCheck =
  { ok: true; pair: ScoredPair } | { ok: false; reason: DroppedLock['reason']; violations?: string[]; free?: number };

export function checkLock(
  c: MatchingContext,
  /** Mentees who already have a live pair in the programme. */
  taken: ReadonlySet<string>,
  mentorId: string,
  menteeId: string,
  /** Other locks of this mentor in the round. */
  otherLocks: number,
): LockCheck {
  const mentor = c.mentors.find((m) => m.participant.id === mentorId);
  const mentee = c.mentees.find((m) => m.id === menteeId);
  if (!mentor) return { ok: false, reason: 'not_a_mentor' };
  if (!mentee || taken.has(menteeId)) return { ok: false, reason: 'not_a_mentee' };
  const broken = violations(mentor, mentee, c).filter((v) => v !== 'no_capacity');
  if (broken.length > 0) return { ok: false, reason: broken[0]!, violations: broken };
  const free = mentor.capacity - mentor.load - otherLocks;
  if (free < 1) return { ok: false, reason: 'over_capacity', free: Math.max(0, free) };
  const pair = scorePair(mentor, mentee, {
    kind: c.kind,
    settings: c.settings,
    rarity: c.rarity,
    weekOf: c.weekOf,
    goals: GOALS,
  });
  return { ok: true, pair };
}

/** The round's locks checked in order (earlier locks take a mentor's places first). */
export function checkLocks(
  c: MatchingContext,
  taken: ReadonlySet<string>,
  choices: readonly RoundChoice[],
): { locks: ScoredPair[]; dropped: DroppedLock[] } {
  const locks: ScoredPair[] = [];
  const dropped: DroppedLock[] = [];
  const used = new Map<string, number>();
  for (const ch of choices) {
    if (ch.choice !== 'lock') continue;
    const check = checkLock(c, taken, ch.mentorId, ch.menteeId, used.get(ch.mentorId) ?? 0);
    if (check.ok) {
      locks.push(check.pair);
      used.set(ch.mentorId, (used.get(ch.mentorId) ?? 0) + 1);
    } else dropped.push({ mentorId: ch.mentorId, menteeId: ch.menteeId, reason: check.reason });
  }
  return { locks, dropped };
}
