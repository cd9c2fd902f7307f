import { DAY, WEEK, type Seeded, type SeedPair, type SeedPerson } from './seed.js';

// The outcomes figures computed again from the seeded records, plainly, one loop per definition
// of the README ("Outcomes"), without the server's SQL or its helpers. Values only: whether a
// figure may be shown is the test's own check against the group limit.

export interface Query {
  programmeId?: string;
  from?: string;
  to?: string;
  office?: string;
  department?: string;
  level?: number;
}

/** A figure and the number of people it describes. */
export interface Fig {
  value: number | null;
  people: number;
}

const fig = (value: number | null, people: number): Fig => ({ value, people });

export function expectedFigures(s: Seeded, q: Query, now: number) {
  const from = q.from ? Date.parse(`${q.from}T00:00:00Z`) : -Infinity;
  const toEnd = q.to ? Date.parse(`${q.to}T00:00:00Z`) + DAY : Infinity;
  const ref = Math.min(toEnd, now);
  const person = new Map(s.people.map((p) => [p.id, p]));
  const filtered = q.office !== undefined || q.department !== undefined || q.level !== undefined;
  const inFilter = (p: SeedPerson | undefined) =>
    !!p &&
    (q.office === undefined || p.office === q.office) &&
    (q.department === undefined || p.department === q.department) &&
    (q.level === undefined || p.level === q.level);
  const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const presentAt = (p: SeedPerson, at: number) =>
    (p.removedAt === null || p.removedAt >= at) && (p.hireDate === null || dayMs(p.hireDate) < at);
  const inProgramme = (id: string) => q.programmeId === undefined || id === q.programmeId;
  const distinctPeople = (pairs: readonly Pick<SeedPair, 'mentorId' | 'menteeId'>[]) =>
    new Set(pairs.flatMap((p) => [p.mentorId, p.menteeId])).size;

  // Participation.
  const org = s.people.filter((p) => presentAt(p, ref) && inFilter(p));
  const enrolmentsOf = (id: string) =>
    s.enrolments.filter((e) => e.personId === id && inProgramme(e.programmeId) && e.createdAt < ref);
  const enrolled = org.filter((p) => enrolmentsOf(p.id).length > 0);
  const scopePairs = s.pairs.filter(
    (p) =>
      p.confirmed &&
      inProgramme(p.programmeId) &&
      p.createdAt < ref &&
      (p.status === 'active' || p.status === 'paused' || p.updatedAt >= from) &&
      (!filtered || inFilter(person.get(p.mentorId)) || inFilter(person.get(p.menteeId))),
  );
  const inPairs = new Set(scopePairs.flatMap((p) => [p.mentorId, p.menteeId]));
  const active = scopePairs.filter((p) => p.status === 'active');
  const generation = (p: SeedPerson) =>
    p.hireDate === null ? null : `${Math.floor(Number(p.hireDate.slice(0, 4)) / 10) * 10}s`;
  const keyOf = {
    office: (p: SeedPerson) => p.office,
    department: (p: SeedPerson) => p.department,
    level: (p: SeedPerson) => (p.level === null ? null : String(p.level)),
    generation,
  };
  const breakdown = Object.fromEntries(
    Object.entries(keyOf).map(([dim, key]) => {
      const groups = new Map<string | null, { organisation: number; participants: number }>();
      for (const p of org) {
        const g = groups.get(key(p)) ?? { organisation: 0, participants: 0 };
        g.organisation++;
        if (enrolled.includes(p)) g.participants++;
        groups.set(key(p), g);
      }
      return [dim, groups];
    }),
  ) as Record<keyof typeof keyOf, Map<string | null, { organisation: number; participants: number }>>;

  const participation = {
    enrolled: enrolled.length,
    mentors: enrolled.filter((p) => enrolmentsOf(p.id).some((e) => e.asMentor)).length,
    mentees: enrolled.filter((p) => enrolmentsOf(p.id).some((e) => e.asMentee)).length,
    matched: org.filter((p) => inPairs.has(p.id)).length,
    matchedPairs: fig(scopePairs.length, distinctPeople(scopePairs)),
    activePairs: fig(active.length, distinctPeople(active)),
    organisation: org.length,
    breakdown,
  };

  // Meetings.
  const scopeIds = new Set(scopePairs.map((p) => p.id));
  const pairOf = new Map(s.pairs.map((p) => [p.id, p]));
  const sessions = s.occurrences.filter(
    (o) => scopeIds.has(o.pairId) && o.startsAt >= from && o.startsAt < ref && o.endsAt <= now,
  );
  const said = (id: string) => s.checkins.filter((c) => c.occurrenceId === id).map((c) => c.happened);
  const classes = { held: 0, skipped: 0, cancelled: 0, missed: 0, unconfirmed: 0 };
  for (const o of sessions) {
    const answers = said(o.id);
    if (answers.includes(true)) classes.held++;
    else if (o.status === 'skipped' || o.status === 'skipping') classes.skipped++;
    else if (o.status === 'cancelled') classes.cancelled++;
    else if (answers.length > 0) classes.missed++;
    else classes.unconfirmed++;
  }
  const sessionPeople = distinctPeople([...new Set(sessions.map((o) => o.pairId))].map((id) => pairOf.get(id)!));
  const meetings = { planned: sessions.length, ...classes, people: sessionPeople };

  // Learning curve.
  const until = (p: SeedPair) => (p.status === 'completed' || p.status === 'ended' ? Math.min(p.updatedAt, ref) : ref);
  const perWeek = new Map<number, { values: number[]; mentees: Set<string> }>();
  for (const p of scopePairs) {
    const records = s.history.filter((h) => h.pairId === p.id && h.recordedAt < until(p));
    if (records.length === 0) continue;
    const goals = [...new Set(records.map((r) => r.goalId))];
    const weekOf = (at: number) => Math.max(0, Math.floor((at - p.createdAt) / WEEK));
    const lastWeek = Math.min(51, Math.floor((until(p) - p.createdAt) / WEEK));
    for (let w = 0; w <= lastWeek; w++) {
      const values = goals.map((g) => {
        const upTo = records.filter((r) => r.goalId === g && weekOf(r.recordedAt) <= w);
        return upTo.length === 0 ? 0 : upTo.reduce((a, b) => (b.recordedAt >= a.recordedAt ? b : a)).progress;
      });
      const entry = perWeek.get(w) ?? { values: [], mentees: new Set<string>() };
      entry.values.push(values.reduce((a, b) => a + b, 0) / goals.length);
      entry.mentees.add(p.menteeId);
      perWeek.set(w, entry);
    }
  }
  const curve = [...perWeek.entries()]
    .sort(([a], [b]) => a - b)
    .map(([week, e]) => ({
      week,
      people: e.mentees.size,
      q1: quantile(e.values, 0.25),
      median: quantile(e.values, 0.5),
      q3: quantile(e.values, 0.75),
    }));

  // Confidence by month.
  const occurrence = new Map(s.occurrences.map((o) => [o.id, o]));
  const months = new Map<
    string,
    { confidence: number[]; cPeople: Set<string>; usefulness: number[]; uPeople: Set<string> }
  >();
  for (const c of s.checkins) {
    const o = occurrence.get(c.occurrenceId)!;
    const pair = pairOf.get(o.pairId)!;
    if (!scopeIds.has(pair.id) || o.startsAt < from || o.startsAt >= ref) continue;
    if (c.personId !== pair.mentorId && c.personId !== pair.menteeId) continue;
    const month = new Date(o.startsAt).toISOString().slice(0, 7);
    const m = months.get(month) ?? { confidence: [], cPeople: new Set(), usefulness: [], uPeople: new Set() };
    if (c.confidence !== null) {
      m.confidence.push(c.confidence);
      m.cPeople.add(c.personId);
    }
    if (c.usefulness !== null) {
      m.usefulness.push(c.usefulness);
      m.uPeople.add(c.personId);
    }
    months.set(month, m);
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  const confidence = [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, m]) => ({
      month,
      confidence: fig(mean(m.confidence), m.cPeople.size),
      usefulness: fig(mean(m.usefulness), m.uPeople.size),
    }));

  // Diversity.
  const differ = (a: string | null | undefined, b: string | null | undefined) => a != null && b != null && a !== b;
  const crossing = (f: (p: SeedPerson) => string | null) =>
    scopePairs.filter((p) => differ(f(person.get(p.mentorId)!), f(person.get(p.menteeId)!))).length;
  const kind = new Map(s.programmes.map((p) => [p.id, p.kind]));
  const reverse = scopePairs.filter(
    (p) =>
      kind.get(p.programmeId) === 'reverse' &&
      person.get(p.mentorId)!.level !== null &&
      person.get(p.menteeId)!.level !== null,
  );
  const gaps = new Map<number, SeedPair[]>();
  for (const p of reverse) {
    const gap = person.get(p.menteeId)!.level! - person.get(p.mentorId)!.level!;
    gaps.set(gap, [...(gaps.get(gap) ?? []), p]);
  }
  const diversity = {
    pairs: scopePairs.length,
    people: distinctPeople(scopePairs),
    crossDepartment: crossing((p) => p.department),
    crossOffice: crossing((p) => p.office),
    crossGeneration: crossing(generation),
    crossCountry: crossing((p) => p.country),
    gaps: [...gaps.entries()]
      .sort(([a], [b]) => a - b)
      .map(([gap, ps]) => ({ gap, pairs: ps.length, people: distinctPeople(ps), share: ps.length / reverse.length })),
  };

  // Retention.
  const retention = ([6, 12] as const).map((months) => {
    const anchor = minusMonths(ref, months);
    const anchorDay = Date.parse(new Date(anchor).toISOString().slice(0, 10));
    const ever = new Set([...s.enrolments.map((e) => e.personId), ...s.pairs.flatMap((p) => [p.mentorId, p.menteeId])]);
    const participants = new Set(
      s.pairs
        .filter((p) => p.confirmed && inProgramme(p.programmeId) && p.createdAt >= from && p.createdAt <= anchor)
        .flatMap((p) => [p.mentorId, p.menteeId]),
    );
    const band = (p: SeedPerson) => {
      if (p.hireDate === null) return 'unknown';
      const days = Math.round((anchorDay - dayMs(p.hireDate)) / DAY);
      return days < 365 ? '0-1' : days < 3 * 365 ? '1-3' : days < 5 * 365 ? '3-5' : days < 10 * 365 ? '5-10' : '10+';
    };
    const there = s.people.filter(
      (p) =>
        (p.removedAt === null || p.removedAt > anchor) &&
        (p.hireDate === null || dayMs(p.hireDate) <= anchorDay) &&
        inFilter(p),
    );
    const retained = (p: SeedPerson) => p.removedAt === null || p.removedAt >= ref;
    const groups = new Map<string, { np: number; rp: number; nc: number; rc: number }>();
    for (const p of there) {
      const key = `${p.level}|${p.department}|${band(p)}`;
      const g = groups.get(key) ?? { np: 0, rp: 0, nc: 0, rc: 0 };
      if (participants.has(p.id)) {
        g.np++;
        if (retained(p)) g.rp++;
      } else if (!ever.has(p.id)) {
        g.nc++;
        if (retained(p)) g.rc++;
      }
      groups.set(key, g);
    }
    const all = [...groups.values()];
    const both = all.filter((g) => g.np > 0 && g.nc > 0);
    const weighted = both.reduce((sum, g) => sum + g.np * (g.rc / g.nc), 0);
    const weights = both.reduce((sum, g) => sum + g.np, 0);
    const size = all.reduce((sum, g) => sum + g.np, 0);
    return {
      months,
      participants: fig(size ? all.reduce((sum, g) => sum + g.rp, 0) / size : null, size),
      comparison: fig(
        weights ? weighted / weights : null,
        all.filter((g) => g.np > 0).reduce((sum, g) => sum + g.nc, 0),
      ),
    };
  });

  // Pulse surveys, by moment.
  const surveys = (['start', 'midpoint', 'end'] as const).flatMap((moment) => {
    const answers = s.surveys.filter(
      (v) =>
        v.moment === moment &&
        v.answeredAt !== null &&
        inProgramme(v.programmeId) &&
        v.answeredAt >= from &&
        v.answeredAt < ref &&
        inFilter(person.get(v.personId)),
    );
    if (answers.length === 0) return [];
    const rated = answers.filter((v) => v.confidence.length > 0);
    const promoters = answers.filter((v) => v.recommend >= 9).length;
    const detractors = answers.filter((v) => v.recommend <= 6).length;
    const people = new Set(answers.map((v) => v.personId)).size;
    return [
      {
        moment,
        skillConfidence: fig(mean(rated.map((v) => mean(v.confidence)!)), new Set(rated.map((v) => v.personId)).size),
        motivation: fig(mean(answers.map((v) => v.motivation)), people),
        nps: fig((100 * (promoters - detractors)) / answers.length, people),
      },
    ];
  });

  return { participation, meetings, curve, confidence, diversity, retention, surveys };
}

/** percentile_cont: linear between the two nearest ranks. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** PostgreSQL's `timestamp - interval 'n months'` on UTC wall time: the day is clamped to the month's last. */
function minusMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(
    target.getUTCFullYear(),
    target.getUTCMonth(),
    Math.min(d.getUTCDate(), lastDay),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}
