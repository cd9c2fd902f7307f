// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../tab/app/App';
import { createFakeServer, type FakeServer } from './fakeServer';
import { resetTeams } from './fakeTeams';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

// Fluent's dialog is compiled on first use: beside other test files on two busy cores, that can
// take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  sessionStorage.clear();
  resetTeams();
});

function start(language = 'en-US', server = createFakeServer({ sandbox: true })): FakeServer {
  vi.stubGlobal('fetch', server.fetch);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(language);
  render(<App />);
  return server;
}

describe('resetting the demo from the sign-in picker', () => {
  it('says when the demo was prepared, asks before wiping it, then follows the run to the end', async () => {
    const server = start();
    const section = await screen.findByRole('region', { name: 'The demo programme' });
    expect(await within(section).findByText(/^Ready since/)).toBeTruthy();

    fireEvent.click(within(section).getByRole('button', { name: 'Reset the demo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start the demo again?', hidden: true });
    expect(dialog.textContent).toMatch(/meetings in everyone’s calendar/);
    // On the picker, tabster (jsdom has no focus layout) marks the open dialog aria-hidden; a real
    // browser shows it (test/e2e): the buttons are found regardless.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it as it is', hidden: true }));
    expect(server.callsTo('POST', '/api/sandbox/demo/reset')).toHaveLength(0);

    // The page behind the dialog is hidden from assistive technology until the dialog has closed.
    fireEvent.click(await within(section).findByRole('button', { name: 'Reset the demo' }));
    const again = await screen.findByRole('dialog', { hidden: true });
    fireEvent.click(within(again).getByRole('button', { name: 'Reset the demo', hidden: true }));
    expect(await within(section).findByText('Preparing the demo programme: step 0 of 15.')).toBeTruthy();
    expect((await within(section).findByRole('button', { name: 'Reset the demo' })).hasAttribute('disabled')).toBe(
      true,
    );
    // The status is read again while the run is under way, until it has finished.
    expect(await within(section).findByText(/^Ready since/, {}, { timeout: 3000 })).toBeTruthy();
    expect(server.callsTo('POST', '/api/sandbox/demo/reset')).toHaveLength(1);
  });

  it('is not offered when no demo was prepared (TANDEM_SANDBOX_DEMO=0)', async () => {
    const server = createFakeServer({ sandbox: true });
    server.state.demo = { ...server.state.demo, state: 'idle', done: 0, total: 0, startedAt: null, finishedAt: null };
    start('en-US', server);
    await screen.findByRole('list', { name: 'People' });
    await waitFor(() => expect(server.callsTo('GET', '/api/sandbox/demo')).toHaveLength(1));
    expect(screen.queryByRole('region', { name: 'The demo programme' })).toBeNull();
  });

  it('speaks Italian to an Italian browser', async () => {
    start('it-IT');
    const section = await screen.findByRole('region', { name: 'Il programma demo' });
    expect(within(section).getByRole('button', { name: 'Ripristina la demo' })).toBeTruthy();
  });
});
