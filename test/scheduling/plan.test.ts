import { describe, expect, it } from 'vitest';
import {
  occurrences,
  planSeries,
  type Attendee,
  type PlannedSeries,
  type PlanOptions,
  type SeriesRequest,
} from '../../server/scheduling/plan.js';
import { fairness, workingRanges, type PersonWeek } from '../../server/scheduling/slots.js';
import { intersect, subtract, type Interval } from '../../server/time/ranges.js';
import { seeded } from '../helpers/random.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEKDAYS = [1, 2, 3, 4, 5];
const at = (iso: string): number => Date.parse(iso);

const week = (timeZone: string, start: string, end: string, busy: Interval[] = [], days = WEEKDAYS): PersonWeek => ({
  timeZone,
  days,
  start,
  end,
  busy,
});
const person = (id: string, w: PersonWeek): Attendee => ({ id, week: w });
const request = (
  key: string,
  mentor: Attendee,
  mentee: Attendee,
  more: Partial<SeriesRequest> = {},
): SeriesRequest => ({ key, mentor, mentee, cadence: 'weekly', durationMinutes: 60, ...more });
/** "YYYY-MM-DD HH:MM" on the clocks of `timeZone`. */
const local = (instant: number, timeZone: string): string =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
/** Local `start`-`end` on `days` of `timeZone` over [from, to), as busy time. */
const everyDay = (
  timeZone: string,
  start: string,
  end: string,
  from: number,
  to: number,
  days = [1, 2, 3, 4, 5, 6, 7],
): Interval[] => workingRanges({ timeZone, days, start, end, busy: [] }, from, to);
const only = (result: ReturnType<typeof planSeries>): PlannedSeries => {
  expect(result.unplaced).toEqual([]);
  expect(result.planned).toHaveLength(1);
  return result.planned[0]!;
};

/** Everything a planned series promises, checked with slots.ts and the public expansion only. */
function expectSound(series: PlannedSeries, req: SeriesRequest, options: PlanOptions): void {
  const {
    now,
    minNoticeHours = 48,
    searchDays = 14,
    horizonDays = 56,
    lunch = { start: '12:30', end: '14:00' },
  } = options;
  const duration = req.durationMinutes;
  // The series' own occurrences, with its exceptions applied: moved ones at their new time,
  // skipped ones gone.
  const changed = new Map(series.exceptions.map((e) => [e.originalStart, e.move]));
  const expected = occurrences(series.recurrence, series.localStart, series.timeZone, duration, now + horizonDays * DAY)
    .flatMap((o) => (changed.has(o.start) ? (changed.get(o.start) ? [changed.get(o.start)!] : []) : [o]))
    .sort((a, b) => a.start - b.start);
  expect(series.occurrences).toEqual(expected);
  expect(series.occurrences[0]).toEqual({ start: series.start, end: series.end });
  expect(series.start).toBeGreaterThanOrEqual(Math.max(now + minNoticeHours * HOUR, req.notBefore ?? 0));
  expect(series.end).toBeLessThanOrEqual(now + minNoticeHours * HOUR + searchDays * DAY);
  for (const o of series.occurrences) {
    for (const { week: p } of [req.mentor, req.mentee]) {
      expect(intersect([o], [...p.busy, ...(req.avoid ?? [])])).toEqual([]);
      expect(subtract([o], workingRanges(p, o.start - DAY, o.end + DAY))).toEqual([]);
      expect(intersect([o], everyDay(p.timeZone, lunch.start, lunch.end, o.start - DAY, o.end + DAY))).toEqual([]);
    }
  }
  expect(series.fairness).toBe(
    Math.min(...series.occurrences.map((o) => fairness(o, [req.mentor.week, req.mentee.week]))),
  );
}

