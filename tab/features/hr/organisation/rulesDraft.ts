import { ApiError } from '../../../lib/api';
import type { TitleRule } from './api/titleRules';

// The title rules as they are being edited, and what is wrong with them: checked here as the
// server checks them (org/schemas.ts TitleRule, org/title-rules.ts), so problems show next to the
// rule before anything is sent; what the server still refuses is put next to the rule it names.

export interface DraftRule {
  /** Stable across edits, for React and for focus; not sent. */
  key: number;
  phrase: string;
  level: number;
}

export type RuleProblem = 'tooShort' | 'tooLong' | 'duplicate' | 'invalid';

/** Each phrase's form as the server compares them: trimmed, case ignored. */
const comparable = (phrase: string) => phrase.trim().toLowerCase();

export function problemsOf(draft: readonly DraftRule[]): Map<number, RuleProblem> {
  const problems = new Map<number, RuleProblem>();
  const seen = new Set<string>();
  for (const rule of draft) {
    const phrase = rule.phrase.trim();
    // Only letters and spaces' worth: the schema's minLength counts the untrimmed phrase, but a
    // phrase of spaces reads no title.
    if (phrase.length < 2) problems.set(rule.key, 'tooShort');
    else if (rule.phrase.length > 60) problems.set(rule.key, 'tooLong');
    else if (seen.has(comparable(phrase))) problems.set(rule.key, 'duplicate');
    seen.add(comparable(phrase));
  }
  return problems;
}

/** What is sent: trimmed phrases, as the server keeps them. */
export function rulesOf(draft: readonly DraftRule[]): TitleRule[] {
  return draft.map((r) => ({ phrase: r.phrase.trim(), level: r.level }));
}

export function sameRules(a: readonly TitleRule[], b: readonly TitleRule[]): boolean {
  return a.length === b.length && a.every((r, i) => r.phrase === b[i]!.phrase && r.level === b[i]!.level);
}

/**
 * A refused save, next to the rules it is about: `invalid_request` names each rule by its place
 * (`details.issues[].path` "/rules/3/phrase"), `duplicate_phrase` is about the repeated phrases.
 */
export function refusalOf(error: unknown, sent: readonly DraftRule[]): Map<number, RuleProblem> | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'duplicate_phrase') {
    const problems = problemsOf(sent);
    return problems.size > 0 ? problems : null;
  }
  if (error.code !== 'invalid_request') return null;
  const issues = Array.isArray(error.details.issues) ? (error.details.issues as { path?: unknown }[]) : [];
  const problems = new Map<number, RuleProblem>();
  for (const issue of issues) {
    const at = /^\/rules\/(\d+)/.exec(String(issue.path ?? ''))?.[1];
    const rule = at === undefined ? undefined : sent[Number(at)];
    if (rule) problems.set(rule.key, 'invalid');
  }
  return problems.size > 0 ? problems : null;
}
