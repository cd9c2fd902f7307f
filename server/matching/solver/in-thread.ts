import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ThreadAnswer, ThreadProblem } from './thread.js';
import type { AssignmentProblem } from './types.js';

export type { ThreadAnswer };

/**
 * The exact and greedy assignments of `p`, worked out in a worker thread so the calling thread
 * keeps serving requests meanwhile. Built, the worker is thread.js beside this file; run from
 * source (tsx: `npm run dev`, the tests, the benchmarks) it is thread.ts, loaded through tsx as
 * its parent was.
 */
export function solveInThread(p: AssignmentProblem): Promise<ThreadAnswer> {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './thread.ts' : './thread.js', import.meta.url);
  // Node 20 does not pass a parent's --import (tsx) on to a worker: from source the worker starts on
  // two lines that register tsx's loader, then import the entry.
  const worker = fromSource
    ? new Worker(
        `import(${JSON.stringify(tsxApi())})` +
          `.then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`,
        { eval: true },
      )
    : new Worker(entry);
  const problem: ThreadProblem = {
    menteeCount: p.menteeCount,
    mentorCapacity: Int32Array.from(p.mentorCapacity),
    mentee: Int32Array.from(p.edges, (e) => e.mentee),
    mentor: Int32Array.from(p.edges, (e) => e.mentor),
    score: Float64Array.from(p.edges, (e) => e.score),
  };
  return new Promise<ThreadAnswer>((resolve, reject) => {
    worker.once('message', (answer: ThreadAnswer) => resolve(answer));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the round solver's thread stopped (exit code ${code})`)));
    worker.postMessage(problem, [
      problem.mentorCapacity.buffer,
      problem.mentee.buffer,
      problem.mentor.buffer,
      problem.score.buffer,
    ]);
  }).finally(() => void worker.terminate());
}

/** tsx's loader API as an ES module, found from here as this module's own imports are. */
function tsxApi(): string {
  // Its require entry (index.cjs) registers a path that does not exist; the import one is beside it.
  return pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
}