describe('planSeries across clock changes', () => {
  const rome = 'Europe/Rome';
  const newYork = 'America/New_York';
  // US 2027-03-14, EU 2027-03-28; EU 2027-10-31, US 2027-11-07.
  const gaps = [
    { name: 'March', now: at('2027-03-01T06:00Z'), gap: [at('2027-03-14T07:00Z'), at('2027-03-28T01:00Z')] },
    { name: 'autumn', now: at('2027-10-11T06:00Z'), gap: [at('2027-10-31T01:00Z'), at('2027-11-07T06:00Z')] },
  ];

  for (const { name, now, gap } of gaps) {
    it(`keeps every occurrence of Rome–New York series inside both people’s hours over the ${name} gap`, () => {
      const requests = (['weekly', 'biweekly', 'monthly'] as const).flatMap((cadence, i) => [
        request(
          `r${i}`,
          person(`rm${i}`, week(rome, '09:00', '18:00')),
          person(`ny${i}`, week(newYork, '09:00', '17:00')),
          { cadence },
        ),
        request(
          `n${i}`,
          person(`nm${i}`, week(newYork, '09:00', '17:00')),
          person(`ro${i}`, week(rome, '09:00', '18:00')),
          { cadence, durationMinutes: 45 },
        ),
      ]);
      const { planned, unplaced } = planSeries(requests, new Map(), { now });
      expect(unplaced).toEqual([]);
      for (const [i, series] of planned.entries()) expectSound(series, requests[i]!, { now });
      const inGap = planned.flatMap((s) => s.occurrences).filter((o) => o.start >= gap[0]! && o.start < gap[1]!);
      expect(inGap.length).toBeGreaterThan(0);
    });

    it(`moves the ${name}-gap sessions of a New York series back inside the Rome mentee’s hours`, () => {
      // Rome 15:00-18:00, busy 16:00-18:00: New York 09:00-10:00 outside the gap, 10:00-11:00 inside it.
      const busy = everyDay(rome, '16:00', '18:00', now, now + 60 * DAY);
      const req = request(
        'p',
        person('m', week(newYork, '09:00', '17:00')),
        person('e', week(rome, '15:00', '18:00', busy)),
      );
      const series = only(planSeries([req], new Map(), { now }));
      expectSound(series, req, { now });
      expect(series.exceptions.length).toBeGreaterThan(0);
      for (const e of series.exceptions) {
        expect(e.originalStart >= gap[0]! && e.originalStart < gap[1]!).toBe(true);
        expect(e.move).not.toBeNull();
      }
    });

    it(`plans the same pair over the ${name} gap when Rome organizes, since the series keeps Rome’s clock`, () => {
      const busy = everyDay(rome, '16:00', '18:00', now, now + 60 * DAY);
      const req = request(
        'p',
        person('m', week(rome, '15:00', '18:00', busy)),
        person('e', week(newYork, '09:00', '17:00')),
      );
      const series = only(planSeries([req], new Map(), { now }));
      expectSound(series, req, { now });
      expect(new Set(series.occurrences.map((o) => local(o.start, rome).slice(11)))).toEqual(new Set(['15:00']));
    });
  }

  it('plans the New York series for that pair in May, when neither zone changes clocks', () => {
    const now = at('2027-05-03T06:00Z');
    const busy = everyDay(rome, '16:00', '18:00', now, now + 60 * DAY);
    const req = request(
      'p',
      person('m', week(newYork, '09:00', '17:00')),
      person('e', week(rome, '15:00', '18:00', busy)),
    );
    const series = only(planSeries([req], new Map(), { now }));
    expect(series.localStart.slice(11)).toBe('09:00:00');
  });
});

