// How long candidatePairs takes on a big round: 20,000 mentees and 5,000 mentors from one
// generated 25,000-person company (the sandbox's org, seniority levels as org sync computes them).
// Not a test (timings belong on a quiet machine): `npx tsx test/matching/bench.ts [mentees] [mentors]`.

import { performance } from 'node:perf_hooks';
import { candidatePairs } from '../../server/matching/candidates.js';
import type { MentorSlot, Participant, Track, WeeklyHours } from '../../server/matching/model.js';
import { DEFAULT_SETTINGS } from '../../server/matching/rules.js';
import { GOALS, SKILLS } from '../../server/matching/skills.js';
import { toIana } from '../../server/lib/time-zones.js';
import { seniorityOf } from '../../server/org/seniority.js';
import { buildOrgIndex } from '../../server/org/tree.js';
import { generateOrg } from '../../server/sandbox/org/generate.js';
import { random } from './people.js';

const menteeCount = Number(process.argv[2] ?? 20_000);
const mentorCount = Number(process.argv[3] ?? 5_000);
const ISO_DAY: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };

let t = performance.now();
const lap = (what: string): void => {
  const now = performance.now();
  console.log(`${what.padEnd(34)} ${((now - t) / 1000).toFixed(2)} s`);
  t = now;
};

const users = generateOrg({ seed: 42, size: menteeCount + mentorCount }).users;
const org = buildOrgIndex(users.map((u) => ({ ...u, hireDate: u.employeeHireDate?.slice(0, 10) ?? null })));
const levels = seniorityOf(org, { today: '2026-10-30' });
lap(`org of ${users.length} people`);

// Skills and goals drawn with skewed popularity, so some are rare: digital skills lean junior.
const r = random(1);
const skewed = <T>(xs: readonly T[]): T => xs[Math.floor(r() * r() * xs.length)]!;
const some = <T>(xs: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(r() * max) }, () => skewed(xs)))];
const digital = SKILLS.filter((s) => s.family === 'digital').map((s) => s.id);
const other = SKILLS.filter((s) => s.family !== 'digital').map((s) => s.id);
const people: Participant[] = users.map((u) => {
  const level = levels.get(u.id)!.level;
  const wh = u.mailbox.workingHours;
  const hours: WeeklyHours = { timeZone: toIana(wh.timeZone.name) ?? 'Europe/Rome', days: wh.daysOfWeek.map((d) => ISO_DAY[d]!), start: wh.startTime.slice(0, 5), end: wh.endTime.slice(0, 5) };
  return {
    id: u.id,
    managerId: u.managerId,
    level,
    department: u.department,
    officeLocation: u.officeLocation,
    hireDate: u.employeeHireDate?.slice(0, 10) ?? null,
    languages: r() < 0.7 ? [u.preferredLanguage ?? 'it-IT', 'en-GB'] : [u.preferredLanguage ?? 'it-IT'],
    hours,
    offers: some(level >= 5 ? other : [...digital, ...digital, ...other], 5),
    wants: some(level >= 5 ? digital : other, 4),
    goals: some(GOALS.map((g) => g.id), 3),
  };
});

function round(track: Track): { mentors: MentorSlot[]; mentees: Participant[] } {
  // Mentoring: the most senior mentor. Reverse: the most junior mentor.
  const bySeniority = [...people].sort((a, b) => (track === 'mentoring' ? b.level - a.level : a.level - b.level));
  const mentors = bySeniority.slice(0, mentorCount).map((p) => ({ participant: p, capacity: 1 + Math.floor(r() * 3), load: r() < 0.1 ? 1 : 0 }));
  return { mentors, mentees: bySeniority.slice(mentorCount, mentorCount + menteeCount) };
}
lap('participants');

for (const track of ['mentoring', 'reverse'] as const) {
  const { mentors, mentees } = round(track);
  const ctx = { track, settings: DEFAULT_SETTINGS, org, pastPairs: new Set<string>(), weekOf: '2026-11-09', ...(process.argv[4] ? { k: Number(process.argv[4]) } : {}) };
  t = performance.now();
  const { edges, excluded } = candidatePairs(mentors, mentees, ctx);
  lap(`candidatePairs ${track} ${mentees.length}x${mentors.length}`);
  const totals = new Map<string, number>();
  for (const why of excluded.values()) for (const [rule, n] of why) totals.set(rule, (totals.get(rule) ?? 0) + n);
  const unmatched = mentees.length - new Set(edges.map((e) => e.menteeId)).size;
  console.log(`  ${edges.length} edges, ${unmatched} mentees without any; excluded:`, Object.fromEntries(totals));
  console.log(`  heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
}
