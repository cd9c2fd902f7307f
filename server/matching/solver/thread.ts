import { parentPort } from 'node:worker_threads';
import { greedyAssignment, solveAssignment, type Assignment } from './solve.js';

// The round solver in a worker thread (solver/in-thread.ts starts it): a 20,000-mentee round takes
// seconds of pure CPU, which in the server's own thread would hold up every request it serves.
// Columns in, columns out: typed arrays cross the thread boundary without copying object graphs.

export interface ThreadProblem {
  menteeCount: number;
  mentorCapacity: Int32Array<ArrayBuffer>;
  mentee: Int32Array<ArrayBuffer>;
  mentor: Int32Array<ArrayBuffer>;
  score: Float64Array<ArrayBuffer>;
}

export interface ThreadAssignment {
  mentee: Int32Array<ArrayBuffer>;
  mentor: Int32Array<ArrayBuffer>;
  total: number;
}

export interface ThreadAnswer {
  best: ThreadAssignment;
  greedy: ThreadAssignment;
  solveMs: number;
}

const columns = (a: Assignment): ThreadAssignment => ({
  mentee: Int32Array.from(a.pairs, (p) => p.mentee),
  mentor: Int32Array.from(a.pairs, (p) => p.mentor),
  total: a.total,
});

parentPort?.once('message', (p: ThreadProblem) => {
  const problem = {
    menteeCount: p.menteeCount,
    mentorCapacity: Array.from(p.mentorCapacity),
    edges: Array.from(p.score, (score, k) => ({ mentee: p.mentee[k]!, mentor: p.mentor[k]!, score })),
  };
  const started = performance.now();
  const best = columns(solveAssignment(problem));
  const solveMs = Math.round(performance.now() - started);
  const greedy = columns(greedyAssignment(problem));
  const answer: ThreadAnswer = { best, greedy, solveMs };
  parentPort!.postMessage(answer, [best.mentee.buffer, best.mentor.buffer, greedy.mentee.buffer, greedy.mentor.buffer]);
});
