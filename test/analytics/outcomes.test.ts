import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cell, Outcomes } from '../../server/analytics/schemas.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { persona } from '../helpers/sandbox.js';
import { expectedFigures, type Fig, type Query } from './expected.js';
import { DAY, PRIVATE_MARK, seedOrganisation, type Seeded } from './seed.js';

// The outcomes dashboard through the real app and database: the figures equal those computed
// here from the seeded records, a figure over fewer people than the tenant's limit never leaves
// the API (JSON or CSV), private notes reach no figure, and only HR programme owners may ask.

let h: TestApp;
let seeded: Seeded;
let tenantId: string;

beforeAll(async () => {
  h = await buildTestApp({ size: 40 });
  tenantId = h.t.sandbox.tenantId;
  seeded = await seedOrganisation(h.db, tenantId, Date.now());
});
afterAll(async () => h?.close());

const as = async (key: string) => ({ authorization: `Bearer ${await h.t.ssoToken(persona(h.t, key).id)}` });

async function ask(query: Query, url = '/api/admin/outcomes') {
  return h.app.inject({ method: 'GET', url, query: query as Record<string, string>, headers: await as('hr-admin') });
}

async function figures(query: Query): Promise<Outcomes> {
  const res = await ask(query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Outcomes>();
}

/** A cell as the rule wants it: suppressed under the limit, else the expected value over that many people. */
function expectCell(actual: Cell, expected: Fig, limit: number, what: string): void {
  if (expected.people < limit || expected.value === null) {
    expect(actual, what).toEqual({ suppressed: true, reason: 'group_too_small' });
  } else {
    expect(actual, what).toMatchObject({ people: expected.people });
    expect((actual as { value: number }).value, what).toBeCloseTo(expected.value, 9);
  }
}
const count = (n: number): Fig => ({ value: n, people: n });

/** Every cell of a payload, with where it is. */
function cells(node: unknown, path = ''): [string, Cell][] {
  if (typeof node !== 'object' || node === null) return [];
  if ('suppressed' in node || ('value' in node && 'people' in node)) return [[path, node as Cell]];
  return Object.entries(node).flatMap(([k, v]) => cells(v, `${path}.${k}`));
}

function compareAll(o: Outcomes, query: Query): void {
  const limit = o.minGroupSize;
  const e = expectedFigures(seeded, query, Date.parse(o.asOf));
  const p = e.participation;
  expectCell(o.participation.enrolled, count(p.enrolled), limit, 'enrolled');
  expectCell(o.participation.mentors, count(p.mentors), limit, 'mentors');
  expectCell(o.participation.mentees, count(p.mentees), limit, 'mentees');
  expectCell(o.participation.matched, count(p.matched), limit, 'matched');
  expectCell(o.participation.matchedPairs, p.matchedPairs, limit, 'matchedPairs');
  expectCell(o.participation.activePairs, p.activePairs, limit, 'activePairs');
  for (const dim of ['office', 'department', 'level', 'generation'] as const) {
    const rows = o.participation.breakdown[dim];
    const groups = p.breakdown[dim];
    expect(rows.map((r) => r.key).sort(), dim).toEqual([...groups.keys()].sort());
    for (const row of rows) {
      const g = groups.get(row.key)!;
      // Shown: exactly the count; a group under the limit: never shown.
      if ('value' in row.participants) expect(row.participants.value, `${dim} ${row.key}`).toBe(g.participants);
      if (g.participants < limit) expect(row.participants, `${dim} ${row.key}`).toHaveProperty('suppressed', true);
      if ('value' in row.participantsShare)
        expect(row.participantsShare.value).toBeCloseTo(g.participants / p.enrolled, 9);
      if ('value' in row.organisation) expect(row.organisation.value).toBe(g.organisation);
      if (g.organisation < limit) expect(row.organisation).toHaveProperty('suppressed', true);
      if ('value' in row.organisationShare)
        expect(row.organisationShare.value).toBeCloseTo(g.organisation / p.organisation, 9);
    }
    // One group alone suppressed would come back as the total minus the others.
    for (const column of ['participants', 'organisation'] as const)
      expect(rows.filter((r) => 'suppressed' in r[column]).length, `${dim} ${column}`).not.toBe(1);
  }

  const m = e.meetings;
  for (const k of ['planned', 'held', 'skipped', 'cancelled', 'missed', 'unconfirmed'] as const)
    expectCell(o.meetings[k], { value: m[k], people: m.people }, limit, `meetings.${k}`);
  expectCell(
    o.meetings.heldShare,
    { value: m.planned ? m.held / m.planned : null, people: m.people },
    limit,
    'held share',
  );

  expect(o.learningCurve.map((w) => w.week)).toEqual(e.curve.map((w) => w.week));
  e.curve.forEach((w, i) => {
    for (const k of ['q1', 'median', 'q3'] as const)
      expectCell(o.learningCurve[i]![k], { value: w[k], people: w.people }, limit, `week ${w.week} ${k}`);
  });

  expect(o.confidence.map((c) => c.month)).toEqual(e.confidence.map((c) => c.month));
  e.confidence.forEach((c, i) => {
    expectCell(o.confidence[i]!.confidence, c.confidence, limit, `${c.month} confidence`);
    expectCell(o.confidence[i]!.usefulness, c.usefulness, limit, `${c.month} usefulness`);
  });

  const d = e.diversity;
  const share = (n: number): Fig => ({ value: d.pairs ? n / d.pairs : null, people: d.people });
  expectCell(o.diversity.pairs, { value: d.pairs, people: d.people }, limit, 'pairs');
  expectCell(o.diversity.crossDepartment, share(d.crossDepartment), limit, 'cross department');
  expectCell(o.diversity.crossOffice, share(d.crossOffice), limit, 'cross office');
  expectCell(o.diversity.crossGeneration, share(d.crossGeneration), limit, 'cross generation');
  expectCell(o.diversity.crossCountry, share(d.crossCountry), limit, 'cross country');
  expect(o.diversity.reverseByLevelGap.map((g) => g.gap)).toEqual(d.gaps.map((g) => g.gap));
  d.gaps.forEach((g, i) => {
    expectCell(o.diversity.reverseByLevelGap[i]!.pairs, { value: g.pairs, people: g.people }, limit, `gap ${g.gap}`);
    expectCell(o.diversity.reverseByLevelGap[i]!.share, { value: g.share, people: g.people }, limit, `gap ${g.gap}`);
  });

  expect(o.retention.map((r) => r.months)).toEqual([6, 12]);
  e.retention.forEach((r, i) => {
    expectCell(o.retention[i]!.participants, r.participants, limit, `${r.months} participants`);
    expectCell(o.retention[i]!.participantsSize, count(r.participants.people), limit, `${r.months} size`);
    expectCell(o.retention[i]!.comparison, r.comparison, limit, `${r.months} comparison`);
    expectCell(o.retention[i]!.comparisonSize, count(r.comparison.people), limit, `${r.months} comparison size`);
  });

  expect(o.surveys.moments.map((m) => m.moment)).toEqual(e.surveys.map((m) => m.moment));
  e.surveys.forEach((m, i) => {
    for (const k of ['skillConfidence', 'motivation', 'nps'] as const)
      expectCell(o.surveys.moments[i]![k], m[k], limit, `${m.moment} ${k}`);
  });

  // Whatever the figure, nothing shown describes fewer people than the limit.
  for (const [where, c] of cells(o)) if ('people' in c) expect(c.people, where).toBeGreaterThanOrEqual(limit);
}

describe('the outcomes dashboard', () => {
  it('equals the figures computed from the records, for all programmes', async () => {
    const o = await figures({});
    expect(o).toMatchObject({ programmeId: null, minGroupSize: 5 });
    expect(o.surveys.moments.length).toBe(3);
    // The seed is big enough that most figures are shown, so the comparison compares numbers.
    expect(cells(o).filter(([, c]) => 'value' in c).length).toBeGreaterThan(100);
    compareAll(o, {});
    // The filters' choices: the programmes, and the groups of people in the directory now.
    const present = seeded.people.filter((p) => p.removedAt === null);
    const names = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => x !== null))].sort();
    expect(o.choices.programmes.map((p) => p.id).sort()).toEqual(seeded.programmes.map((p) => p.id).sort());
    expect(o.choices.offices).toEqual(names(present.map((p) => p.office)));
    expect(o.choices.departments).toEqual(names(present.map((p) => p.department)));
  });

  it('equals them for one programme, in a period, and for one office, department or level', async () => {
    const today = new Date();
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const queries: Query[] = [
      { programmeId: 'mentoring' },
      { programmeId: 'reverse' },
      { from: day(today.getTime() - 200 * DAY), to: day(today.getTime() - 20 * DAY) },
      { programmeId: 'mentoring', from: day(today.getTime() - 120 * DAY) },
      { office: 'Milano' },
      { department: 'Engineering', to: day(today.getTime() - 60 * DAY) },
      { level: 4 },
    ];
    for (const q of queries) compareAll(await figures(q), q);
  }, 180_000);

  it('never returns a figure about a group under the limit: a department of three is all suppressed', async () => {
    const o = await figures({ department: 'Legal' });
    const shown = cells(o).filter(([, c]) => 'value' in c);
    expect(shown).toEqual([]);
    const csv = (await ask({ department: 'Legal' }, '/api/admin/outcomes.csv')).body;
    for (const line of csv.trim().split('\r\n').slice(1)) expect(line).toMatch(/^[^,]*,[^,]*,,,suppressed: /);
  });

  it('follows a higher limit set by the tenant', async () => {
    await h.db.query(`UPDATE tenants SET min_group_size = 40 WHERE tenant_id = $1`, [tenantId]);
    try {
      const o = await figures({});
      expect(o.minGroupSize).toBe(40);
      compareAll(o, {});
      expect(cells(o).some(([, c]) => 'suppressed' in c)).toBe(true);
    } finally {
      await h.db.query(`UPDATE tenants SET min_group_size = 5 WHERE tenant_id = $1`, [tenantId]);
    }
  });

  it('lets no private check-in note reach the figures or the CSV', async () => {
    expect(seeded.checkins.some((c) => c.note?.includes(PRIVATE_MARK))).toBe(true);
    expect((await ask({})).body).not.toContain(PRIVATE_MARK);
    expect((await ask({}, '/api/admin/outcomes.csv')).body).not.toContain(PRIVATE_MARK);
  });

  it('gives the CSV exactly the payload’s figures, suppressed cells empty with a note', async () => {
    const o = await figures({ programmeId: 'mentoring' });
    const res = await ask({ programmeId: 'mentoring' }, '/api/admin/outcomes.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/filename="tandem-outcomes_mentoring_start_today\.csv"/);
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe('figure,group,value,people,note');
    const all = cells(o);
    expect(lines.length - 1).toBe(all.length);
    const shownValues = all.flatMap(([, c]) => ('value' in c ? [`${c.value},${c.people}`] : [])).sort();
    const csvShown = lines
      .slice(1)
      .map((l) => l.split(','))
      .filter((f) => f[2] !== '')
      .map((f) => `${f[2]},${f[3]}`)
      .sort();
    expect(csvShown).toEqual(shownValues);
    const suppressed = lines.slice(1).filter((l) => l.endsWith(`suppressed: describes fewer than 5 people`));
    expect(suppressed.length).toBe(all.filter(([, c]) => 'suppressed' in c).length);
    expect(lines).toContain(
      `participation.enrolled,,${(o.participation.enrolled as { value: number }).value},${(o.participation.enrolled as { people: number }).people},`,
    );
  });

  it('refuses anyone without the Tandem.Admin role, managers included', async () => {
    for (const key of ['junior-dev', 'manager']) {
      for (const url of ['/api/admin/outcomes', '/api/admin/outcomes.csv']) {
        const res = await h.app.inject({ method: 'GET', url, headers: await as(key) });
        expect(res.statusCode, `${key} ${url}`).toBe(403);
        expect(res.json()).toMatchObject({ code: 'admin_only' });
      }
    }
    expect((await h.app.inject({ method: 'GET', url: '/api/admin/outcomes' })).statusCode).toBe(401);
  });

  it('refuses a query its schema does not allow, naming the field', async () => {
    const queries: Record<string, string>[] = [
      { level: '11' },
      { from: '2026-13-01' },
      { programmeId: 'Not An Id' },
      { colour: 'red' },
    ];
    for (const query of queries) {
      const res = await h.app.inject({
        method: 'GET',
        url: '/api/admin/outcomes',
        query,
        headers: await as('hr-admin'),
      });
      expect(res.statusCode, JSON.stringify(query)).toBe(400);
      expect(res.json()).toMatchObject({ code: 'invalid_request' });
    }
  });
});
