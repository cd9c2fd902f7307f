// @vitest-environment jsdom
import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, ids } from './fakeServer';
import { navLink, renderSignedIn, section } from './signedIn';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

// Home's next step reads sessions against the tab's clock: here it is the fake server's.
const NOW = Date.UTC(2026, 10, 27, 10, 0);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Giulia (Engineering, level 2) wants to learn; Luca (People, level 5) mentors in Mentoring. */
function giuliaAndLuca() {
  const server = createFakeServer();
  server.enrol(ids.giulia, {
    programmeId: 'mentoring',
    asMentee: true,
    wants: ['leadership', 'communication'],
    goals: ['grow_as_leader'],
  });
  server.enrol(ids.luca, { programmeId: 'mentoring', asMentor: true, offers: ['leadership'], capacity: 2 });
  return server;
}

/** Giulia, the first mentee of Mentoring: no mentor has joined. */
function firstMentee() {
  const server = createFakeServer();
  server.enrol(ids.giulia, { programmeId: 'mentoring', asMentee: true, wants: ['leadership'] });
  return server;
}

const nextStep = async () => within(await screen.findByRole('region', { name: 'Your next step' }, { timeout: 5000 }));

describe('Home: the next step', () => {
  it('asks someone in no programme to join one, and takes them there, with no empty sections around it', async () => {
    renderSignedIn();

    const step = await nextStep();
    expect(step.getByText('Find a mentor, or become one')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Suggested for you' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Your mentors and mentees' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Requests' })).toBeNull();
    fireEvent.click(step.getByRole('link', { name: 'Join a programme' }));

    await screen.findByRole('switch', { name: 'Take part in Mentoring' });
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Join a programme' })),
    );
  });

  it('asks a mentee with mentors to choose from to choose one, and brings the suggestions into view', async () => {
    renderSignedIn({ server: giuliaAndLuca() });

    const step = await nextStep();
    expect(step.getByText('Choose your mentor in Mentoring')).toBeTruthy();
    expect(step.getByText(/One person fits what you want to learn/)).toBeTruthy();
    fireEvent.click(step.getByRole('button', { name: 'See the suggestions' }));

    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Suggested for you' }));
    expect(await section('Mentors for you in Mentoring')).toBeTruthy();
  });

  it('tells the person who received a request who asked, and opens that request to answer it', async () => {
    const server = giuliaAndLuca();
    const request = server.request(ids.luca, { programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    renderSignedIn({ server });

    const step = await nextStep();
    expect(step.getByText('Luca Neri offers to mentor you in Mentoring')).toBeTruthy();
    expect(step.getByRole('link', { name: 'Answer' }).getAttribute('href')).toBe(`/requests/${request.id}`);
  });

  it('tells a mentor who a mentee would like them, in their words', async () => {
    const server = giuliaAndLuca();
    server.request(ids.giulia, { programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    renderSignedIn({ server, as: ids.luca });

    const step = await nextStep();
    expect(step.getByText('Giulia Bianchi would like you as their mentor in Mentoring')).toBeTruthy();
  });

  it('tells the person who sent a request that it waits for an answer, and until when', async () => {
    const server = giuliaAndLuca();
    const request = server.request(ids.giulia, { programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    renderSignedIn({ server });

    const step = await nextStep();
    expect(step.getByText('Waiting for Luca Neri’s answer')).toBeTruthy();
    expect(
      step.getByText(/You asked Luca Neri to be your mentor in Mentoring\. The request stays open until/),
    ).toBeTruthy();
    expect(step.getByRole('link', { name: 'See your request' }).getAttribute('href')).toBe(`/requests/${request.id}`);
  });

  it('puts a paired person’s next session first, with its Teams link, and no more suggestions of mentors', async () => {
    const server = giuliaAndLuca();
    server.pair({ programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    const series = server.series({ mentorId: ids.luca, menteeId: ids.giulia, sessions: [iso(NOW + 48 * HOUR)] });
    renderSignedIn({ server });

    const step = await nextStep();
    expect(step.getByText('Next session with Luca Neri')).toBeTruthy();
    expect(step.getByRole('link', { name: /Join/ }).getAttribute('href')).toBe(series.joinUrl);
    expect(step.getByRole('link', { name: 'See the session' }).getAttribute('href')).toBe(
      `/meetings/${series.id}/sessions/${series.occurrences[0]!.id}`,
    );
    expect(await section('Your mentors and mentees')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Suggested for you' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Mentors for you in Mentoring' })).toBeNull();
  });

  it('says a session is about to start when it starts within the hour', async () => {
    const server = giuliaAndLuca();
    server.pair({ programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    server.series({ mentorId: ids.luca, menteeId: ids.giulia, sessions: [iso(NOW + HOUR / 2)] });
    renderSignedIn({ server });

    expect((await nextStep()).getByText('Your session with Luca Neri starts soon')).toBeTruthy();
  });

  it('asks how the last session went until the person has checked in', async () => {
    const server = giuliaAndLuca();
    server.pair({ programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    const series = server.series({
      mentorId: ids.luca,
      menteeId: ids.giulia,
      sessions: [iso(NOW - 24 * HOUR), iso(NOW + 6 * 24 * HOUR)],
    });
    renderSignedIn({ server });

    const step = await nextStep();
    expect(step.getByText('How did your session with Luca Neri go?')).toBeTruthy();
    expect(step.getByRole('link', { name: 'Check in' }).getAttribute('href')).toBe(
      `/meetings/${series.id}/sessions/${series.occurrences[0]!.id}`,
    );
  });

  it('says a new pair is being booked when it has no session yet', async () => {
    const server = giuliaAndLuca();
    const pair = server.pair({ programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    renderSignedIn({ server });

    const step = await nextStep();
    expect(step.getByText('You are paired with Luca Neri')).toBeTruthy();
    expect(step.getByRole('link', { name: 'See the pairing' }).getAttribute('href')).toBe(`/pairs/${pair.id}`);
  });

  it('gives the next step in Italian to an Italian reader', async () => {
    renderSignedIn({ server: giuliaAndLuca(), language: 'it-IT' });
    const step = await section('Il prossimo passo');
    expect(step.getByText('Scegli chi ti farà da mentor nel Mentoring')).toBeTruthy();
  });
});

describe('Home: the first mentee', () => {
  it('says they are on the list, not that no one fits, and shows no empty suggestions', async () => {
    renderSignedIn({ server: firstMentee() });

    const step = await nextStep();
    expect(step.getByText('You are on the list for a mentor in Mentoring')).toBeTruthy();
    expect(step.getByText(/We will tell you in Teams when one joins/)).toBeTruthy();
    expect(screen.queryByText(/No mentor fits you right now/)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Suggested for you' })).toBeNull();
  });

  it('invites a colleague found by name to mentor, and says they were told', async () => {
    const server = firstMentee();
    renderSignedIn({ server });

    const step = await nextStep();
    fireEvent.change(step.getByRole('searchbox', { name: 'Find a colleague' }), { target: { value: 'luca' } });
    const found = within(await step.findByRole('list', { name: 'Colleagues' }));
    expect(found.getByText('HR Partner · People · Milano')).toBeTruthy();
    fireEvent.click(found.getByRole('button', { name: 'Invite Luca Neri to mentor' }));

    const told = await step.findByRole('status');
    expect(told.textContent).toBe(
      'We let Luca Neri know. If they join as a mentor, they will show among your suggestions.',
    );
    expect(server.callsTo('POST', '/api/invitations').map((c) => c.body)).toEqual([
      { personId: ids.luca, programmeId: 'mentoring' },
    ]);
    expect(found.getByRole('button', { name: 'Invited' })).toHaveProperty('disabled', true);
  });

  it('never lists the reader among the colleagues to invite', async () => {
    renderSignedIn({ server: firstMentee() });
    const step = await nextStep();
    fireEvent.change(step.getByRole('searchbox', { name: 'Find a colleague' }), { target: { value: 'giulia' } });
    expect(await step.findByText('No one in your organisation is called “giulia”.')).toBeTruthy();
  });

  it('says in words why a colleague cannot be invited', async () => {
    renderSignedIn({ server: firstMentee() });
    const step = await nextStep();
    // Marco is a junior developer: mentors in Mentoring are more senior.
    fireEvent.change(step.getByRole('searchbox', { name: 'Find a colleague' }), { target: { value: 'marco' } });
    fireEvent.click(await step.findByRole('button', { name: 'Invite Marco Verdi to mentor' }));

    expect((await step.findByRole('alert')).textContent).toBe(
      'Marco Verdi cannot mentor in Mentoring today: mentors there are more senior colleagues.',
    );
  });

  it.each([
    ['already_invited', 'You invited Luca Neri in the last two weeks. Give them time to answer.'],
    ['already_mentoring', 'Luca Neri already mentors in Mentoring, so there is no need to invite them.'],
    ['too_many_invitations', 'You have sent ten invitations in the last day. Try again tomorrow.'],
    ['cannot_invite_yourself', 'You cannot invite yourself. Choose a colleague.'],
  ] as const)('says what %s means', async (code, words) => {
    const server = firstMentee();
    server.state.failures['POST /api/invitations'] = { code };
    renderSignedIn({ server });
    const step = await nextStep();
    fireEvent.change(step.getByRole('searchbox', { name: 'Find a colleague' }), { target: { value: 'luca' } });
    fireEvent.click(await step.findByRole('button', { name: 'Invite Luca Neri to mentor' }));
    expect((await step.findByRole('alert')).textContent).toBe(words);
  });

  it('offers the same invitation among the suggestions of the Requests view', async () => {
    renderSignedIn({ server: firstMentee(), path: '/requests' });
    const list = await section('Mentors for you in Mentoring');
    expect(await list.findByText('You are on the list for a mentor in Mentoring')).toBeTruthy();
    expect(list.getByRole('searchbox', { name: 'Find a colleague' })).toBeTruthy();
  });
});

describe('Home: who you are and how people appear', () => {
  it('shows name, job title, department and office, but no organisation id or level', async () => {
    renderSignedIn({ server: giuliaAndLuca() });

    const who = await section('Who you are');
    expect(await who.findByText('Giulia Bianchi')).toBeTruthy();
    expect(who.getByText('Software Engineer')).toBeTruthy();
    expect(who.getByText('Engineering')).toBeTruthy();
    expect(who.getByText('Milano')).toBeTruthy();
    expect(who.getAllByRole('term').map((term) => term.textContent)).toEqual(['Department', 'Office', 'Sign-in name']);
    expect(screen.queryByText(/Organisation ID|Level/)).toBeNull();
    expect(document.body.textContent).not.toContain('11111111-2222-3333-4444-555555555555');
  });

  it('shows a colleague’s profile photo on their card, and the initials of someone without one', async () => {
    renderSignedIn({ server: giuliaAndLuca() });

    const suggestions = await section('Mentors for you in Mentoring');
    const card = (await suggestions.findAllByRole('listitem'))[0]!;
    expect(within(card).getByRole('heading', { name: 'Luca Neri' })).toBeTruthy();
    expect(within(card).getByText('HR Partner · People · Milano')).toBeTruthy();
    // Luca has a photo: it comes through the API (with the token) and shows as an image.
    await waitFor(() => expect(card.querySelector('img')?.getAttribute('src')).toMatch(/^data:image\/png;base64,/));
    // Giulia has none: her initials stand in.
    const who = await section('Who you are');
    expect(who.getByText('GB')).toBeTruthy();
    expect(document.querySelector('[aria-labelledby="who-you-are"] img')).toBeNull();
  });
});

describe('Home: sections', () => {
  it('lists each pairing with the other person’s name and job', async () => {
    const server = giuliaAndLuca();
    server.pair({ programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    renderSignedIn({ server });

    const pairs = await section('Your mentors and mentees');
    const card = within((await pairs.findAllByRole('listitem'))[0]!);
    expect(await card.findByRole('heading', { name: 'Luca Neri' })).toBeTruthy();
    expect(card.getByText('Your mentor in Mentoring')).toBeTruthy();
    expect(card.getByText('HR Partner · People · Milano')).toBeTruthy();
  });

  it('says what to do when pairings cannot load, and trying again recovers', async () => {
    const server = giuliaAndLuca();
    server.pair({ programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    server.state.failures['GET /api/pairs'] = { code: 'internal' };
    renderSignedIn({ server });

    const pairs = await section('Your mentors and mentees');
    expect(await pairs.findByText('Something went wrong.')).toBeTruthy();
    delete server.state.failures['GET /api/pairs'];
    fireEvent.click(pairs.getByRole('button', { name: 'Try again' }));

    expect(await pairs.findByRole('heading', { name: 'Luca Neri' })).toBeTruthy();
  });

  it('keeps suggesting mentees to a mentor with a free place', async () => {
    const server = giuliaAndLuca();
    server.enrol(ids.marco, { programmeId: 'mentoring', asMentee: true, wants: ['leadership'] });
    server.pair({ programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    renderSignedIn({ server, as: ids.luca });

    const suggestions = await section('Mentees for you in Mentoring');
    expect(await suggestions.findByRole('heading', { name: 'Marco Verdi' })).toBeTruthy();
  });

  it('names the programmes view "My programmes" in the navigation once the person has joined', async () => {
    renderSignedIn({ server: giuliaAndLuca() });
    expect(await navLink('My programmes')).toBeTruthy();
  });
});
