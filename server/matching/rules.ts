// The hard rules: a pair that breaks any of them is never proposed, whatever its score. The caller
// only ever passes one tenant's people, so "same tenant" holds by construction.

import { inOneReportingLine, sameManager, type OrgIndex } from '../org/tree.js';
import { dailyOverlapMinutes } from './overlap.js';
import { shareLanguage } from './languages.js';
import type { MentorSlot, Participant, ProgrammeSettings, RuleViolation, ProgrammeKind } from './model.js';
import { DEFAULT_WEIGHTS } from './score.js';
import { RuleViolation as RuleViolationSchema } from './schemas.js';

export const DEFAULT_SETTINGS: ProgrammeSettings = {
  levelGap: 1,
  excludeSameManager: false,
  allowRepeat: false,
  minOverlapMinutes: 60,
  weights: DEFAULT_WEIGHTS,
};

/**
 * The order violations are reported in: the contract's (schemas.ts RuleViolation). candidatePairs
 * counts an excluded pair once, under its first violation in this order, so the preview's counts
 * add up to the mentors excluded.
 */
export const RULE_ORDER: readonly RuleViolation[] = RuleViolationSchema.enum;

export interface RuleContext {
  /** Which way seniority runs: a reverse mentor is the more junior. */
  kind: ProgrammeKind;
  settings: ProgrammeSettings;
  org: OrgIndex;
  /** Earlier pairs of this programme, as "mentorId|menteeId". */
  pastPairs: ReadonlySet<string>;
  /** "YYYY-MM-DD": the week whose working hours are compared (clock changes move overlaps). */
  weekOf: string;
}

/**
 * Mentoring: the mentor is at least `gap` levels above the mentee. Reverse mentoring: at least
 * `gap` levels below, so a junior teaches a senior. Monotone in the mentor's level, which is what
 * lets candidatePairs find the allowed mentors by binary search.
 */
export function seniorityAllows(kind: ProgrammeKind, mentorLevel: number, menteeLevel: number, gap: number): boolean {
  return kind !== 'reverse' ? mentorLevel >= menteeLevel + gap : mentorLevel <= menteeLevel - gap;
}

/** The key of a pair in `pastPairs`. */
export function pairKey(mentorId: string, menteeId: string): string {
  return `${mentorId}|${menteeId}`;
}

/**
 * Every rule the pair breaks, in RULE_ORDER; empty when the pair is allowed. A person without
 * known working hours is not refused for them: nothing says the hours do not overlap, and the
 * scheduler still works from their calendar.
 */
export function violations(mentor: MentorSlot, mentee: Participant, ctx: RuleContext): RuleViolation[] {
  const m = mentor.participant;
  const found: RuleViolation[] = [];
  if (m.id === mentee.id) found.push('same_person');
  if (!seniorityAllows(ctx.kind, m.level, mentee.level, ctx.settings.levelGap)) found.push('seniority_direction');
  if (m.id !== mentee.id && inOneReportingLine(ctx.org, m.id, mentee.id)) found.push('reporting_line');
  if (ctx.settings.excludeSameManager && sameManager(ctx.org, m.id, mentee.id)) found.push('same_manager');
  if (!(mentor.load < mentor.capacity)) found.push('no_capacity');
  if (!ctx.settings.allowRepeat && ctx.pastPairs.has(pairKey(m.id, mentee.id))) found.push('repeat_pair');
  if (!shareLanguage(m.languages, mentee.languages)) found.push('no_shared_language');
  if (
    m.hours &&
    mentee.hours &&
    dailyOverlapMinutes(m.hours, mentee.hours, ctx.weekOf) < ctx.settings.minOverlapMinutes
  )
    found.push('hours_do_not_overlap');
  return found;
}