describe('planSeries choices', () => {
  const now = at('2027-05-03T10:00Z'); // a Monday, 12:00 in Rome
  const rome = (id: string, busy: Interval[] = []): Attendee => person(id, week('Europe/Rome', '09:00', '18:00', busy));

  it('takes the fairest slot of the first possible day after 48 hours’ notice: 14:00, just after lunch in Rome', () => {
    const series = only(planSeries([request('p', rome('a'), rome('b'))], new Map(), { now }));
    expect(local(series.start, 'Europe/Rome')).toBe('2027-05-05 14:00');
  });

  it('takes the middle of the day, lunch time, when there is no lunch', () => {
    const series = only(
      planSeries([request('p', rome('a'), rome('b'))], new Map(), { now, lunch: { start: '00:00', end: '00:00' } }),
    );
    expect(local(series.start, 'Europe/Rome')).toBe('2027-05-05 13:00');
    expect(series.fairness).toBe(1);
  });

  it('avoids a lunch other than the default when given one', () => {
    const options = { now, lunch: { start: '13:45', end: '15:00' } };
    const req = request('p', rome('a'), rome('b'));
    expectSound(only(planSeries([req], new Map(), options)), req, options);
  });

  it('gives more notice when asked', () => {
    const series = only(planSeries([request('p', rome('a'), rome('b'))], new Map(), { now, minNoticeHours: 72 }));
    expect(local(series.start, 'Europe/Rome')).toBe('2027-05-06 14:00');
  });

  it('starts no earlier than notBefore', () => {
    const req = request('p', rome('a'), rome('b'), { notBefore: at('2027-05-10T00:00Z') });
    expect(local(only(planSeries([req], new Map(), { now })).start, 'Europe/Rome')).toBe('2027-05-10 14:00');
  });

  it('does not give the pair the slot it just declined', () => {
    const first = only(planSeries([request('p', rome('a'), rome('b'))], new Map(), { now }));
    const req = request('p', rome('a'), rome('b'), { avoid: [first.occurrences[0]!] });
    const again = only(planSeries([req], new Map(), { now }));
    expect(intersect(again.occurrences, req.avoid!)).toEqual([]);
    expect(local(again.start, 'Europe/Rome')).toBe('2027-05-06 14:00');
  });

  it('prefers for Rome and New York the middle of both days to New York’s first hour', () => {
    // They share 15:00-18:00 in Rome, 09:00-12:00 in New York; 16:00 Rome is 10:00 New York.
    const mentee = person('ny', week('America/New_York', '09:00', '17:00'));
    const series = only(planSeries([request('p', rome('r'), mentee)], new Map(), { now }));
    expect(local(series.start, 'Europe/Rome')).toBe('2027-05-05 16:00');
    expect(series.fairness).toBeCloseTo(1 / 3);
  });

  it('keeps a mentor’s three new series in one batch apart by the stack gap, all on her one free day', () => {
    const wednesdaysOnly = everyDay('Europe/Rome', '00:00', '00:00', now, now + 60 * DAY, [1, 2, 4, 5, 6, 7]);
    const mentor = rome('m', wednesdaysOnly);
    const requests = ['a', 'b', 'c'].map((id) => request(id, mentor, rome(id)));
    const { planned, unplaced } = planSeries(requests, new Map(), { now });
    expect(unplaced).toEqual([]);
    expect(planned.map((s) => s.recurrence.pattern.daysOfWeek[0])).toEqual(['wednesday', 'wednesday', 'wednesday']);
    const mine = planned.flatMap((s) => s.occurrences).sort((x, y) => x.start - y.start);
    for (let i = 1; i < mine.length; i++) expect(mine[i]!.start - mine[i - 1]!.end).toBeGreaterThanOrEqual(30 * MINUTE);
    expect(planned.map((s) => local(s.start, 'Europe/Rome').slice(11))).toEqual(['14:00', '11:30', '15:30']);
  });

  it('keeps a new series the stack gap away from the sessions a person already has', () => {
    const booked = everyDay('Europe/Rome', '14:00', '15:00', now, now + 60 * DAY);
    const series = only(planSeries([request('p', rome('a'), rome('b'))], new Map([['b', booked]]), { now }));
    for (const o of series.occurrences)
      expect(intersect([{ start: o.start - 30 * MINUTE, end: o.end + 30 * MINUTE }], booked)).toEqual([]);
  });

  it('says the pair has no shared hours when their days never meet', () => {
    // Bangalore ends at 13:00Z; New York starts then in summer time.
    const req = request(
      'p',
      person('b', week('Asia/Kolkata', '09:30', '18:30')),
      person('n', week('America/New_York', '09:00', '17:00')),
    );
    expect(planSeries([req], new Map(), { now }).unplaced).toEqual([{ key: 'p', reason: 'no_shared_hours' }]);
  });

  it('says there is no free slot when the hours meet but the calendars are full', () => {
    const req = request('p', rome('a'), rome('b', [{ start: now, end: now + 60 * DAY }]));
    expect(planSeries([req], new Map(), { now }).unplaced).toEqual([{ key: 'p', reason: 'no_free_slot' }]);
  });

  it('reports planned and unplaced pairs each in request order', () => {
    const full = rome('full', [{ start: now, end: now + 60 * DAY }]);
    const requests = [
      request('1', rome('a'), full),
      request('2', rome('b'), rome('c')),
      request('3', full, rome('d')),
      request('4', rome('e'), rome('f')),
    ];
    const { planned, unplaced } = planSeries(requests, new Map(), { now });
    expect(planned.map((s) => s.key)).toEqual(['2', '4']);
    expect(unplaced.map((u) => u.key)).toEqual(['1', '3']);
  });
});

