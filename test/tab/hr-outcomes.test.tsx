// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { Providers } from '../../tab/app/Providers';
import { SessionContext } from '../../tab/app/session';
import { OutcomesView } from '../../tab/features/hr/outcomes/OutcomesView';
import { ApiContext, createApi } from '../../tab/lib/api';
import { localeFrom } from '../../tab/lib/i18n';
import { createQueryClient } from '../../tab/lib/queryClient';
import { createFakeServer, ids, type FakeServer } from './fakeServer';
import './signedIn';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

// The view's chunk and the charts' code compile on first use: slow beside other test files.
configure({ asyncUtilTimeout: 10_000 });
afterEach(cleanup);

// The outcomes view as HR sees it, against the fake server (fakeOutcomes.ts), whose figures go
// through the server's own group-size rule: whatever the API hides, the view says why.

function renderOutcomes({
  server = createFakeServer(),
  as = ids.chiara as string,
  language = 'en-GB',
}: { server?: FakeServer; as?: string; language?: string } = {}) {
  const token = server.issueToken(as);
  const api = createApi({ getToken: async () => token, fetch: server.fetch });
  render(
    <Providers host={null} locale={localeFrom(language)}>
      <QueryClientProvider client={createQueryClient()}>
        <ApiContext value={api}>
          <SessionContext value={{ onSignInAgain: () => {}, focusFirstView: false }}>
            <OutcomesView />
          </SessionContext>
        </ApiContext>
      </QueryClientProvider>
    </Providers>,
  );
  return server;
}

const region = async (name: string | RegExp) => within(await screen.findByRole('region', { name }));
const table = (scope: ReturnType<typeof within>, caption: string | RegExp) =>
  within(scope.getByRole('table', { name: caption }));
/** The cells of a table's row, by the row's header. */
const rowOf = (t: ReturnType<typeof within>, name: string | RegExp) =>
  within(t.getByRole('rowheader', { name }).closest('tr')!)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('the Outcomes view', () => {
  it('shows each figure in a table beside its chart, and says why a hidden one is hidden', async () => {
    renderOutcomes();
    await screen.findByRole('heading', { level: 1, name: 'Outcomes' });
    const participation = await region('Participation');
    const summary = table(participation, 'Participation');
    expect(rowOf(summary, 'People enrolled')).toEqual(['48']);
    expect(rowOf(summary, 'Pairs active today')).toEqual(['14']);
    // By department (the tab shown first): Legal's 3 participants and 4 people are hidden.
    const departments = table(participation, /by department/);
    expect(rowOf(departments, 'Engineering')).toEqual(['22', '46%', '60', '51%']);
    expect(rowOf(departments, 'Legal')).toEqual([
      'Hidden: fewer than 5 people',
      'Hidden: fewer than 5 people',
      'Hidden: fewer than 5 people',
      'Hidden: fewer than 5 people',
    ]);
    expect(participation.getByText(/Chart: Participants beside the organisation, by department/)).toBeTruthy();

    const meetings = table(await region('Meetings held against planned'), 'Meetings held against planned');
    expect(rowOf(meetings, 'Planned')).toEqual(['120']);
    expect(rowOf(meetings, 'Held')).toEqual(['84']);

    // Week 4 of the learning curve describes 4 mentees: hidden.
    const curve = table(await region('Learning curve'), 'Learning curve');
    expect(rowOf(curve, 'Week 2')).toEqual(['5', '12', '20']);
    expect(rowOf(curve, 'Week 4')).toEqual(Array(3).fill('Hidden: fewer than 5 people'));

    const surveys = table(await region('Pulse surveys'), 'Pulse surveys');
    expect(rowOf(surveys, 'Start')).toEqual(['2.8', '3.9', '+20']);
    expect(rowOf(surveys, 'End')).toEqual(Array(3).fill('Hidden: fewer than 5 people'));

    const retention = table(await region('Retention'), 'Retention');
    expect(rowOf(retention, 'After 6 months')).toEqual(['97%', '30', '90%', '80']);
    expect(rowOf(retention, 'After 12 months')).toEqual([
      'Hidden: fewer than 5 people',
      'Hidden: fewer than 5 people',
      '80%',
      '20',
    ]);
  });

  it('switches the breakdown to offices, levels and generations', async () => {
    renderOutcomes();
    const participation = await region('Participation');
    fireEvent.click(participation.getByRole('tab', { name: 'Office' }));
    expect(rowOf(table(participation, /by office/), 'Milano')).toEqual(['30', '63%', '70', '60%']);
    fireEvent.click(participation.getByRole('tab', { name: 'Generation' }));
    expect(rowOf(table(participation, /by generation/), 'Hired in the 2010s')).toEqual(['36', '75%', '77', '66%']);
  });

  it('asks again with each filter chosen, and can clear them', async () => {
    const server = renderOutcomes();
    await region('Participation');
    fireEvent.change(screen.getByRole('combobox', { name: 'Programme' }), { target: { value: 'reverse' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Department' }), { target: { value: 'Sales' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Level' }), { target: { value: '6' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-01' } });
    await waitFor(() =>
      expect(Object.fromEntries(server.callsTo('GET', '/api/admin/outcomes').at(-1)!.search)).toEqual({
        programmeId: 'reverse',
        department: 'Sales',
        level: '6',
        from: '2026-01-01',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    // Back to everyone: the figures first asked for (still in the cache) come back.
    await waitFor(() => expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Programme' }).value).toBe(''));
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Level' }).value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('From').value).toBe('');
    expect(rowOf(table(await region('Participation'), 'Participation'), 'People enrolled')).toEqual(['48']);
  });

  it('downloads the CSV of the same filters', async () => {
    const server = renderOutcomes();
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (created.push(blob), 'blob:outcomes');
    URL.revokeObjectURL = () => {};
    await region('Participation');
    fireEvent.change(screen.getByRole('combobox', { name: 'Programme' }), { target: { value: 'mentoring' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(Object.fromEntries(server.callsTo('GET', '/api/admin/outcomes.csv')[0]!.search)).toEqual({
      programmeId: 'mentoring',
    });
    const text = await created[0]!.text();
    expect(text.split('\r\n')[0]).toBe('figure,group,value,people,note');
    expect(text).toContain('participation.breakdown.department.participants,Legal,,,suppressed');
  });

  it('follows a higher limit: a figure over fewer people than it is hidden', async () => {
    const server = createFakeServer();
    server.outcomes.counts.limit = 25;
    renderOutcomes({ server });
    const summary = table(await region('Participation'), 'Participation');
    expect(rowOf(summary, 'People enrolled')).toEqual(['48']);
    expect(rowOf(summary, 'Mentors')).toEqual(['Hidden: fewer than 25 people']);
    expect(screen.getByText('Figures about fewer than 25 people are hidden.')).toBeTruthy();
  });

  it('shows nothing but a refusal to anyone else (the API answers 403 admin_only)', async () => {
    const server = renderOutcomes({ as: ids.giulia as string });
    expect(await screen.findByText("You don't have access to this.")).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Participation' })).toBeNull();
    expect(server.callsTo('GET', '/api/admin/outcomes')).toHaveLength(1);
  });

  it('speaks Italian', async () => {
    renderOutcomes({ language: 'it-IT' });
    await screen.findByRole('heading', { level: 1, name: 'Risultati' });
    const participation = await region('Partecipazione');
    expect(rowOf(table(participation, /per reparto/), 'Legal')[0]).toBe('Nascosto: meno di 5 persone');
    expect(screen.getByRole('button', { name: 'Scarica CSV' })).toBeTruthy();
  });
});
