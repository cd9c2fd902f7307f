// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, ids, type FakeServer } from './fakeServer';
import { renderSignedIn, section, tab } from './signedIn';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

afterEach(cleanup);

async function openJoin(options: { server?: FakeServer; as?: string; language?: string } = {}) {
  const rendered = renderSignedIn(options);
  fireEvent.click(await waitFor(() => tab(/^(Join|My programmes|Partecipa|I miei programmi)$/)));
  return rendered;
}

function checked(el: HTMLElement): boolean {
  return (el as HTMLInputElement).checked;
}

describe('Join', () => {
  it('starts every programme switched off, then pre-fills it from the server’s draft', async () => {
    await openJoin();
    const mentoring = await section('Mentoring');
    const on = await mentoring.findByRole('switch', { name: 'Take part in Mentoring' });
    expect(checked(on)).toBe(false);
    expect(mentoring.queryByRole('group', { name: 'Take part as' })).toBeNull();

    fireEvent.click(on);

    const roles = within(mentoring.getByRole('group', { name: 'Take part as' }));
    // Giulia is at level 2: a mentee in mentoring, too junior to mentor there.
    expect(checked(roles.getByRole('checkbox', { name: /^Mentee/ }))).toBe(true);
    expect(checked(roles.getByRole('checkbox', { name: /^Mentor/ }))).toBe(false);
    const languages = within(mentoring.getByRole('group', { name: 'Languages you can meet in' }));
    expect(checked(languages.getByRole('checkbox', { name: 'Italian (Italy)' }))).toBe(true);
    expect(checked(languages.getByRole('checkbox', { name: 'British English' }))).toBe(true);
    expect(checked(mentoring.getByRole('radio', { name: 'Every two weeks' }))).toBe(true);
    expect(checked(mentoring.getByRole('radio', { name: '45 minutes' }))).toBe(true);
  });

  it('groups skills by family', async () => {
    await openJoin();
    const mentoring = await section('Mentoring');
    fireEvent.click(await mentoring.findByRole('switch', { name: 'Take part in Mentoring' }));

    const wants = within(await mentoring.findByRole('group', { name: 'Skills you want to learn' }));
    expect(wants.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual([
      'Technical',
      'People skills',
      'Digital',
    ]);
    expect(
      within(wants.getByRole('group', { name: 'People skills' })).getByRole('checkbox', { name: 'Leadership' }),
    ).toBeTruthy();
  });

  it('joins as a mentee with skills and goals, says so, and leads to the suggestions', async () => {
    const { server } = await openJoin();
    const mentoring = await section('Mentoring');
    fireEvent.click(await mentoring.findByRole('switch', { name: 'Take part in Mentoring' }));
    fireEvent.click(await mentoring.findByRole('checkbox', { name: 'Leadership' }));
    fireEvent.click(mentoring.getByRole('checkbox', { name: 'Grow as a leader' }));
    fireEvent.click(mentoring.getByRole('radio', { name: 'Every week' }));
    fireEvent.click(mentoring.getByRole('radio', { name: '1 hour' }));

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('You take part in Mentoring as a mentee.')).toBeTruthy();
    expect(server.callsTo('PUT', '/api/enrolments/mentoring').map((c) => c.body)).toEqual([
      {
        asMentor: false,
        asMentee: true,
        offers: ['data_analysis'],
        wants: ['leadership'],
        goals: ['grow_as_leader'],
        languages: ['it-IT', 'en-GB'],
        cadence: 'weekly',
        meetingMinutes: 60,
        capacity: 2,
        paused: false,
      },
    ]);
    expect(server.callsTo('PUT', '/api/enrolments/reverse')).toHaveLength(0);
    await waitFor(() => expect(tab('My programmes')).toBeTruthy());

    fireEvent.click(screen.getByRole('button', { name: 'See your suggestions' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Tandem' })).toBeTruthy();
    expect(await screen.findByRole('region', { name: 'Mentors for you in Mentoring' })).toBeTruthy();
  });

  it('joins as a mentor with the skills offered and the number of mentees', async () => {
    const { server } = await openJoin({ as: ids.luca });
    const mentoring = await section('Mentoring');
    fireEvent.click(await mentoring.findByRole('switch', { name: 'Take part in Mentoring' }));
    const roles = within(mentoring.getByRole('group', { name: 'Take part as' }));
    fireEvent.click(roles.getByRole('checkbox', { name: /^Mentee/ }));
    fireEvent.click(roles.getByRole('checkbox', { name: /^Mentor/ }));
    const offers = within(await mentoring.findByRole('group', { name: 'Skills you can offer' }));
    fireEvent.click(offers.getByRole('checkbox', { name: 'Public speaking' }));
    fireEvent.change(mentoring.getByRole('combobox', { name: 'Mentees at a time' }), { target: { value: '3' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('You take part in Mentoring as a mentor.')).toBeTruthy();
    expect(server.state.enrolments).toEqual([
      expect.objectContaining({
        personId: ids.luca,
        track: 'mentoring',
        asMentor: true,
        asMentee: false,
        offers: ['public_speaking'],
        capacity: 3,
      }),
    ]);
  });

  it('shows a refused answer next to its field and in a summary that takes the focus', async () => {
    await openJoin();
    const mentoring = await section('Mentoring');
    fireEvent.click(await mentoring.findByRole('switch', { name: 'Take part in Mentoring' }));
    const languages = within(mentoring.getByRole('group', { name: 'Languages you can meet in' }));
    fireEvent.click(languages.getByRole('checkbox', { name: 'Italian (Italy)' }));
    fireEvent.click(languages.getByRole('checkbox', { name: 'British English' }));

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toBe('Not saved yet.Mentoring: Choose between 1 and 6 languages.');
    await waitFor(() => expect(summary.parentElement?.contains(document.activeElement)).toBe(true));
    const group = mentoring.getByRole('group', { name: 'Languages you can meet in' });
    expect(within(group).getByText('Choose between 1 and 6 languages.')).toBeTruthy();
    expect(group.getAttribute('aria-describedby')).toContain(
      within(group).getByText('Choose between 1 and 6 languages.').id,
    );
  });

  it('explains in words a role the person’s seniority does not allow', async () => {
    await openJoin();
    const reverse = await section('Reverse mentoring');
    fireEvent.click(await reverse.findByRole('switch', { name: 'Take part in Reverse mentoring' }));
    // Giulia is junior: the draft makes her a reverse mentor; she asks to be a mentee instead.
    const roles = within(reverse.getByRole('group', { name: 'Take part as' }));
    fireEvent.click(roles.getByRole('checkbox', { name: /^Mentee/ }));
    fireEvent.click(roles.getByRole('checkbox', { name: /^Mentor/ }));

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const words =
      'In Reverse mentoring, mentees are at seniority levels 6 to 10, and yours is 2. Choose the other role.';
    expect((await screen.findByRole('alert')).textContent).toContain(words);
    expect(within(reverse.getByRole('group', { name: 'Take part as' })).getByText(words)).toBeTruthy();
  });

  it('says what to do when the person is not placed in the organisation yet', async () => {
    const server = createFakeServer();
    server.state.levels[ids.giulia] = null;
    await openJoin({ server });
    const mentoring = await section('Mentoring');
    fireEvent.click(await mentoring.findByRole('switch', { name: 'Take part in Mentoring' }));
    fireEvent.click(mentoring.getByRole('checkbox', { name: /^Mentee/ }));

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Tandem does not know your place in the organisation yet',
    );
  });

  it('asks to choose a programme when none is switched on', async () => {
    const { server } = await openJoin();
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Choose at least one programme, then save.');
    expect(server.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('pauses a programme that is switched off, keeping the answers', async () => {
    const server = createFakeServer();
    server.enrol(ids.giulia, { track: 'mentoring', asMentee: true, wants: ['leadership'] });
    await openJoin({ server });
    expect(await screen.findByRole('heading', { level: 1, name: 'My programmes' })).toBeTruthy();
    const mentoring = await section('Mentoring');
    const on = await mentoring.findByRole('switch', { name: 'Take part in Mentoring' });
    expect(checked(on)).toBe(true);
    fireEvent.click(on);

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Mentoring is paused.')).toBeTruthy();
    expect(server.state.enrolments[0]).toMatchObject({ paused: true, wants: ['leadership'] });
    expect(await mentoring.findByText(/You have paused this programme/)).toBeTruthy();
  });

  it('says what to do when the programmes cannot load, and trying again recovers', async () => {
    const server = createFakeServer();
    server.state.failures['GET /api/enrolments'] = { code: 'identity_unavailable' };
    await openJoin({ server });

    expect(await screen.findByText("Tandem can't reach its server.")).toBeTruthy();
    delete server.state.failures['GET /api/enrolments'];
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('switch', { name: 'Take part in Mentoring' })).toBeTruthy();
  });

  it('speaks Italian, with language names in Italian', async () => {
    await openJoin({ language: 'it-IT' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Partecipa a un programma' })).toBeTruthy();
    const mentoring = await section('Mentoring');
    fireEvent.click(await mentoring.findByRole('switch', { name: 'Partecipa al Mentoring' }));
    const languages = within(mentoring.getByRole('group', { name: 'Lingue in cui puoi incontrarti' }));
    expect(checked(languages.getByRole('checkbox', { name: 'italiano (Italia)' }))).toBe(true);
  });
});
