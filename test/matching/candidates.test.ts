import { describe, expect, it } from 'vitest';
import { DEFAULT_K, candidatePairs, type CandidateContext } from '../../server/matching/candidates.js';
import type {
  MentorSlot,
  Participant,
  ProgrammeSettings,
  RuleViolation,
  ScoredPair,
  ProgrammeKind,
} from '../../server/matching/model.js';
import { DEFAULT_SETTINGS, violations } from '../../server/matching/rules.js';
import { scorePair } from '../../server/matching/score.js';
import { GOALS, SKILLS, skillRarity } from '../../server/matching/skills.js';
import { WEEK, orgOf, participant, randomRound, slot, type Round } from './people.js';

const ctxFor = (
  round: Round,
  kind: ProgrammeKind,
  settings: Partial<ProgrammeSettings> = {},
  k?: number,
): CandidateContext => ({
  kind,
  settings: { ...DEFAULT_SETTINGS, ...settings },
  org: round.org,
  pastPairs: round.pastPairs,
  weekOf: WEEK,
  ...(k === undefined ? {} : { k }),
});

/** What candidatePairs must agree with: every pair through violations() and scorePair(). */
function slowly(
  round: Round,
  ctx: CandidateContext,
  k: number,
): { best: Map<string, ScoredPair[]>; firstRule: Map<string, Map<RuleViolation, number>> } {
  const rarity = skillRarity(round.mentors);
  const best = new Map<string, ScoredPair[]>();
  const firstRule = new Map<string, Map<RuleViolation, number>>();
  for (const mentee of round.mentees) {
    const allowed: ScoredPair[] = [];
    const why = new Map<RuleViolation, number>();
    for (const mentor of round.mentors) {
      const broken = violations(mentor, mentee, ctx);
      if (broken.length > 0) why.set(broken[0]!, (why.get(broken[0]!) ?? 0) + 1);
      else allowed.push(scorePair(mentor, mentee, { ...ctx, rarity, goals: GOALS }));
    }
    allowed.sort((a, b) => b.score - a.score || (a.mentorId < b.mentorId ? -1 : 1));
    best.set(mentee.id, allowed.slice(0, k));
    firstRule.set(mentee.id, why);
  }
  return { best, firstRule };
}

const byMentee = (edges: ScoredPair[]): Map<string, ScoredPair[]> => {
  const map = new Map<string, ScoredPair[]>();
  for (const e of edges) map.set(e.menteeId, [...(map.get(e.menteeId) ?? []), e]);
  return map;
};

describe('candidatePairs', () => {
  const round = randomRound(11, { mentors: 80, mentees: 150 });

  it('keeps at most K mentors per mentee, 40 by default', () => {
    // 60 mentors any of the three mentees may have.
    const mentors = Array.from({ length: 60 }, (_, i) =>
      slot(participant(`m${i}`, { level: 6, offers: i % 2 ? ['leadership'] : [] })),
    );
    const mentees = ['a', 'b', 'c'].map((id) => participant(id, { level: 3, wants: ['leadership'] }));
    const flat: Round = {
      mentors,
      mentees,
      org: orgOf([...mentors.map((m) => m.participant), ...mentees]),
      pastPairs: new Set(),
    };
    expect(DEFAULT_K).toBe(40);
    for (const k of [undefined, 1, 7]) {
      const { edges } = candidatePairs(mentors, mentees, ctxFor(flat, 'mentoring', {}, k));
      expect([...byMentee(edges).values()].map((e) => e.length)).toEqual([
        k ?? DEFAULT_K,
        k ?? DEFAULT_K,
        k ?? DEFAULT_K,
      ]);
    }
  });

  describe.each([
    ['mentoring', {}],
    ['reverse', {}],
    ['mentoring', { excludeSameManager: true, levelGap: 2 }],
    ['reverse', { allowRepeat: true, minOverlapMinutes: 180 }],
  ] as const)('in %s with %o', (kind, settings) => {
    const ctx = ctxFor(round, kind, settings, 6);
    const fast = candidatePairs(round.mentors, round.mentees, ctx);
    const slow = slowly(round, ctx, 6);

    it('keeps the best allowed mentors, as scoring every pair would', () => {
      const kept = byMentee(fast.edges);
      for (const mentee of round.mentees) expect(kept.get(mentee.id) ?? []).toEqual(slow.best.get(mentee.id));
    });

    it('counts each excluded mentor once, under the first rule it breaks', () => {
      for (const mentee of round.mentees) expect(fast.excluded.get(mentee.id)).toEqual(slow.firstRule.get(mentee.id));
    });
  });

  it("lists mentees in input order, each one's best first", () => {
    const { edges } = candidatePairs(round.mentors, round.mentees, ctxFor(round, 'mentoring'));
    const order = [...new Set(edges.map((e) => e.menteeId))];
    expect(order).toEqual(round.mentees.map((m) => m.id).filter((id) => order.includes(id)));
    for (const list of byMentee(edges).values())
      for (let i = 1; i < list.length; i++) expect(list[i]!.score).toBeLessThanOrEqual(list[i - 1]!.score);
  });

  it('gives the same candidates whatever order the mentors come in', () => {
    const ctx = ctxFor(round, 'reverse', {}, 5);
    const shuffled = [...round.mentors].reverse();
    expect(candidatePairs(shuffled, round.mentees, ctx)).toEqual(candidatePairs(round.mentors, round.mentees, ctx));
  });

  it('scores a mentee who wants more than ten skills as scorePair does', () => {
    const greedy = participant('greedy', {
      level: 1,
      languages: ['it-IT', 'en-GB', 'de-DE', 'fr-FR', 'es-ES'],
      hours: null,
      wants: SKILLS.slice(0, 14).map((s) => s.id),
    });
    const wide: Round = { ...round, mentees: [greedy, ...round.mentees.slice(1, 20)] };
    const ctx = ctxFor(wide, 'mentoring', {}, 8);
    const expected = slowly(wide, ctx, 8).best.get('greedy')!;
    expect(expected.length).toBe(8);
    expect(byMentee(candidatePairs(wide.mentors, wide.mentees, ctx).edges).get('greedy')).toEqual(expected);
  });

  it('says why a mentee stayed without candidates', () => {
    const people = [
      { id: 'boss', managerId: null },
      { id: 'me', managerId: 'boss' },
      { id: 'peer', managerId: null },
      { id: 'busy', managerId: null },
      { id: 'far', managerId: null },
      { id: 'junior', managerId: null },
    ];
    const me: Participant = participant('me', { level: 3 });
    const mentors: MentorSlot[] = [
      slot(participant('boss', { level: 6 })),
      slot(participant('peer', { level: 5, languages: ['de-DE'] })),
      slot(participant('busy', { level: 5 }), 2, 2),
      slot(
        participant('far', {
          level: 5,
          hours: { timeZone: 'Pacific/Auckland', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
        }),
      ),
      slot(participant('junior', { level: 2 })),
    ];
    const { edges, excluded } = candidatePairs(mentors, [me], {
      ...ctxFor({ mentors, mentees: [me], org: orgOf(people), pastPairs: new Set() }, 'mentoring'),
    });
    expect(edges).toEqual([]);
    expect(excluded.get('me')).toEqual(
      new Map<RuleViolation, number>([
        ['seniority_direction', 1],
        ['reporting_line', 1],
        ['no_capacity', 1],
        ['no_shared_language', 1],
        ['hours_do_not_overlap', 1],
      ]),
    );
  });
});
