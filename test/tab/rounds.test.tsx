// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Providers } from '../../tab/app/Providers';
import { SessionContext } from '../../tab/app/session';
import { RoundsView } from '../../tab/features/hr/rounds/RoundsView';
import { ApiContext, createApi } from '../../tab/lib/api';
import { localeFrom } from '../../tab/lib/i18n';
import { createQueryClient } from '../../tab/lib/queryClient';
import { createFakeServer, ids } from './fakeServer';
import { menteeName, mentorName, requestsOnly } from './fakeRounds';
import { navLink, renderSignedIn } from './signedIn';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

// The HR rounds view against the fake server (test/tab/fakeRounds.ts): a preview with its progress,
// totals, paged pairs and unmatched, locks and exclusions, running again and publishing. Chiara
// holds Tandem.Admin. The HR area's navigation (which shows the view only to admins) is the shell's.

configure({ asyncUtilTimeout: 8000 });
// Fluent's message bar watches its own size; jsdom has no ResizeObserver (signedIn.tsx does the same).
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
afterEach(cleanup);

function renderRounds({ size = 40, steps = 2, language = 'en-GB' } = {}) {
  const server = createFakeServer();
  server.rounds.size = size;
  server.rounds.steps = steps;
  server.hrProgrammes.programmes.push(requestsOnly('buddies', new Date(server.state.now).toISOString()));
  const token = server.issueToken(ids.chiara);
  const api = createApi({ getToken: async () => token, fetch: server.fetch });
  render(
    <Providers host={null} locale={localeFrom(language)}>
      <QueryClientProvider client={createQueryClient()}>
        <ApiContext value={api}>
          <SessionContext value={{ onSignInAgain: () => {}, focusFirstView: false }}>
            <RoundsView />
          </SessionContext>
        </ApiContext>
      </QueryClientProvider>
    </Providers>,
  );
  return server;
}

const pairName = (i: number) => `${menteeName(i)} with ${mentorName(Math.floor(i / 2))}`;

async function runPreview() {
  fireEvent.click(await screen.findByRole('button', { name: 'Run a preview' }));
  await screen.findByText('Best total');
}

