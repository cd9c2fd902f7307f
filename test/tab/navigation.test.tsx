// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { act, cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, ids } from './fakeServer';
import { navLink, renderSignedIn, section } from './signedIn';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

// A view's chunk is compiled on first use: beside other test files on two busy cores, that can
// take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(cleanup);

// The fake server's clock is Friday, 27 November 2026, 10:00 UTC; both people live in Rome (UTC+1).
const SESSIONS = ['2026-11-20T09:00:00.000Z', '2026-12-04T09:00:00.000Z', '2026-12-11T09:00:00.000Z'];

/** Giulia (mentee) and Luca (mentor), paired, with weekly meetings booked. */
function paired() {
  const server = createFakeServer();
  server.state.timeZones[ids.luca] = 'Europe/Rome';
  server.enrol(ids.giulia, { programmeId: 'mentoring', asMentee: true, wants: ['leadership'] });
  server.enrol(ids.luca, { programmeId: 'mentoring', asMentor: true, offers: ['leadership'] });
  const pair = server.pair({ programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
  const series = server.series({ mentorId: ids.luca, menteeId: ids.giulia, pairId: pair.id, sessions: SESSIONS });
  return { server, pair, series };
}

const title = (name: string) => screen.findByRole('heading', { level: 1, name });

describe('the navigation', () => {
  it('is a list of links in a navigation landmark: Home, Join, Requests, Meetings, Home the current page', async () => {
    renderSignedIn();
    const nav = within(await screen.findByRole('navigation', { name: 'Tandem' }));
    expect(nav.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ['Join', '/programmes'],
      ['Requests', '/requests'],
      ['Meetings', '/meetings'],
    ]);
    expect((await navLink('Home')).getAttribute('aria-current')).toBe('page');
    expect((await navLink('Requests')).getAttribute('aria-current')).toBeNull();
  });

  it('opens a view at its own address, marks it as the current page and puts the focus on its title', async () => {
    renderSignedIn();
    fireEvent.click(await navLink('Requests'));

    await title('Requests');
    expect(window.location.pathname).toBe('/requests');
    // The view's own title, once its code has arrived (a stand-in with the same title may show first).
    await screen.findByRole('region', { name: 'Requests to you' });
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Requests' })),
    );
    expect((await navLink('Requests')).getAttribute('aria-current')).toBe('page');
    expect((await navLink('Home')).getAttribute('aria-current')).toBeNull();
    expect(document.title).toBe('Requests · Tandem');
  });

  it('leaves the focus where it is on the first view, which nobody navigated to', async () => {
    renderSignedIn();
    await screen.findByRole('region', { name: 'Who you are' });
    expect(document.activeElement).toBe(document.body);
  });

  it('marks Home as the current page on a pairing’s own page, which is part of it', async () => {
    const { server, pair } = paired();
    renderSignedIn({ server, path: `/pairs/${pair.id}` });
    await title('Pairing with Luca Neri');
    expect((await navLink('Home')).getAttribute('aria-current')).toBe('page');
  });

  it('shows dates in the person’s own time zone', async () => {
    const server = createFakeServer();
    server.enrol(ids.giulia, { programmeId: 'mentoring', asMentee: true, wants: ['leadership'] });
    server.enrol(ids.luca, { programmeId: 'mentoring', asMentor: true, offers: ['leadership'] });
    // Late on the 27th in London is already the 28th in Auckland.
    server.state.now = Date.UTC(2026, 10, 27, 12, 0);
    server.state.timeZones[ids.luca] = 'Pacific/Auckland';
    server.request(ids.giulia, { programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    renderSignedIn({ server, as: ids.luca });
    fireEvent.click(await navLink('Requests'));

    expect(await screen.findByText('Sent on 28 Nov 2026. Answer by 12 Dec 2026.')).toBeTruthy();
  });
});

describe('addresses', () => {
  it('open the view they name, as after a reload', async () => {
    const { server } = paired();
    renderSignedIn({ server, path: '/meetings' });
    await title('Meetings');
    expect(await section('Luca Neri')).toBeTruthy();
    expect((await navLink('Meetings')).getAttribute('aria-current')).toBe('page');
  });

  it('go back to the view before with the browser’s Back', async () => {
    renderSignedIn();
    await title('Welcome to Tandem');
    fireEvent.click(await navLink('Meetings'));
    await title('Meetings');

    act(() => window.history.back());

    const home = await title('Welcome to Tandem');
    expect(window.location.pathname).toBe('/');
    await waitFor(() => expect(document.activeElement).toBe(home));
  });

  it('show one session among the pair’s meetings, marked and with the focus', async () => {
    const { server, series } = paired();
    const session = series.occurrences[2]!;
    renderSignedIn({ server, path: `/meetings/${series.id}/sessions/${session.id}` });

    const row = (await screen.findByText('Friday, 11 December 2026, 10:00–10:45')).closest('li')!;
    await waitFor(() => expect(document.activeElement).toBe(row));
    expect(within(row).getByRole('button', { name: /^Skip the session/ })).toBeTruthy();
  });

  it('show a pair’s meetings with the focus on them', async () => {
    const { server, series } = paired();
    renderSignedIn({ server, path: `/meetings/${series.id}` });
    const meetings = await screen.findByRole('region', { name: 'Luca Neri' });
    await waitFor(() => expect(document.activeElement).toBe(meetings));
  });

  it('say so when the session a link points at is no longer listed, and show the meetings', async () => {
    const { server, series } = paired();
    renderSignedIn({ server, path: `/meetings/${series.id}/sessions/00000000-0000-4000-8000-999999999999` });
    const notice = await screen.findByText(
      'That session is no longer listed. Here are the sessions of these meetings.',
    );
    await waitFor(() => expect(document.activeElement?.contains(notice)).toBe(true));
    expect(await section('Luca Neri')).toBeTruthy();
  });

  it('show one request among the others, with the focus on it', async () => {
    const server = createFakeServer();
    server.enrol(ids.giulia, { programmeId: 'mentoring', asMentee: true, wants: ['leadership'] });
    server.enrol(ids.luca, { programmeId: 'mentoring', asMentor: true, offers: ['leadership'] });
    const request = server.request(ids.giulia, { programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    renderSignedIn({ server, as: ids.luca, path: `/requests/${request.id}` });

    const received = await section('Requests to you');
    const card = (await received.findByRole('button', { name: 'Accept the request from Giulia Bianchi' })).closest(
      'li',
    );
    await waitFor(() => expect(document.activeElement).toBe(card));
    expect((await navLink('Requests')).getAttribute('aria-current')).toBe('page');
  });

  it('show a pairing on its own page: who, its status, what can be done, and a link to its meetings', async () => {
    const { server, pair, series } = paired();
    renderSignedIn({ server, path: `/pairs/${pair.id}` });

    const card = await section('Luca Neri');
    expect(card.getByText('Your mentor in Mentoring')).toBeTruthy();
    expect(card.getByText('Active')).toBeTruthy();
    expect(await card.findByRole('button', { name: 'End the pairing with Luca Neri' })).toBeTruthy();
    fireEvent.click(await card.findByRole('link', { name: 'See the meetings' }));

    await title('Meetings');
    expect(window.location.pathname).toBe(`/meetings/${series.id}`);
  });

  it('lead from a pairing on Home to its own page', async () => {
    const { server, pair } = paired();
    renderSignedIn({ server });
    const pairs = await section('Your mentors and mentees');
    fireEvent.click(await pairs.findByRole('link', { name: 'Luca Neri' }));
    await title('Pairing with Luca Neri');
    expect(window.location.pathname).toBe(`/pairs/${pair.id}`);
  });

  it('bring the programme `?programmeId=` names into view, with the focus on it', async () => {
    renderSignedIn({ path: '/programmes?programmeId=reverse' });
    const reverse = await screen.findByRole('region', { name: 'Reverse mentoring' });
    await waitFor(() => expect(document.activeElement).toBe(reverse));
  });

  it('that are no view of Tandem say so, and lead Home', async () => {
    renderSignedIn({ path: '/somewhere/else' });
    await title('Nothing here');
    fireEvent.click(screen.getByRole('link', { name: 'Go to Home' }));
    await title('Welcome to Tandem');
  });
});

describe('a Teams deep link', () => {
  it('opens the tab at the place its subPageId names: the session, with the focus', async () => {
    const { server, series } = paired();
    const session = series.occurrences[1]!;
    renderSignedIn({ server, deepLink: `meetings/${series.id}/sessions/${session.id}` });

    expect(await title('Meetings')).toBeTruthy();
    expect(window.location.pathname).toBe(`/meetings/${series.id}/sessions/${session.id}`);
    const next = (await screen.findByRole('heading', { level: 3, name: 'Next session' })).parentElement!;
    await waitFor(() => expect(document.activeElement).toBe(next));
    expect(within(next).getByText('Friday, 4 December 2026, 10:00–10:45')).toBeTruthy();
  });

  it('leaves a reloaded tab where the person had gone since', async () => {
    const { server, series } = paired();
    renderSignedIn({ server, path: '/requests', deepLink: `meetings/${series.id}` });
    await title('Requests');
    expect(window.location.pathname).toBe('/requests');
  });

  it('opens nothing but the tab’s own paths', async () => {
    renderSignedIn({ deepLink: 'https://evil.example/meetings' });
    await title('Welcome to Tandem');
    expect(window.location.pathname).toBe('/');
  });
});

describe('when the server cannot be reached', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says so once, above the view, and keeps what was loaded on screen', async () => {
    const { server } = paired();
    renderSignedIn({ server });
    const who = await section('Who you are');
    await who.findByText('Giulia Bianchi');
    const pairs = await section('Your mentors and mentees');
    await pairs.findByRole('link', { name: 'Luca Neri' });

    // Half a minute later every answer is old: coming back to the window asks for all of them again.
    server.state.down = true;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    act(() => void window.dispatchEvent(new Event('visibilitychange')));

    // After the two retries a failure that may pass gets (1 s, then 2 s).
    await screen.findByText("Tandem can't reach its server.", {}, { timeout: 8000 });
    expect(screen.getAllByText(/can't reach its server/)).toHaveLength(1);
    expect(screen.queryByText(/Not loaded yet/)).toBeNull();
    expect(who.getByText('Giulia Bianchi')).toBeTruthy();
    expect(pairs.getByRole('link', { name: 'Luca Neri' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Tandem' })).toBeTruthy();

    server.state.down = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByText("Tandem can't reach its server.")).toBeNull());
    expect(who.getByText('Giulia Bianchi')).toBeTruthy();
  });

  it('says so once when nothing could load, not once per section', async () => {
    const server = createFakeServer();
    server.state.down = true;
    renderSignedIn({ server });
    await title('Welcome to Tandem');

    await screen.findByText("Tandem can't reach its server.", {}, { timeout: 8000 });
    expect(screen.getAllByText(/can't reach its server/)).toHaveLength(1);
    // Each section only says it is not there yet; the banner has the one retry button.
    expect(screen.getAllByText(/Not loaded yet/).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('button', { name: 'Try again' })).toHaveLength(1);
    expect(screen.getByRole('navigation', { name: 'Tandem' })).toBeTruthy();
  });
});
