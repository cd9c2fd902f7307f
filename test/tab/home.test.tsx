// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, ids } from './fakeServer';
import { renderSignedIn, section, tab } from './signedIn';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

afterEach(cleanup);

/** Giulia (Engineering, level 2) wants to learn; Luca (People, level 5) mentors in Mentoring. */
function giuliaAndLuca() {
  const server = createFakeServer();
  server.enrol(ids.giulia, {
    track: 'mentoring',
    asMentee: true,
    wants: ['leadership', 'communication'],
    goals: ['grow_as_leader'],
  });
  server.enrol(ids.luca, { track: 'mentoring', asMentor: true, offers: ['leadership'], capacity: 2 });
  return server;
}

describe('Home: mentors and mentees', () => {
  it("lists each pairing with the other person's name, the programme, the status and the date", async () => {
    const server = giuliaAndLuca();
    server.pair({ track: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    renderSignedIn({ server });

    const pairs = await section('Your mentors and mentees');
    const card = within((await pairs.findAllByRole('listitem'))[0]!);
    expect(await card.findByRole('heading', { name: 'Luca Neri' })).toBeTruthy();
    expect(card.getByText('Your mentor in Mentoring')).toBeTruthy();
    expect(card.getByText('Active')).toBeTruthy();
    expect(card.getByText('Paired since 27 Nov 2026.')).toBeTruthy();
    expect(card.getByText('HR Partner · People · Milano')).toBeTruthy();
  });

  it('says there is no mentor or mentee yet, and how to get one', async () => {
    renderSignedIn({ server: giuliaAndLuca() });
    const pairs = await section('Your mentors and mentees');
    expect(await pairs.findByText(/You have no mentor or mentee yet\. Send a request/)).toBeTruthy();
  });

  it('pauses an active pairing and says so', async () => {
    const server = giuliaAndLuca();
    server.pair({ track: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    renderSignedIn({ server });

    fireEvent.click(await screen.findByRole('button', { name: 'Pause the pairing with Luca Neri' }));

    expect(await screen.findByText('Paused. Resume whenever you are both ready.')).toBeTruthy();
    const pairs = await section('Your mentors and mentees');
    expect(await pairs.findByText('Paused')).toBeTruthy();
    expect(await pairs.findByRole('button', { name: 'Resume the pairing with Luca Neri' })).toBeTruthy();
    expect(server.state.pairs[0]?.status).toBe('paused');
  });

  it('asks before ending a pairing, and ends it only when confirmed', async () => {
    const server = giuliaAndLuca();
    server.pair({ track: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    renderSignedIn({ server });

    fireEvent.click(await screen.findByRole('button', { name: 'End the pairing with Luca Neri' }));
    const question = screen.getByRole('group', { name: /End your pairing with Luca Neri\?/ });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Keep it' }));
    expect(server.callsTo('POST', `/api/pairs/${server.state.pairs[0]!.id}/end`)).toHaveLength(0);

    fireEvent.click(within(question).getByRole('button', { name: 'End pairing' }));

    expect(await screen.findByText('Ended.')).toBeTruthy();
    expect(server.state.pairs[0]?.status).toBe('ended');
    const earlier = await section('Your mentors and mentees');
    expect(await earlier.findByRole('heading', { name: 'Earlier pairings' })).toBeTruthy();
  });

  it('lets each person confirm a pairing a programme round proposed', async () => {
    const server = giuliaAndLuca();
    server.pair({
      track: 'mentoring',
      mentorId: ids.luca,
      menteeId: ids.giulia,
      status: 'proposed',
      source: 'round',
      mentorConfirmed: true,
      menteeConfirmed: false,
    });
    renderSignedIn({ server });

    const pairs = await section('Your mentors and mentees');
    expect(await pairs.findByText('Waiting for confirmation')).toBeTruthy();
    expect(await pairs.findByRole('button', { name: 'Decline the pairing with Luca Neri' })).toBeTruthy();
    fireEvent.click(pairs.getByRole('button', { name: 'Confirm the pairing with Luca Neri' }));

    expect(await pairs.findByText('Active')).toBeTruthy();
    expect(server.state.pairs[0]).toMatchObject({ status: 'active', menteeConfirmed: true });
  });

  it('says in words why an action was refused', async () => {
    const server = giuliaAndLuca();
    const pair = server.pair({ track: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    renderSignedIn({ server });
    await screen.findByRole('button', { name: 'Pause the pairing with Luca Neri' });
    // Luca paused it in the meantime.
    pair.status = 'paused';

    fireEvent.click(screen.getByRole('button', { name: 'Pause the pairing with Luca Neri' }));

    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'This pairing changed since the page loaded. Refresh to see where it stands.',
    );
  });

  it('says what to do when pairings cannot load, and trying again recovers', async () => {
    const server = giuliaAndLuca();
    server.state.failures['GET /api/pairs'] = { code: 'internal' };
    renderSignedIn({ server });

    const pairs = await section('Your mentors and mentees');
    expect(await pairs.findByText('Something went wrong.')).toBeTruthy();
    delete server.state.failures['GET /api/pairs'];
    fireEvent.click(pairs.getByRole('button', { name: 'Try again' }));

    expect(await pairs.findByText(/You have no mentor or mentee yet/)).toBeTruthy();
  });
});

describe('Home: requests', () => {
  it('counts the requests waiting for an answer and opens Requests on the way to answer them', async () => {
    const server = giuliaAndLuca();
    server.request(ids.luca, { track: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    renderSignedIn({ server });

    const requests = await section('Requests');
    expect(await requests.findByText('One request is waiting for your answer.')).toBeTruthy();
    fireEvent.click(requests.getByRole('button', { name: 'Answer requests' }));

    // The view loads on first visit: the focus ends on the title of the loaded view.
    await screen.findByRole('region', { name: 'Requests to you' });
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Requests' })),
    );
    expect(tab('Requests').getAttribute('aria-selected')).toBe('true');
  });

  it('says when no request waits for an answer', async () => {
    renderSignedIn({ server: giuliaAndLuca() });
    const requests = await section('Requests');
    expect(await requests.findByText('No requests are waiting for your answer.')).toBeTruthy();
  });
});

describe('Home: suggestions', () => {
  it('shows suggested mentors with the score and each reason in words, adding up to the score', async () => {
    renderSignedIn({ server: giuliaAndLuca() });

    const suggestions = await section('Mentors for you in Mentoring');
    const card = within((await suggestions.findAllByRole('listitem'))[0]!);
    expect(card.getByRole('heading', { name: 'Luca Neri' })).toBeTruthy();
    expect(card.getByText('Match: 28.34 out of 100')).toBeTruthy();
    const why = within(await card.findByRole('list', { name: 'Why this match' }));
    const reasons = why.getAllByRole('listitem').map((li) => li.textContent);
    expect(reasons).toEqual([
      'They offer 1 of the 2 skills you want to learn: Leadership. +15 points',
      'Different departments: yours is Engineering, theirs is People. +3.34 points',
      'They have 2 of 2 mentee places free. +10 points',
    ]);
  });

  it('reads the reasons from the mentor’s side to a mentor', async () => {
    renderSignedIn({ server: giuliaAndLuca(), as: ids.luca });

    const suggestions = await section('Mentees for you in Mentoring');
    const card = within((await suggestions.findAllByRole('listitem'))[0]!);
    expect(card.getByRole('heading', { name: 'Giulia Bianchi' })).toBeTruthy();
    expect(await card.findByText(/You offer 1 of the 2 skills they want to learn: Leadership\./)).toBeTruthy();
    expect(card.getByText(/Different departments: yours is People, theirs is Engineering\./)).toBeTruthy();
    expect(card.getByText(/You have 2 of 2 mentee places free\./)).toBeTruthy();
  });

  it('gives the reasons in Italian to an Italian reader', async () => {
    renderSignedIn({ server: giuliaAndLuca(), language: 'it-IT' });

    const suggestions = await section('Mentor per te nel Mentoring');
    const card = within((await suggestions.findAllByRole('listitem'))[0]!);
    expect(card.getByText('Compatibilità: 28,34 su 100')).toBeTruthy();
    expect(await card.findByText(/Offre 1 delle 2 competenze che vuoi imparare: Leadership\./)).toBeTruthy();
    expect(card.getByText('+3,34 punti')).toBeTruthy();
  });

  it('says so when no one fits yet', async () => {
    const server = createFakeServer();
    server.enrol(ids.giulia, { track: 'mentoring', asMentee: true, wants: ['leadership'] });
    renderSignedIn({ server });

    const suggestions = await section('Mentors for you in Mentoring');
    expect(await suggestions.findByText(/No mentor fits you right now/)).toBeTruthy();
  });

  it('invites someone in no programme to join one, and takes them there', async () => {
    renderSignedIn();

    const suggestions = await section('Suggested for you');
    expect(await suggestions.findByText(/Join a programme to get suggestions/)).toBeTruthy();
    expect(tab('Join')).toBeTruthy();
    fireEvent.click(suggestions.getByRole('button', { name: 'Join a programme' }));

    await screen.findByRole('switch', { name: 'Take part in Mentoring' });
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Join a programme' })),
    );
  });

  it('names the programmes tab "My programmes" once the person has joined', async () => {
    renderSignedIn({ server: giuliaAndLuca() });
    await waitFor(() => expect(tab('My programmes')).toBeTruthy());
  });
});
