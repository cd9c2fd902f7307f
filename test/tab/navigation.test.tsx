// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { createFakeServer, ids } from './fakeServer';
import { renderSignedIn, tab } from './signedIn';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

afterEach(cleanup);

describe('navigation', () => {
  it('is a list of tabs in a navigation landmark: Home, Join, Requests, Meetings', async () => {
    renderSignedIn();
    const nav = screen.getByRole('navigation', { name: 'Tandem' });
    const list = within(within(nav).getByRole('tablist'));
    const tabs = list.getAllByRole('tab');
    expect(tabs).toEqual([
      list.getByRole('tab', { name: 'Home' }),
      list.getByRole('tab', { name: 'Join' }),
      list.getByRole('tab', { name: 'Requests' }),
      list.getByRole('tab', { name: 'Meetings' }),
    ]);
    expect(tab('Home').getAttribute('aria-selected')).toBe('true');
  });

  it('shows the chosen view in a tab panel named by its tab, leaving the focus on the tab', async () => {
    renderSignedIn();
    fireEvent.click(tab('Requests'));

    const title = await screen.findByRole('heading', { level: 1, name: 'Requests' });
    const panel = screen.getByRole('tabpanel', { name: 'Requests' });
    expect(panel.contains(title)).toBe(true);
    expect(tab('Requests').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).not.toBe(title);
  });

  it('shows dates in the person’s own time zone', async () => {
    const server = createFakeServer();
    server.enrol(ids.giulia, { track: 'mentoring', asMentee: true, wants: ['leadership'] });
    server.enrol(ids.luca, { track: 'mentoring', asMentor: true, offers: ['leadership'] });
    // Late on the 27th in London is already the 28th in Auckland.
    server.state.now = Date.UTC(2026, 10, 27, 12, 0);
    server.state.timeZones[ids.luca] = 'Pacific/Auckland';
    server.request(ids.giulia, { track: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    renderSignedIn({ server, as: ids.luca });
    fireEvent.click(tab('Requests'));

    expect(await screen.findByText('Sent on 28 Nov 2026. Answer by 12 Dec 2026.')).toBeTruthy();
  });
});