describe('planSeries recurrences', () => {
  const now = at('2027-05-03T10:00Z');
  const mentor = person('m', week('America/New_York', '09:00', '17:00'));
  const mentee = person('e', week('Europe/London', '09:00', '17:30'));

  it('describes each cadence as Graph takes it, on the first meeting’s weekday in the organizer’s zone', () => {
    const requests = (['weekly', 'biweekly', 'monthly'] as const).map((cadence) =>
      request(cadence, mentor, mentee, { cadence, durationMinutes: 45 }),
    );
    const { planned } = planSeries(requests, new Map(), { now, stackGapMinutes: 0 });
    expect(
      planned.map((s) => [
        s.recurrence.pattern.type,
        s.recurrence.pattern.interval,
        s.recurrence.range.numberOfOccurrences,
      ]),
    ).toEqual([
      ['weekly', 1, 24],
      ['weekly', 2, 12],
      ['relativeMonthly', 1, 6],
    ]);
    for (const s of planned) {
      const weekday = new Date(`${s.localStart.slice(0, 10)}T00:00Z`)
        .toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' })
        .toLowerCase();
      expect(s.timeZone).toBe('America/New_York');
      expect(s.recurrence.pattern.daysOfWeek).toEqual([weekday]);
      expect(s.recurrence.range).toEqual({
        type: 'numbered',
        startDate: s.localStart.slice(0, 10),
        numberOfOccurrences: s.recurrence.range.numberOfOccurrences,
        recurrenceTimeZone: 'America/New_York',
      });
      expect(local(s.start, s.timeZone)).toBe(s.localStart.slice(0, 16).replace('T', ' '));
      expect(local(s.end, s.timeZone)).toBe(s.localEnd.slice(0, 16).replace('T', ' '));
      expect(s.end - s.start).toBe(45 * MINUTE);
    }
    const [weekly, biweekly, monthly] = planned;
    expect(weekly!.occurrences[1]!.start - weekly!.occurrences[0]!.start).toBe(7 * DAY);
    expect(biweekly!.occurrences[1]!.start - biweekly!.occurrences[0]!.start).toBe(14 * DAY);
    const date = Number(monthly!.localStart.slice(8, 10));
    expect(monthly!.recurrence.pattern).toMatchObject({
      index: ['first', 'second', 'third', 'fourth'][Math.floor((date - 1) / 7)],
    });
  });

  it('starts a monthly series on the 1st rather than the 29th to 31st, which have no week index', () => {
    // Only 29 March to 1 April are free in the search window; all four are equally fair.
    const from = at('2027-03-25T06:00Z');
    const busy = [
      { start: from, end: at('2027-03-29T00:00+02:00') },
      { start: at('2027-04-02T00:00+02:00'), end: at('2027-04-12T00:00Z') },
    ];
    const pair = [
      person('a', week('Europe/Rome', '09:00', '18:00')),
      person('b', week('Europe/Rome', '09:00', '18:00', busy)),
    ] as const;
    const { planned } = planSeries(
      [request('m', ...pair, { cadence: 'monthly' }), request('w', ...pair, { cadence: 'biweekly' })],
      new Map(),
      { now: from, stackGapMinutes: 0 },
    );
    expect(planned[0]!.localStart).toBe('2027-04-01T14:00:00');
    expect(planned[0]!.recurrence.pattern).toEqual({
      type: 'relativeMonthly',
      interval: 1,
      daysOfWeek: ['thursday'],
      index: 'first',
    });
    expect(planned[1]!.localStart).toBe('2027-03-29T14:00:00');
  });
});

