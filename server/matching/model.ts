// Matching's own types. Pure modules (rules, scoring, explanations, the round solver) take these
// and return data; they import no framework, SDK, database or clock. What also travels to the tab
// (programmes, settings, reasons, scored pairs) has its one definition in the contract (schemas.ts).

import type { MatchingFacts } from '../org/people.js';
import type { MatchRequest, Pair } from './schemas.js';

export type {
  MatchReason,
  ProgrammeSettings,
  RuleViolation,
  ScoredPair,
  ScoreWeights,
  ProgrammeId,
  ProgrammeKind,
} from './schemas.js';

/**
 * A person enrolled in a programme, with what matching needs to know about them: their place in the
 * organisation (org's facts; the hire year gives their tenure for the diversity bonus) and what they
 * enrolled with.
 */
export interface Participant extends MatchingFacts {
  /** BCP 47 tags the person can hold a conversation in, e.g. ["it-IT", "en-GB"]. */
  languages: string[];
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
  /** Mentees they take in this programme (default 2). */
  capacity: number;
  /** Active pairs they already have in this programme. */
  load: number;
}

/** A request as the store holds it (the contract's, without the other person's summary). */
export type StoredRequest = Required<Omit<MatchRequest, 'other'>>;

/** A pair as the store holds it (the contract's, without the other person's summary). */
export type StoredPair = Required<Omit<Pair, 'other'>>;
