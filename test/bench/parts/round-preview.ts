import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { CandidateContext } from '../../../server/matching/candidates.js';
import type { MentorSlot, Participant } from '../../../server/matching/model.js';
import { assignWithChoices, pairKey } from '../../../server/matching/round-assign.js';
import { candidatesInSlices } from '../../../server/matching/round-run.js';
import { solveInThread } from '../../../server/matching/solver/in-thread.js';
import { insertRound, pairsPage, saveRun, startRun, unmatchedPage } from '../../../server/matching/store/rounds.js';
import { createTestDb } from '../../helpers/db.js';

// The HR round preview as its job runs it (server/matching/round-run.ts), on the matching-round
// benchmark's 20,000 mentees: the rules-and-scores walk in slices, the assignment with HR's locks
// and exclusions, the result saved to the database and read back a page at a time. The event
// loop's longest block is what a request served by the same process would wait at worst.

const round2 = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

export async function previewFigures(
  mentors: readonly MentorSlot[],
  mentees: readonly Participant[],
  ctx: CandidateContext,
  log: (m: string) => void,
) {
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  let t = performance.now();
  let slices = 0;
  let longestSlice = 0;
  let sliceStart = performance.now();
  const { edges, excluded } = await candidatesInSlices(mentors, mentees, ctx, async () => {
    slices++;
    longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
    sliceStart = performance.now();
  });
  const walkS = (performance.now() - t) / 1000;
  log(`  walk in ${slices} slices ${walkS.toFixed(1)} s, longest slice ${Math.round(longestSlice)} ms`);

  // HR's first look: the optimum, then 100 of its best pairs excluded and 20 others locked in.
  t = performance.now();
  const plain = await assignWithChoices(
    { mentees, mentors, edges, locks: [], exclusions: new Set(), excluded },
    solveInThread,
  );
  const plainS = (performance.now() - t) / 1000;
  const best = plain.pairs.slice(0, 100);
  const exclusions = new Set(best.map((p) => pairKey(p.mentorId, p.menteeId)));
  const taken = new Set(plain.pairs.map((p) => p.menteeId));
  // 20 locks: for unmatched mentees, a candidate mentor each, within the mentors' places.
  const capacityOf = new Map(mentors.map((m) => [m.participant.id, m.capacity - m.load]));
  const lockedMentors = new Map<string, number>();
  const lockedMentees = new Set<string>();
  const locks: typeof edges = [];
  for (const e of edges) {
    if (locks.length === 20) break;
    if (taken.has(e.menteeId) || lockedMentees.has(e.menteeId)) continue;
    const n = lockedMentors.get(e.mentorId) ?? 0;
    if (n >= capacityOf.get(e.mentorId)!) continue;
    lockedMentors.set(e.mentorId, n + 1);
    lockedMentees.add(e.menteeId);
    locks.push(e);
  }
  t = performance.now();
  const refined = await assignWithChoices({ mentees, mentors, edges, locks, exclusions, excluded }, solveInThread);
  const refinedS = (performance.now() - t) / 1000;
  lag.disable();
  const keptOut = refined.pairs.every((p) => !exclusions.has(pairKey(p.mentorId, p.menteeId)));
  const keptIn = locks.every((l) =>
    refined.pairs.some((p) => p.locked && p.mentorId === l.mentorId && p.menteeId === l.menteeId),
  );
  log(`  assignment ${plainS.toFixed(2)} s; with 100 exclusions and ${locks.length} locks ${refinedS.toFixed(2)} s`);

  // Saved as the job saves it, then read as the tab reads it.
  const db = await createTestDb();
  const tenantId = randomUUID();
  const round = await insertRound(db, tenantId, randomUUID(), 'mentoring', randomUUID(), Date.now());
  await startRun(db, tenantId, round.id, round.runs);
  t = performance.now();
  await db.transaction((tx) =>
    saveRun(
      tx,
      tenantId,
      round.id,
      round.runs,
      {
        mentees: mentees.length,
        mentors: mentors.length,
        candidateEdges: edges.length,
        matched: refined.pairs.length,
        unmatched: refined.unmatched.length,
        locked: locks.length,
        excludedByHr: refined.excludedByHr,
        total: refined.total,
        greedyTotal: refined.greedyTotal,
        solveMs: refined.solveMs,
        ruleCounts: refined.ruleCounts,
        unmatchedRuleCounts: refined.unmatchedRuleCounts,
        droppedLocks: [],
      },
      refined.pairs.map((p) => ({ ...p, names: `mentee ${p.menteeId} mentor ${p.mentorId}` })),
      refined.unmatched.map((u) => ({ ...u, names: `mentee ${u.menteeId}` })),
      Date.now(),
    ),
  );
  const saveS = (performance.now() - t) / 1000;
  const timed = async (f: () => Promise<unknown>) => {
    const s = performance.now();
    await f();
    return Math.round((performance.now() - s) * 10) / 10;
  };
  const page = { offset: 0, limit: 50 };
  const pageMs = {
    pairsFirst: await timed(() => pairsPage(db, tenantId, round.id, page)),
    pairsMiddle: await timed(() => pairsPage(db, tenantId, round.id, { offset: 5000, limit: 50 })),
    pairsSearch: await timed(() =>
      pairsPage(db, tenantId, round.id, { ...page, search: refined.pairs[777]!.menteeId.slice(0, 8) }),
    ),
    unmatchedMiddle: await timed(() => unmatchedPage(db, tenantId, round.id, { offset: 5000, limit: 50 })),
  };
  const bytes = JSON.stringify((await pairsPage(db, tenantId, round.id, page)).rows).length;
  await db.close();
  log(`  saved in ${saveS.toFixed(1)} s (${db.kind}); a page in ${pageMs.pairsMiddle} ms`);

  return {
    database: db.kind,
    slices,
    walkSeconds: round2(walkS),
    longestSliceMs: Math.round(longestSlice),
    assignmentSeconds: round2(plainS, 3),
    refinedAssignmentSeconds: round2(refinedS, 3),
    exclusions: exclusions.size,
    locks: locks.length,
    excludedNeverBack: keptOut,
    lockedAlwaysIn: keptIn,
    total: refined.total,
    greedyTotal: refined.greedyTotal,
    pairs: refined.pairs.length,
    unmatched: refined.unmatched.length,
    saveSeconds: round2(saveS),
    pageMs,
    pageRowsBytes: bytes,
    eventLoopMaxBlockMs: Math.round(lag.max / 1e6),
  };
}