describe('The rounds view', () => {
  it('runs a preview, shows its progress, then the best total beside greedy and one page of a 20,000-mentee round', async () => {
    const server = renderRounds({ size: 20_000, steps: 3 });
    expect(await screen.findByRole('combobox', { name: 'Programme' })).toHaveProperty('value', 'mentoring');
    // The programme that pairs only by requests is not offered.
    expect(screen.queryByRole('option', { name: 'Onboarding buddies' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Run a preview' }));
    expect(await screen.findByText(/Waiting for a worker: 0%|Applying the rules and scores: \d+%/)).toBeTruthy();

    await screen.findByText('Best total');
    expect(screen.getByText('Greedy total')).toBeTruthy();
    expect(screen.getByText(/above greedy/)).toBeTruthy();
    expect(screen.queryByText(/Waiting for a worker|Applying the rules/)).toBeNull();
    expect(await screen.findByText('1–50 of 10,000')).toBeTruthy();
    const list = within(screen.getByRole('region', { name: 'Proposed pairs' })).getAllByRole('listitem');
    expect(list).toHaveLength(50);
    // The browser never asked for more than a page.
    const pages = server.calls.filter((c) => c.path.endsWith('/pairs') || c.path.endsWith('/unmatched'));
    expect(pages.length).toBeGreaterThan(0);
    for (const c of pages) expect(Number(c.search.get('limit'))).toBeLessThanOrEqual(50);
  });

  it('pages through the pairs and finds people by name', async () => {
    const server = renderRounds({ size: 2_000, steps: 1 });
    await runPreview();
    fireEvent.click(await screen.findByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('51–100 of 1,000')).toBeTruthy();
    expect(await screen.findByText(`${menteeName(50)} ← ${mentorName(25)}`)).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search by name' }), { target: { value: 'Sara Ricci 19' } });
    await waitFor(() => expect(server.calls.some((c) => c.search.get('search') === 'Sara Ricci 19')).toBe(true));
    expect(await screen.findByText(`${menteeName(18)} ← ${mentorName(9)}`)).toBeTruthy();
    expect(screen.queryByText('51–100 of 1,000')).toBeNull();
  });

  it('excludes a pair: the round must run again before publishing, and the pair does not come back', async () => {
    renderRounds();
    await runPreview();
    fireEvent.click(await screen.findByRole('button', { name: `Exclude ${pairName(0)}` }));
    expect(await screen.findByText(/apply from the next run/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Publish' })).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByRole('button', { name: 'Run again' }));
    await waitFor(() => expect(screen.queryByText(/apply from the next run/)).toBeNull());
    await waitFor(() => expect(screen.queryByText(`${menteeName(0)} ← ${mentorName(0)}`)).toBeNull());
    expect(await screen.findByText(`${menteeName(1)} ← ${mentorName(0)}`)).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: /Your choices/ }));
    expect(await screen.findByText(`Excluded: ${pairName(0)}`)).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: /Unmatched/ }));
    expect(await screen.findByText('You excluded every mentor who fit them.')).toBeTruthy();
  });

  it('locks a pair in, and says why when a lock is refused', async () => {
    const server = renderRounds();
    await runPreview();
    const lock = await screen.findByRole('button', { name: `Lock in ${pairName(2)}` });
    fireEvent.click(lock);
    expect(await screen.findByRole('button', { name: `Unlock ${pairName(2)}` })).toHaveProperty('ariaPressed', 'true');
    server.rounds.breaking.add(
      `${server.rounds.rounds[0]!.built!.pairs[4]!.mentor.id}|${server.rounds.rounds[0]!.built!.pairs[4]!.mentee.id}`,
    );
    fireEvent.click(screen.getByRole('button', { name: `Lock in ${pairName(4)}` }));
    expect(await screen.findByText('This pair breaks a matching rule, so it cannot be locked in.')).toBeTruthy();
  });

  it('shows the unmatched with why, and the rule counts as a table', async () => {
    renderRounds();
    await runPreview();
    fireEvent.click(screen.getByRole('tab', { name: 'Unmatched (20)' }));
    const unmatched = await screen.findByRole('region', { name: 'Unmatched' });
    expect(await within(unmatched).findAllByRole('listitem')).toHaveLength(20);
    expect(within(unmatched).getAllByText('Mentors who fit them have no place left in this assignment.')).toHaveLength(
      20,
    );
    expect(within(unmatched).getAllByText(/Same reporting line 1 · Seniority direction 3/).length).toBe(20);
    fireEvent.click(screen.getByRole('tab', { name: 'Rule counts' }));
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('row', { name: /Same reporting line 40 20/ })).toBeTruthy();
  });

  it('publishes after asking, and says how many pairs were proposed', async () => {
    renderRounds();
    await runPreview();
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish this round?', hidden: true });
    expect(within(dialog).getByText(/20 pairs will be proposed/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish', hidden: true }));
    expect(await screen.findByText('Published: 20 pairs proposed.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Run again' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Exclude / })).toBeNull();
  });

  it('speaks Italian', async () => {
    renderRounds({ language: 'it-IT', steps: 1 });
    expect(await screen.findByRole('heading', { name: 'Round di abbinamento' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Calcola un’anteprima' }));
    expect(await screen.findByText('Totale migliore')).toBeTruthy();
    expect(await screen.findByRole('button', { name: `Escludi ${menteeName(0)} con ${mentorName(0)}` })).toBeTruthy();
  });

  it("is the HR area's Rounds view, at /hr/rounds", async () => {
    renderSignedIn({ as: ids.chiara, path: '/hr/rounds' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Matching rounds' })).toBeTruthy();
    expect((await navLink('Rounds')).getAttribute('href')).toBe('/hr/rounds');
  });
});
