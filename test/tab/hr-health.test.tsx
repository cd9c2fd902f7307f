// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { PairHealth } from '../../server/hr/schemas';
import { createFakeServer, ids, people } from './fakeServer';
import { renderSignedIn } from './signedIn';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

// A view's chunk and Fluent's dialog are compiled on first use: beside other test files on two
// busy cores, that can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(cleanup);

const DAY = 86_400_000;
const summary = (id: string) => {
  const p = people.find((x) => x.id === id)!;
  return {
    id,
    displayName: p.displayName,
    jobTitle: p.jobTitle,
    department: p.department,
    officeLocation: p.officeLocation,
  };
};

/** Chiara (HR) looks at Mentoring: Luca mentors Giulia (idle), Marco (on track), and `more` young pairs. */
function programme({ more = 0 } = {}) {
  const server = createFakeServer();
  const now = server.state.now;
  const pair = (n: number, p: Partial<PairHealth>): PairHealth & { programmeId: string } => ({
    id: `00000000-0000-4000-8000-1000000000${String(n).padStart(2, '0')}`,
    programmeId: 'mentoring',
    status: 'active',
    createdAt: new Date(now - 60 * DAY + n * 60_000).toISOString(),
    pausedUntil: null,
    mentor: summary(ids.luca),
    mentee: summary(ids.giulia),
    label: 'on_track',
    reasons: [],
    lastSessionAt: new Date(now - 7 * DAY).toISOString(),
    nudgedAt: null,
    ...p,
  });
  server.hr.health = [
    pair(1, {
      label: 'needs_attention',
      lastSessionAt: null,
      reasons: [
        { code: 'no_recent_session', params: { days: 34 } },
        { code: 'low_ratings', params: { average: 2.3, ratings: 3 } },
      ],
    }),
    pair(2, { mentee: summary(ids.marco) }),
    ...Array.from({ length: more }, (_, i) =>
      pair(10 + i, { label: 'too_early', createdAt: new Date(now - DAY).toISOString(), mentee: summary(ids.marco) }),
    ),
  ];
  return server;
}

const title = (name: string) => screen.findByRole('heading', { level: 1, name });
const pairsList = async (name = 'Pairs') => within(await screen.findByRole('list', { name }));

/**
 * The question asked before ending, by its title. jsdom lays nothing out, so Fluent's focus
 * manager leaves the dialog's modal layer inactive and marks it aria-hidden: roles inside are
 * found with `hidden: true` (as test/tab/pairs.test.tsx explains).
 */
async function question(name: string) {
  const dialog = await screen.findByRole('alertdialog', { name, hidden: true });
  return within(dialog);
}

describe('Programme health', () => {
  it('lists each pair with its label, both people and why it needs attention, those needing it first', async () => {
    renderSignedIn({ server: programme(), as: ids.chiara, path: '/hr/health/mentoring' });
    await title('Programme health');
    const items = (await pairsList()).getAllByRole('listitem').filter((li) => li.parentElement?.tagName === 'UL');
    const first = within(items[0]!);
    expect(first.getByText('Needs attention')).toBeTruthy();
    expect(first.getByText('Luca Neri')).toBeTruthy();
    expect(first.getByText('Giulia Bianchi')).toBeTruthy();
    expect(first.getByText('No session held for 34 days')).toBeTruthy();
    expect(first.getByText('Check-ins rate the sessions 2.3 out of 5 for usefulness (3 ratings)')).toBeTruthy();
    expect(first.getByText(/No session in the last 8 weeks/)).toBeTruthy();
    expect(within(items.at(-1)!).getByText('On track')).toBeTruthy();
  });

  it('filters by label, with the count of each', async () => {
    const server = programme({ more: 3 });
    renderSignedIn({ server, as: ids.chiara, path: '/hr/health/mentoring' });
    fireEvent.click(await screen.findByRole('radio', { name: 'Too early (3)' }));
    await waitFor(() => expect(server.calls.at(-1)!.search.get('label')).toBe('too_early'));
    await waitFor(async () => expect((await pairsList()).queryAllByText('Too early').length).toBe(3));
    expect(screen.getByRole('radio', { name: 'All (5)' })).toBeTruthy();
    expect(screen.queryByText('Needs attention', { selector: '.fui-Badge' })).toBeNull();
  });

  it('pages through a programme of many pairs', async () => {
    renderSignedIn({ server: programme({ more: 28 }), as: ids.chiara, path: '/hr/health/mentoring' });
    expect(await screen.findByText('1–25 of 30')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('26–30 of 30')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Next' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('nudges both people, once a day', async () => {
    const server = programme();
    renderSignedIn({ server, as: ids.chiara, path: '/hr/health/mentoring' });
    const nudge = await screen.findAllByRole('button', { name: 'Nudge Luca Neri and Giulia Bianchi' });
    fireEvent.click(nudge[0]!);
    expect(await screen.findByText('Luca Neri and Giulia Bianchi were sent a reminder in Teams.')).toBeTruthy();
    expect(server.callsTo('POST', `/api/admin/pairs/${server.hr.health[0]!.id}/nudge`)).toHaveLength(1);
    fireEvent.click((await screen.findAllByRole('button', { name: 'Nudge Luca Neri and Giulia Bianchi' }))[0]!);
    expect(
      await screen.findByText('This pair was nudged in the last 24 hours: give them time to answer.'),
    ).toBeTruthy();
  });

  it('ends a pairing only after asking why, and says both were told', async () => {
    const server = programme();
    const id = server.hr.health[0]!.id;
    renderSignedIn({ server, as: ids.chiara, path: '/hr/health/mentoring' });
    fireEvent.click(
      (await screen.findAllByRole('button', { name: 'End the pairing of Luca Neri and Giulia Bianchi' }))[0]!,
    );
    const asked = await question('End the pairing of Luca Neri and Giulia Bianchi?');
    expect(asked.getByText(/remaining sessions are cancelled in both calendars/)).toBeTruthy();
    fireEvent.click(asked.getByRole('button', { name: 'End the pairing', hidden: true }));
    expect(await asked.findByText('Say why the pairing ends.')).toBeTruthy();
    expect(server.callsTo('POST', `/api/admin/pairs/${id}/end`)).toHaveLength(0);
    fireEvent.change(asked.getByRole('textbox', { hidden: true }), { target: { value: 'They asked for it' } });
    fireEvent.click(asked.getByRole('button', { name: 'End the pairing', hidden: true }));
    expect(
      await screen.findByText('The pairing of Luca Neri and Giulia Bianchi has ended; both were told.'),
    ).toBeTruthy();
    expect(server.callsTo('POST', `/api/admin/pairs/${id}/end`)[0]!.body).toEqual({ reason: 'They asked for it' });
    await waitFor(async () => expect((await pairsList()).queryByText('Needs attention')).toBeNull());
  });

  it('speaks Italian', async () => {
    renderSignedIn({ server: programme(), as: ids.chiara, path: '/hr/health/mentoring', language: 'it-IT' });
    await title('Andamento dei programmi');
    expect((await pairsList('Abbinamenti')).getByText('Da seguire')).toBeTruthy();
    expect(screen.getByText('Nessuna sessione da 34 giorni')).toBeTruthy();
  });

  it('is for HR programme owners only', async () => {
    const server = programme();
    renderSignedIn({ server, as: ids.giulia, path: '/hr/health/mentoring' });
    await title('For HR programme owners');
    expect(server.callsTo('GET', '/api/admin/programmes/mentoring/health')).toEqual([]);
  });
});