describe('planSeries on random calendars', () => {
  const offices: PersonWeek[] = [
    week('Europe/Rome', '09:00', '18:00'),
    week('America/New_York', '09:00', '17:00'),
    week('Europe/London', '09:00', '17:30'),
    week('Asia/Kolkata', '09:30', '18:30'),
    week('Asia/Dubai', '08:00', '16:00', [], [7, 1, 2, 3, 4]),
    week('America/Los_Angeles', '08:00', '16:30'),
  ];

  /** A batch of `pairs` pairs among `pairs / 2` mentors, each person with ~`perWeek` busy items a week. */
  function batch(seed: number, pairs: number, perWeek: number) {
    const random = seeded(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const now = at('2027-01-04T00:00Z') + Math.floor(random() * 330) * DAY + Math.floor(random() * 96) * 15 * MINUTE;
    const someone = (id: string): Attendee => {
      const busy = Array.from({ length: perWeek * 9 }, () => {
        const start = now + Math.floor(random() * 63 * 96) * 15 * MINUTE;
        return { start, end: start + pick([15, 30, 30, 60, 60, 90, 120]) * MINUTE };
      });
      return person(id, { ...pick(offices), busy });
    };
    const mentors = Array.from({ length: Math.ceil(pairs / 2) }, (_, i) => someone(`m${i}`));
    const tandemBusy = new Map(
      mentors
        .filter(() => random() < 0.3)
        .map((m) => {
          const start = now + Math.floor(random() * 56 * 96) * 15 * MINUTE;
          return [
            m.id,
            [0, 1, 2, 3, 4, 5, 6, 7].map((k) => ({ start: start + k * 7 * DAY, end: start + k * 7 * DAY + HOUR })),
          ];
        }),
    );
    const requests = Array.from({ length: pairs }, (_, i): SeriesRequest => ({
      key: `p${i}`,
      mentor: pick(mentors),
      mentee: someone(`e${i}`),
      cadence: pick(['weekly', 'biweekly', 'monthly'] as const),
      durationMinutes: pick([30, 45, 60]),
      ...(random() < 0.2 ? { notBefore: now + Math.floor(random() * 7 * DAY) } : {}),
    }));
    return { now, requests, tandemBusy };
  }

  it('never books over busy time, outside anyone’s hours or lunch, or within the stack gap of another session', () => {
    let booked = 0;
    for (let round = 0; round < 8; round++) {
      const { now, requests, tandemBusy } = batch(20270301 + round, 24, 20);
      const options = { now };
      const { planned, unplaced } = planSeries(requests, tandemBusy, options);
      expect(planned.length + unplaced.length).toBe(requests.length);
      booked += planned.length;
      const byKey = new Map(requests.map((r) => [r.key, r]));
      const sessions = new Map<string, Interval[]>();
      for (const series of planned) {
        const req = byKey.get(series.key)!;
        expectSound(series, req, options);
        for (const id of [req.mentor.id, req.mentee.id])
          sessions.set(id, [...(sessions.get(id) ?? []), ...series.occurrences]);
      }
      for (const [id, mine] of sessions) {
        const theirs = tandemBusy.get(id) ?? [];
        const widened = mine.map((o) => ({ start: o.start - 30 * MINUTE, end: o.end + 30 * MINUTE }));
        expect(intersect(widened, theirs)).toEqual([]);
        const sorted = [...mine].sort((x, y) => x.start - y.start);
        for (let i = 1; i < sorted.length; i++)
          expect(sorted[i]!.start - sorted[i - 1]!.end).toBeGreaterThanOrEqual(30 * MINUTE);
      }
    }
    // Guards against calendars so full that the property holds vacuously.
    expect(booked).toBeGreaterThan(100);
  });

  it('gives the same answer for the same input and leaves the input alone', () => {
    const { now, requests, tandemBusy } = batch(7, 30, 20);
    const before = structuredClone({ requests, tandemBusy });
    const first = planSeries(requests, tandemBusy, { now });
    expect(planSeries(requests, tandemBusy, { now })).toEqual(first);
    expect({ requests, tandemBusy }).toEqual(before);
  });

  it('moves or skips only sessions a calendar blocks, and never more than a third by skipping', () => {
    const { now, requests, tandemBusy } = batch(50, 50, 20);
    const { planned } = planSeries(requests, tandemBusy, { now });
    expect(planned.length).toBeGreaterThan(25);
    let moved = 0;
    for (const series of planned) {
      const all = occurrences(
        series.recurrence,
        series.localStart,
        series.timeZone,
        (series.end - series.start) / MINUTE,
        now + 56 * DAY,
      );
      expect(series.exceptions.every((e) => all.some((o) => o.start === e.originalStart))).toBe(true);
      expect(series.exceptions.filter((e) => !e.move).length).toBeLessThanOrEqual(all.length / 3);
      // The first meeting is always the one asked for, never an exception.
      expect(series.exceptions.some((e) => e.originalStart === series.start)).toBe(false);
      moved += series.exceptions.filter((e) => e.move).length;
    }
    // Busy calendars make the property above meaningful.
    expect(moved).toBeGreaterThan(0);
  });
});
