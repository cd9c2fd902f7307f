// Matching's own types. Pure modules (rules, scoring, explanations, the round solver) take these
// and return data; they import no framework, SDK, database or clock.

import type { WeeklyHours } from '../time/weekly-hours.js';

/** Mentoring: the mentor is more senior. Reverse mentoring: the mentor is more junior. */
export type Track = 'mentoring' | 'reverse';

/** A person enrolled in a track, with what matching needs to know about them. */
export interface Participant {
  id: string;
  managerId: string | null;
  /** Seniority level, 1..10 (server/org/seniority.ts). */
  level: number;
  department: string | null;
  officeLocation: string | null;
  /** "YYYY-MM-DD"; the hire year gives a person's cohort for the generation bonus. */
  hireDate: string | null;
  /** BCP 47 tags the person can hold a conversation in, e.g. ["it-IT", "en-GB"]. */
  languages: string[];
  hours: WeeklyHours | null;
  /** Skill ids. */
  offers: string[];
  wants: string[];
  /** Goal ids (each maps to skills it needs, see Goal). */
  goals: string[];
}

export interface Goal {
  id: string;
  /** Skill ids that help with this goal. */
  skills: string[];
}

export interface MentorSlot {
  participant: Participant;
  /** Mentees they take in this track (default 2). */
  capacity: number;
  /** Active pairs they already have in this track. */
  load: number;
}

/** Programme settings that shape the rules and the score. */
export interface ProgrammeSettings {
  /** Seniority levels between mentor and mentee (default 1). */
  levelGap: number;
  /** Also refuse two people with the same manager. */
  excludeSameManager: boolean;
  /** Allow a pair that existed before (default false). */
  allowRepeat: boolean;
  /** Minimum overlap of working hours, in minutes a day (default 60). */
  minOverlapMinutes: number;
  weights: ScoreWeights;
}

export interface ScoreWeights {
  skills: number;
  goals: number;
  diversity: number;
  seniorityGap: number;
  overlap: number;
  load: number;
}

/** Why a pair is refused: a stable code per hard rule. */
export type RuleViolation =
  | 'same_person'
  | 'seniority_direction'
  | 'reporting_line'
  | 'same_manager'
  | 'no_capacity'
  | 'repeat_pair'
  | 'no_shared_language'
  | 'hours_do_not_overlap';

/** One reason of a match, shown to both people; `weight` is its share of the score. */
export interface MatchReason {
  code: 'skills' | 'goals' | 'different_department' | 'different_office' | 'different_generation' | 'seniority_gap' | 'overlap' | 'mentor_load';
  params: Record<string, string | number>;
  weight: number;
}

export interface ScoredPair {
  mentorId: string;
  menteeId: string;
  /** Sum of the reasons' weights, 0..100. */
  score: number;
  reasons: MatchReason[];
}
