import type { OrgPerson, TitleRule } from './model.js';
import type { TitleRulesPreview } from './schemas.js';
import { seniorityOf } from './seniority.js';
import { createTitleMatcher } from './titles.js';
import { buildOrgIndex } from './tree.js';

// What a change of the title vocabulary would do, before it is saved: everyone is placed twice,
// with the rules in force and with the rules as they would be, by the very code a sync runs
// (seniority.ts over one org index). Comparing the two, rather than the stored levels, shows the
// rules' own effect: a tenure anniversary since the last sync moves nobody here.

/** How many job titles the answer lists, the most people first. */
const MAX_TITLES = 20;

export function previewTitleRules(
  org: readonly OrgPerson[],
  current: readonly TitleRule[],
  proposed: readonly TitleRule[],
  today: string,
): TitleRulesPreview {
  const index = buildOrgIndex(org);
  const before = seniorityOf(index, { today, titleRules: current });
  // Structure and tenure are the same in both runs, and so is Tandem's own vocabulary: only a
  // title one of the tenant's rules reads, before or after, can move. The others are not placed
  // again (at 100,000 people that halves the work).
  const read = [createTitleMatcher(current), createTitleMatcher(proposed)];
  const after = seniorityOf(index, {
    today,
    titleRules: proposed,
    only: (person) => read.some((match) => match(person.jobTitle)?.source === 'tenant'),
  });

  const levels = Array.from({ length: 10 }, (_, i) => ({ level: i + 1, now: 0, then: 0 }));
  const moves = new Map<string, { from: number; to: number; people: number }>();
  const byRule = new Map<string, number>();
  const titles = new Map<string, { title: string; from: number; to: number; people: number }>();
  let moved = 0;

  for (const person of org) {
    const was = before.get(person.id)!;
    const will = after.get(person.id) ?? was;
    levels[was.level - 1]!.now += 1;
    levels[will.level - 1]!.then += 1;
    if (was.level === will.level) continue;
    moved += 1;
    count(moves, `${was.level} ${will.level}`, () => ({ from: was.level, to: will.level, people: 0 })).people += 1;
    // The rule that decides the new level, else the one whose change or removal let it go.
    const phrase = ruleOf(will.reasons) ?? ruleOf(was.reasons);
    if (phrase !== null) byRule.set(phrase, (byRule.get(phrase) ?? 0) + 1);
    const title = person.jobTitle ?? '';
    count(titles, `${was.level} ${will.level} ${title}`, () => ({
      title,
      from: was.level,
      to: will.level,
      people: 0,
    })).people += 1;
  }

  const most = <T extends { people: number }>(a: T, b: T) => b.people - a.people;
  return {
    people: org.length,
    moved,
    levels,
    moves: [...moves.values()].sort((a, b) => most(a, b) || a.from - b.from || a.to - b.to),
    rules: [...byRule]
      .map(([phrase, people]) => ({ phrase, people }))
      .sort((a, b) => most(a, b) || cmp(a.phrase, b.phrase)),
    titles: [...titles.values()].sort((a, b) => most(a, b) || cmp(a.title, b.title)).slice(0, MAX_TITLES),
  };
}

function count<T>(map: Map<string, T>, key: string, fresh: () => T): T {
  let found = map.get(key);
  if (!found) map.set(key, (found = fresh()));
  return found;
}

function ruleOf(reasons: readonly { code: string; params: Record<string, string | number> }[]): string | null {
  const override = reasons.find((r) => r.code === 'title_override');
  return override ? String(override.params.phrase) : null;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
