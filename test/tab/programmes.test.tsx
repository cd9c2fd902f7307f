// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, ids, type FakeServer } from './fakeServer';
import { navLink, renderSignedIn, section } from './signedIn';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

afterEach(cleanup);

// Fluent's focus manager (tabster) looks for NodeFilter on the global object, which jsdom keeps on window.
globalThis.NodeFilter ??= window.NodeFilter;

async function openJoin(options: { server?: FakeServer; as?: string; language?: string; joined?: boolean } = {}) {
  const rendered = renderSignedIn(options);
  // The link's name follows whether the person has joined: wait for the final one before clicking it.
  const names = { en: ['Join', 'My programmes'], it: ['Partecipa', 'I miei programmi'] };
  const name = names[options.language?.startsWith('it') ? 'it' : 'en'][options.joined ? 1 : 0]!;
  fireEvent.click(await navLink(name));
  // The view's code loads on the first visit, which in a test file's first test takes a while.
  await screen.findByRole('switch', { name: /^(Take part in|Partecipa al) Mentoring$/ }, { timeout: 10_000 });
  return rendered;
}

function checked(el: HTMLElement): boolean {
  return (el as HTMLInputElement).checked;
}

type Region = Awaited<ReturnType<typeof section>>;

/** Types into a picker and chooses the option, as a person does. */
async function choose(region: Region, picker: string | RegExp, typed: string, option: string) {
  const input = await region.findByRole('combobox', { name: picker });
  fireEvent.click(input);
  fireEvent.change(input, { target: { value: typed } });
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

/** What a picker holds, by the names of its tags. */
function chosen(region: Region, picker: string): string[] {
  return within(region.getByRole('listbox', { name: `${picker}: chosen` }))
    .queryAllByRole('option')
    .map((o) => o.querySelector('.fui-Tag__primaryText')?.textContent ?? '');
}

async function switchOn(programme: string) {
  const region = await section(programme);
  fireEvent.click(await region.findByRole('switch', { name: `Take part in ${programme}` }));
  return region;
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
    expect(checked(mentoring.getByRole('radio', { name: 'Every two weeks' }))).toBe(true);
    expect(checked(mentoring.getByRole('radio', { name: '45 minutes' }))).toBe(true);
  });

  it('names languages as people say them, one box per language', async () => {
    await openJoin();
    const mentoring = await switchOn('Mentoring');

    const languages = within(mentoring.getByRole('group', { name: 'Languages you can meet in' }));
    expect(languages.getAllByRole('checkbox').map((box) => (box as HTMLInputElement).labels?.[0]?.textContent)).toEqual(
      ['Italian', 'English', 'French', 'German', 'Spanish'],
    );
    expect(checked(languages.getByRole('checkbox', { name: 'Italian' }))).toBe(true);
    expect(checked(languages.getByRole('checkbox', { name: 'English' }))).toBe(true);
  });

  it('shows a role the person cannot take disabled, with the reason, before they try', async () => {
    await openJoin();
    const mentoring = await switchOn('Mentoring');

    const mentor = within(mentoring.getByRole('group', { name: 'Take part as' })).getByRole('checkbox', {
      name: /^Mentor/,
    });
    expect((mentor as HTMLInputElement).disabled).toBe(true);
    const reason = document.getElementById(mentor.getAttribute('aria-describedby')!);
    expect(reason?.textContent).toBe('Mentors in Mentoring are more senior than you today; mentee is open to you.');
  });

  it('starts a senior person’s draft as a mentor, the mentee role closed with its reason', async () => {
    await openJoin({ as: ids.chiara });
    const mentoring = await switchOn('Mentoring');

    const roles = within(mentoring.getByRole('group', { name: 'Take part as' }));
    expect(checked(roles.getByRole('checkbox', { name: /^Mentor/ }))).toBe(true);
    const mentee = roles.getByRole('checkbox', { name: /^Mentee/ });
    expect(checked(mentee)).toBe(false);
    expect((mentee as HTMLInputElement).disabled).toBe(true);
    expect(roles.getByText('Mentees in Mentoring are less senior than you; mentor is open to you.')).toBeTruthy();
    expect(await mentoring.findByRole('combobox', { name: 'Skills you can offer' })).toBeTruthy();
  });

  it('finds skills by typing part of their name, lists them by family, and shows the chosen as tags', async () => {
    await openJoin();
    const mentoring = await switchOn('Mentoring');
    const input = await mentoring.findByRole('combobox', { name: 'Skills you want to learn' });
    expect(mentoring.queryAllByRole('checkbox', { name: 'Leadership' })).toEqual([]);

    fireEvent.click(input);
    const families = screen.getAllByRole('group').map((g) => g.getAttribute('aria-labelledby'));
    expect(families.map((id) => document.getElementById(id!)?.textContent)).toEqual(
      expect.arrayContaining(['Technical', 'People skills', 'Digital']),
    );
    fireEvent.change(input, { target: { value: 'LEAD' } });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Leadership']);
    fireEvent.click(screen.getByRole('option', { name: 'Leadership' }));

    expect(chosen(mentoring, 'Skills you want to learn')).toEqual(['Leadership']);
    expect(mentoring.getByText(/1 of 20 chosen\./)).toBeTruthy();
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('says so when nothing matches what was typed', async () => {
    await openJoin();
    const mentoring = await switchOn('Mentoring');
    const input = await mentoring.findByRole('combobox', { name: 'Skills you want to learn' });
    fireEvent.click(input);
    fireEvent.change(input, { target: { value: 'zzz' } });

    expect(screen.getByRole('option', { name: 'Nothing matches what you typed.' })).toBeTruthy();
  });

  it('removes a chosen skill with its tag', async () => {
    await openJoin();
    const mentoring = await switchOn('Mentoring');
    await choose(mentoring, 'Skills you want to learn', 'lead', 'Leadership');
    await choose(mentoring, 'Skills you want to learn', 'commun', 'Communication');
    expect(chosen(mentoring, 'Skills you want to learn')).toEqual(['Leadership', 'Communication']);

    const tags = within(mentoring.getByRole('listbox', { name: 'Skills you want to learn: chosen' }));
    fireEvent.click(tags.getAllByRole('option')[0]!);

    expect(chosen(mentoring, 'Skills you want to learn')).toEqual(['Communication']);
  });

  it('joins as a mentee with skills and goals, says so, and leads to the suggestions', async () => {
    const { server } = await openJoin();
    const mentoring = await switchOn('Mentoring');
    await choose(mentoring, 'Skills you want to learn', 'lead', 'Leadership');
    await choose(mentoring, 'Your goals', 'leader', 'Grow as a leader');
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
    expect(await navLink('My programmes')).toBeTruthy();

    fireEvent.click(screen.getByRole('link', { name: 'See your suggestions' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Tandem' })).toBeTruthy();
  });

  it('joins as a mentor with the skills offered and the number of mentees', async () => {
    const { server } = await openJoin({ as: ids.luca });
    const mentoring = await switchOn('Mentoring');
    const roles = within(mentoring.getByRole('group', { name: 'Take part as' }));
    fireEvent.click(roles.getByRole('checkbox', { name: /^Mentee/ }));
    fireEvent.click(roles.getByRole('checkbox', { name: /^Mentor/ }));
    await choose(mentoring, 'Skills you can offer', 'public', 'Public speaking');
    fireEvent.change(mentoring.getByRole('combobox', { name: 'Mentees at a time' }), { target: { value: '3' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('You take part in Mentoring as a mentor.')).toBeTruthy();
    expect(server.state.enrolments).toEqual([
      expect.objectContaining({
        personId: ids.luca,
        programmeId: 'mentoring',
        asMentor: true,
        asMentee: false,
        offers: ['public_speaking'],
        capacity: 3,
      }),
    ]);
  });

  it('shows a refused answer next to its field and in a summary that takes the focus', async () => {
    await openJoin();
    const mentoring = await switchOn('Mentoring');
    const languages = within(mentoring.getByRole('group', { name: 'Languages you can meet in' }));
    fireEvent.click(languages.getByRole('checkbox', { name: 'Italian' }));
    fireEvent.click(languages.getByRole('checkbox', { name: 'English' }));

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

  it('clears an error as soon as the answer it is about is corrected', async () => {
    await openJoin();
    const mentoring = await switchOn('Mentoring');
    const languages = within(mentoring.getByRole('group', { name: 'Languages you can meet in' }));
    fireEvent.click(languages.getByRole('checkbox', { name: 'Italian' }));
    fireEvent.click(languages.getByRole('checkbox', { name: 'English' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('alert');

    // Another answer does not clear it; the languages do.
    fireEvent.click(mentoring.getByRole('radio', { name: 'Every week' }));
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.click(languages.getByRole('checkbox', { name: 'English' }));

    expect(screen.queryByRole('alert')).toBeNull();
    expect(mentoring.queryByText('Choose between 1 and 6 languages.')).toBeNull();
  });

  it('explains a refused role in the same words as beside it, without seniority levels', async () => {
    const server = createFakeServer();
    // Giulia joined reverse mentoring as a mentee when her level allowed it; it no longer does.
    server.enrol(ids.giulia, { programmeId: 'reverse', asMentee: true, asMentor: false });
    await openJoin({ server, joined: true });
    const reverse = await section('Reverse mentoring');
    const mentee = within(await reverse.findByRole('group', { name: 'Take part as' })).getByRole('checkbox', {
      name: /^Mentee/,
    });
    // Held already, so it can be let go.
    expect((mentee as HTMLInputElement).disabled).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const words = 'Mentees in Reverse mentoring are senior leaders; mentor is open to you.';
    expect((await screen.findByRole('alert')).textContent).toBe(`Not saved yet.Reverse mentoring: ${words}`);
    expect(within(reverse.getByRole('group', { name: 'Take part as' })).getAllByText(words)).toHaveLength(2);
  });

  it('says why no role is open when the person is not placed in the organisation yet', async () => {
    const server = createFakeServer();
    server.state.levels[ids.giulia] = null;
    await openJoin({ server });
    const mentoring = await switchOn('Mentoring');

    const roles = within(mentoring.getByRole('group', { name: 'Take part as' }));
    for (const box of roles.getAllByRole('checkbox')) expect((box as HTMLInputElement).disabled).toBe(true);
    expect(
      roles.getAllByText('Tandem learns your place in the organisation at the next directory update.'),
    ).toHaveLength(2);
  });

  it('asks to choose a programme when none is switched on, and the message goes once one is', async () => {
    const { server } = await openJoin();
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Choose at least one programme, then save.');
    expect(server.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
    await switchOn('Mentoring');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('pauses a programme that is switched off, keeping the answers', async () => {
    const server = createFakeServer();
    server.enrol(ids.giulia, { programmeId: 'mentoring', asMentee: true, wants: ['leadership'] });
    await openJoin({ server, joined: true });
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
    renderSignedIn({ server });
    fireEvent.click(await navLink(/^(Join|My programmes)$/));

    // The connection banner says it once, after the data layer's own retries.
    expect(await screen.findByText("Tandem can't reach its server.", {}, { timeout: 10_000 })).toBeTruthy();
    delete server.state.failures['GET /api/enrolments'];
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('switch', { name: 'Take part in Mentoring' })).toBeTruthy();
  });

  it('speaks Italian: language names and the reason a role is closed', async () => {
    await openJoin({ language: 'it-IT' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Partecipa a un programma' })).toBeTruthy();
    const mentoring = await section('Mentoring');
    fireEvent.click(await mentoring.findByRole('switch', { name: 'Partecipa al Mentoring' }));
    const languages = within(mentoring.getByRole('group', { name: 'Lingue che puoi usare negli incontri' }));
    expect(checked(languages.getByRole('checkbox', { name: 'italiano' }))).toBe(true);
    expect(checked(languages.getByRole('checkbox', { name: 'inglese' }))).toBe(true);
    expect(
      mentoring.getByText('Nel Mentoring i mentor hanno più anzianità di te, per ora; puoi partecipare come mentee.'),
    ).toBeTruthy();
    expect(await mentoring.findByRole('combobox', { name: 'Competenze che vuoi imparare' })).toBeTruthy();
  });
});

describe('Leaving with changes not saved', () => {
  async function changeSomething() {
    const rendered = await openJoin();
    const mentoring = await switchOn('Mentoring');
    fireEvent.click(mentoring.getByRole('radio', { name: 'Every week' }));
    expect(screen.getByText('You have changes that are not saved.')).toBeTruthy();
    return { ...rendered, mentoring };
  }

  it('asks before leaving, and staying keeps the changes', async () => {
    const { mentoring } = await changeSomething();

    fireEvent.click(await navLink('Home'));

    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' }, { timeout: 5_000 });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stay' }));
    // The page is given back to screen readers once the dialog has gone, a moment after it closes.
    await waitFor(() => expect(document.querySelector('[role="alertdialog"]')).toBeNull(), { timeout: 5_000 });
    expect(await screen.findByRole('heading', { level: 1, name: 'Join a programme' }, { timeout: 5_000 })).toBeTruthy();
    expect(checked(mentoring.getByRole('radio', { name: 'Every week' }))).toBe(true);
  });

  it('leaves without saving when the person says so', async () => {
    const { server } = await changeSomething();

    fireEvent.click(await navLink('Home'));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' }, { timeout: 5_000 });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Leave without saving' }));

    // It goes once the dialog has closed and given the page back to screen readers.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Tandem' }, { timeout: 5_000 }),
    ).toBeTruthy();
    expect(server.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('lets the person go without asking once the changes are saved', async () => {
    await changeSomething();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('You take part in Mentoring as a mentee.')).toBeTruthy();
    expect(screen.queryByText('You have changes that are not saved.')).toBeNull();

    fireEvent.click(await navLink('Home'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Tandem' })).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('does not ask when nothing was changed', async () => {
    await openJoin();
    await switchOn('Mentoring');
    fireEvent.click(await (await section('Mentoring')).findByRole('switch', { name: 'Take part in Mentoring' }));

    fireEvent.click(await navLink('Home'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Tandem' })).toBeTruthy();
  });
});
