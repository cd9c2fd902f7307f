// The round optimiser's input and output. Indices, not ids: the caller maps people to
// 0..menteeCount-1 and 0..mentorCapacity.length-1 and back.

export interface AssignmentEdge {
  mentee: number;
  mentor: number;
  /** Positive; may be fractional (e.g. 73.25). */
  score: number;
}

export interface AssignmentProblem {
  /** Mentees 0..menteeCount-1; each is matched at most once. */
  menteeCount: number;
  /** Mentor j takes at most mentorCapacity[j] mentees (a non-negative integer). */
  mentorCapacity: number[];
  /** Only the allowed pairs: the hard rules are already applied. */
  edges: AssignmentEdge[];
}

export interface Assignment {
  /** One pair per matched mentee, in mentee order, with the edge's own score. */
  pairs: AssignmentEdge[];
  /** Sum of the pairs' scores. */
  total: number;
  /** Mentees without a pair, ascending. */
  unmatched: number[];
}
