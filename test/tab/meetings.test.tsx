// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { act, cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ErrorCode } from '../../server/errors.js';
import { createFakeServer, ids } from './fakeServer';
import { navLink, renderSignedIn, section } from './signedIn';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

// The view's chunk and Fluent's dialog are compiled on first use: beside other test files on two
// busy cores, that can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

// Dialogs: jsdom's missing layout is made up for in test/tab/jsdom-layout.ts.

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

// The fake server's clock is Friday, 27 November 2026, 10:00 UTC; both people live in Rome (UTC+1).
const PAST = ['2026-11-13T09:00:00.000Z', '2026-11-20T09:00:00.000Z'];
const COMING = ['2026-12-04T09:00:00.000Z', '2026-12-11T09:00:00.000Z', '2026-12-18T09:00:00.000Z'];

/** Giulia (mentee, goals: grow as a leader, generative AI) and Luca (mentor), with weekly meetings booked. */
function booked() {
  const server = createFakeServer();
  server.state.timeZones[ids.luca] = 'Europe/Rome';
  server.enrol(ids.giulia, {
    programmeId: 'mentoring',
    asMentee: true,
    wants: ['leadership'],
    goals: ['grow_as_leader', 'learn_generative_ai'],
  });
  server.enrol(ids.luca, { programmeId: 'mentoring', asMentor: true, offers: ['leadership'] });
  server.pair({ programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
  const series = server.series({ mentorId: ids.luca, menteeId: ids.giulia, sessions: [...PAST, ...COMING] });
  series.goals[0]!.progress = 30;
  return { server, series };
}

async function openMeetings(options: Parameters<typeof renderSignedIn>[0]) {
  const rendered = renderSignedIn(options);
  fireEvent.click(await navLink(/^(Meetings|Incontri)$/));
  await screen.findByRole('heading', { level: 1, name: /^(Meetings|Incontri)$/ });
  return rendered;
}

/** The next-session block of a pair's meetings. */
function nextSession(pair: ReturnType<typeof within>) {
  const heading = pair.getByRole('heading', { level: 3, name: 'Next session' });
  return within(heading.parentElement!);
}

describe('Meetings', () => {
  it("shows a pair's meetings: who, programme, role, cadence, status, the next session with its Teams link, and the others", async () => {
    const { server } = booked();
    await openMeetings({ server });

    const pair = await section('Luca Neri');
    expect(pair.getByText('Your mentor in Mentoring')).toBeTruthy();
    expect(pair.getByText('Every week, 45 minutes')).toBeTruthy();
    expect(pair.getByText('Booked')).toBeTruthy();
    const next = nextSession(pair);
    expect(next.getByText('Friday, 4 December 2026, 10:00–10:45')).toBeTruthy();
    const join = next.getByRole('link', { name: 'Join in Teams with Luca Neri' });
    expect(join.getAttribute('href')).toBe(server.state.series[0]!.joinUrl);
    expect(join.getAttribute('target')).toBe('_blank');

    const coming = within(pair.getByRole('heading', { name: 'Coming up' }).parentElement!);
    expect(coming.getAllByRole('listitem').map((li) => li.querySelector('span')?.textContent)).toEqual([
      'Friday, 11 December 2026, 10:00–10:45',
      'Friday, 18 December 2026, 10:00–10:45',
    ]);
    const past = within(pair.getByRole('heading', { name: 'Past sessions' }).parentElement!);
    expect(past.getAllByRole('listitem').map((li) => li.querySelector('p')?.textContent)).toEqual([
      'Friday, 20 November 2026, 10:00–10:45',
      'Friday, 13 November 2026, 10:00–10:45',
    ]);
    expect(screen.getByText('Times are in your time zone: Central European Time.')).toBeTruthy();
  });

  it('shows the mentor the same meetings from their side', async () => {
    const { server } = booked();
    await openMeetings({ server, as: ids.luca });

    const pair = await section('Giulia Bianchi');
    expect(pair.getByText('Your mentee in Mentoring')).toBeTruthy();
    expect(nextSession(pair).getByRole('link', { name: 'Join in Teams with Giulia Bianchi' })).toBeTruthy();
  });

  it('says there are no meetings yet, how they come, and leads to finding a mentor or mentee', async () => {
    await openMeetings({});

    expect(
      await screen.findByText(
        'No meetings yet: once you and your mentor or mentee are paired, Tandem books them in both calendars.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Find a mentor or mentee' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Requests' })),
    );
  });

  it('says what to do when meetings cannot load, and trying again recovers', async () => {
    const { server } = booked();
    server.state.failures['GET /api/meetings'] = { code: 'internal' };
    await openMeetings({ server });

    expect(await screen.findByText('Something went wrong.')).toBeTruthy();
    delete server.state.failures['GET /api/meetings'];
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await section('Luca Neri')).toBeTruthy();
  });

  it('says Tandem is finding a time while a new pair’s meetings are being booked', async () => {
    const server = createFakeServer();
    server.series({ mentorId: ids.luca, menteeId: ids.giulia, status: 'booking', joinUrl: null });
    await openMeetings({ server });

    const pair = await section('Luca Neri');
    expect(pair.getByText('Finding a time…')).toBeTruthy();
    expect(pair.getByText(/Tandem is looking for a time when you are both free/)).toBeTruthy();
    expect(pair.queryByRole('link', { name: /Join in Teams/ })).toBeNull();
  });

  it('explains a booking problem in words, what to do, and that Tandem tries again every day', async () => {
    const server = createFakeServer();
    server.series({
      mentorId: ids.luca,
      menteeId: ids.giulia,
      status: 'needs_attention',
      problem: 'no_shared_hours',
      joinUrl: null,
    });
    server.series({
      mentorId: ids.marco,
      menteeId: ids.giulia,
      status: 'needs_attention',
      problem: 'outlook_refused:ErrorCalendarIsReadOnly',
      joinUrl: null,
    });
    await openMeetings({ server });

    const luca = await section('Luca Neri');
    expect(luca.getByText('Needs attention')).toBeTruthy();
    expect(
      luca.getByText('Your working hours and theirs do not overlap, for example because of your time zones.'),
    ).toBeTruthy();
    expect(
      luca.getByText(/One of you can widen your working hours in Outlook.*Tandem tries again every day/),
    ).toBeTruthy();
    const marco = await section('Marco Verdi');
    expect(marco.getByText('Outlook refused to create the meeting (ErrorCalendarIsReadOnly).')).toBeTruthy();
  });
});

describe('Meetings: skipping and rescheduling a session', () => {
  it('asks before skipping, and skips nothing when the person keeps the session', async () => {
    const { server, series } = booked();
    await openMeetings({ server });

    fireEvent.click(
      await screen.findByRole('button', { name: 'Skip the session on Friday, 4 December 2026 at 10:00' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Skip this session?' });
    expect(
      within(dialog).getByText(
        /Tandem will remove the session on Friday, 4 December 2026 at 10:00 from your calendar and from Luca Neri’s\./,
      ),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.calls.filter((c) => c.method === 'POST')).toEqual([]);
    expect(series.occurrences[2]!.status).toBe('scheduled');
  });

  it('skips a session once confirmed, shows it being skipped while calendars update, then skipped', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { server, series } = booked();
    await openMeetings({ server });
    const pair = await section('Luca Neri');

    fireEvent.click(pair.getByRole('button', { name: 'Skip the session on Friday, 11 December 2026 at 10:00' }));
    const dialog = await screen.findByRole('dialog', { name: 'Skip this session?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Skip session' }));

    const notice = await pair.findByText(
      'Skipping the session on Friday, 11 December 2026 at 10:00. Tandem is updating both calendars.',
    );
    expect(
      server.callsTo('POST', `/api/meetings/${series.id}/occurrences/${series.occurrences[3]!.id}/skip`),
    ).toHaveLength(1);
    await waitFor(() => expect(notice.closest('[tabindex="-1"]')).toBe(document.activeElement));
    const row = () => within(pair.getByText('Friday, 11 December 2026, 10:00–10:45').closest('li')!);
    expect(row().getByText('Being skipped')).toBeTruthy();
    expect(row().getByText('Tandem is updating both calendars.')).toBeTruthy();
    expect(row().queryByRole('button', { name: /Skip/ })).toBeNull();

    // The job finishes; a few seconds later the page asks again, unprompted.
    server.settleMeetings();
    await act(() => vi.advanceTimersByTimeAsync(3500));

    await waitFor(() => expect(row().getByText('Skipped')).toBeTruthy());
    expect(row().queryByText('Tandem is updating both calendars.')).toBeNull();
  });

  it('says when the time picked was no longer free and the session stayed where it was', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { server } = booked();
    await openMeetings({ server });
    const pair = await section('Luca Neri');
    fireEvent.click(
      nextSession(pair).getByRole('button', { name: 'Move the session on Friday, 4 December 2026 at 10:00' }),
    );
    const dialog = within(await screen.findByRole('dialog', { name: 'Move this session' }));
    fireEvent.click(await dialog.findByRole('radio', { name: /^Sat 5 Dec/ }));
    fireEvent.click(dialog.getByRole('button', { name: 'Move session' }));
    await pair.findByText('Being moved');
    server.settleMeetings({ noFreeTime: true });
    await act(() => vi.advanceTimersByTimeAsync(3500));
    await waitFor(() => expect(nextSession(pair).getByText('Could not move')).toBeTruthy());
    expect(nextSession(pair).getByText(/so this one stays as it was/)).toBeTruthy();
    expect(nextSession(pair).queryByText(/^Moved from/)).toBeNull();
    expect(
      nextSession(pair).getByRole('button', { name: 'Move the session on Friday, 4 December 2026 at 10:00' }),
    ).toBeTruthy();
  });

  it.each<[ErrorCode, string]>([
    ['meeting_started', 'This session has already started or taken place, so it can no longer be changed.'],
    [
      'meeting_changing',
      'This session is already being changed. Wait a moment for Tandem to finish; the page updates by itself.',
    ],
    [
      'series_not_booked',
      'These meetings are not booked right now, so single sessions cannot be changed. Check back once they are.',
    ],
  ])(
    'says in words why the server refused a change (%s), and reloads once the person closes the dialog',
    async (code, words) => {
      const { server } = booked();
      await openMeetings({ server });
      server.state.failures['POST /api/meetings/:id/occurrences/:id/skip'] = { code };

      fireEvent.click(
        await screen.findByRole('button', { name: 'Skip the session on Friday, 4 December 2026 at 10:00' }),
      );
      const dialog = await screen.findByRole('dialog', { name: 'Skip this session?' });
      const loads = server.callsTo('GET', '/api/meetings').length;
      fireEvent.click(within(dialog).getByRole('button', { name: 'Skip session' }));

      expect((await within(dialog).findByRole('alert')).textContent).toBe(words);
      fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
      await waitFor(() => expect(server.callsTo('GET', '/api/meetings').length).toBe(loads + 1));
    },
  );

  it('offers no changes to sessions of meetings that are not booked', async () => {
    const server = createFakeServer();
    server.series({ mentorId: ids.luca, menteeId: ids.giulia, status: 'replaced', sessions: COMING });
    await openMeetings({ server });

    const pair = await section('Luca Neri');
    expect(pair.getByText('Being booked again')).toBeTruthy();
    expect(pair.queryByRole('button', { name: /^(Skip|Move) the session/ })).toBeNull();
  });
});

describe('Meetings: the next session as a calendar file', () => {
  it('downloads it with the sign-in token and saves it as tandem-next-session.ics', async () => {
    const { server, series } = booked();
    const saved: { name: string; text: string }[] = [];
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => ((blob = b), 'blob:tandem/1'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, text: this.href });
    });
    await openMeetings({ server });

    fireEvent.click(await screen.findByRole('button', { name: 'Download .ics of the next session with Luca Neri' }));

    await waitFor(() => expect(saved).toEqual([{ name: 'tandem-next-session.ics', text: 'blob:tandem/1' }]));
    expect(await blob!.text()).toContain(`UID:${series.occurrences[2]!.id}@tandem`);
    const call = server.callsTo('GET', `/api/meetings/${series.id}/next.ics`)[0]!;
    expect(call.authorization).toMatch(new RegExp(`^Bearer token-${ids.giulia}-`));
  });

  it('says so when there is no session to download', async () => {
    const { server } = booked();
    await openMeetings({ server });
    server.state.failures['GET /api/meetings/:id/next.ics'] = { code: 'no_upcoming_meeting' };

    fireEvent.click(await screen.findByRole('button', { name: 'Download .ics of the next session with Luca Neri' }));

    expect((await screen.findByRole('alert')).textContent).toBe('There is no session coming up to download.');
  });
});

describe('Meetings: checking in after a session', () => {
  it('asks about the latest session and saves the check-in privately', async () => {
    const { server, series } = booked();
    await openMeetings({ server });
    const pair = await section('Luca Neri');

    const form = within(await pair.findByRole('form', { name: 'Check-in for Friday, 20 November 2026 at 10:00' }));
    fireEvent.click(form.getByRole('radio', { name: 'Yes' }));
    fireEvent.click(
      within(form.getByRole('radiogroup', { name: /How useful was it\?/ })).getByRole('radio', { name: '4' }),
    );
    fireEvent.click(
      within(form.getByRole('radiogroup', { name: /How confident do you feel now\?/ })).getByRole('radio', {
        name: '3',
      }),
    );
    const notes = form.getByRole('textbox', { name: 'Private notes (optional)' });
    expect(notes.getAttribute('aria-describedby')).toBeTruthy();
    expect(form.getByText('Only you can see these notes.')).toBeTruthy();
    fireEvent.change(notes, { target: { value: 'Parlato di delega.' } });
    fireEvent.click(form.getByRole('button', { name: 'Save check-in' }));

    expect(await pair.findByText('Check-in saved.')).toBeTruthy();
    const put = server.callsTo('PUT', `/api/meetings/${series.id}/occurrences/${series.occurrences[1]!.id}/checkin`);
    expect(put.map((c) => c.body)).toEqual([
      { happened: true, usefulness: 4, confidence: 3, note: 'Parlato di delega.' },
    ]);
    expect(
      pair.getByText('Checked in. It took place. Usefulness 4 of 5. Confidence 3 of 5. Saved on 27 Nov 2026.'),
    ).toBeTruthy();
    expect(pair.queryByRole('form')).toBeNull();
    expect(server.state.checkins[`${ids.giulia} ${series.occurrences[1]!.id}`]).toMatchObject({
      happened: true,
      note: 'Parlato di delega.',
    });
  });

  it('shows a saved check-in, and lets the person change it', async () => {
    const { server, series } = booked();
    server.state.checkins[`${ids.giulia} ${series.occurrences[0]!.id}`] = {
      happened: false,
      usefulness: null,
      confidence: 2,
      note: null,
      updatedAt: '2026-11-14T08:00:00.000Z',
    };
    await openMeetings({ server });
    const pair = await section('Luca Neri');

    expect(pair.getByText('Checked in. It did not take place. Confidence 2 of 5. Saved on 14 Nov 2026.')).toBeTruthy();
    const edit = pair.getByRole('button', {
      name: 'Edit your check-in on the session on Friday, 13 November 2026 at 10:00',
    });
    expect(edit.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(edit);
    const form = within(pair.getByRole('form', { name: 'Check-in for Friday, 13 November 2026 at 10:00' }));
    expect((form.getByRole('radio', { name: 'No' }) as HTMLInputElement).checked).toBe(true);
    // Usefulness is asked only about a session that took place.
    expect(form.queryByRole('radiogroup', { name: /How useful/ })).toBeNull();
    fireEvent.click(form.getByRole('radio', { name: 'Yes' }));
    fireEvent.click(within(form.getByRole('radiogroup', { name: /How useful/ })).getByRole('radio', { name: '5' }));
    fireEvent.click(form.getByRole('button', { name: 'Save check-in' }));

    expect(await pair.findByText(/Checked in\. It took place\. Usefulness 5 of 5\. Confidence 2 of 5\./)).toBeTruthy();
  });

  it('asks whether the session took place before saving', async () => {
    const { server } = booked();
    await openMeetings({ server });
    const pair = await section('Luca Neri');

    const form = within(await pair.findByRole('form'));
    fireEvent.click(form.getByRole('button', { name: 'Save check-in' }));

    expect(await form.findByText('Say whether the session took place.')).toBeTruthy();
    expect(server.calls.filter((c) => c.method === 'PUT')).toEqual([]);
  });

  it('says in words why a check-in was refused', async () => {
    const { server } = booked();
    await openMeetings({ server });
    server.state.failures['PUT /api/meetings/:id/occurrences/:id/checkin'] = { code: 'meeting_not_over' };
    const pair = await section('Luca Neri');

    const form = within(await pair.findByRole('form'));
    fireEvent.click(form.getByRole('radio', { name: 'No' }));
    fireEvent.click(form.getByRole('button', { name: 'Save check-in' }));

    expect((await form.findByRole('alert')).textContent).toBe(
      'This session has not ended yet. Check in once it is over.',
    );
  });
});

describe('Meetings: progress on goals', () => {
  it('lets the mentee set how far along each goal is, in steps of ten, and saves it', async () => {
    const { server, series } = booked();
    await openMeetings({ server });
    const pair = await section('Luca Neri');

    const leader = pair.getByRole('slider', { name: 'Grow as a leader' });
    expect(leader.getAttribute('aria-valuetext')).toBe('30%');
    expect(leader.getAttribute('step')).toBe('10');
    fireEvent.change(leader, { target: { value: '60' } });
    expect(pair.getByRole('slider', { name: 'Grow as a leader' }).getAttribute('aria-valuetext')).toBe('60%');
    fireEvent.click(pair.getByRole('button', { name: 'Save progress' }));

    expect(await pair.findByText('Progress saved.')).toBeTruthy();
    expect(server.callsTo('PUT', `/api/meetings/${series.id}/goals`).map((c) => c.body)).toEqual([
      { progress: { grow_as_leader: 60, learn_generative_ai: 0 } },
    ]);
    expect(series.goals[0]!.progress).toBe(60);
  });

  it('shows the mentor the progress, read-only', async () => {
    const { server } = booked();
    await openMeetings({ server, as: ids.luca });
    const pair = await section('Giulia Bianchi');

    expect(pair.getByText('How far along Giulia Bianchi is with each goal. Only they update it.')).toBeTruthy();
    const bar = pair.getByRole('progressbar', { name: 'Grow as a leader' });
    expect(bar.getAttribute('aria-valuenow')).toBe('30');
    expect(bar.getAttribute('aria-valuetext')).toBe('30%');
    expect(pair.queryByRole('slider')).toBeNull();
    expect(pair.queryByRole('button', { name: 'Save progress' })).toBeNull();
  });

  it('says when the mentee chose no goals, to each of them', async () => {
    const { server, series } = booked();
    series.goals = [];
    await openMeetings({ server, as: ids.luca });
    expect(
      (await section('Giulia Bianchi')).getByText('Giulia Bianchi chose no goals for this programme.'),
    ).toBeTruthy();
    cleanup();

    await openMeetings({ server });
    expect(
      (await section('Luca Neri')).getByText(
        'You chose no goals for this programme. You can add some in My programmes.',
      ),
    ).toBeTruthy();
  });

  it('says why saving progress was refused', async () => {
    const { server } = booked();
    await openMeetings({ server });
    server.state.failures['PUT /api/meetings/:id/goals'] = { code: 'unknown_goal' };
    const pair = await section('Luca Neri');

    fireEvent.click(pair.getByRole('button', { name: 'Save progress' }));

    expect((await pair.findByRole('alert')).textContent).toBe(
      'One of these goals is no longer part of this programme. Refresh the page.',
    );
  });
});

describe('Meetings in Italian', () => {
  it('says everything in Italian, with Italian dates', async () => {
    const { server } = booked();
    await openMeetings({ server, language: 'it-IT' });

    const pair = await section('Luca Neri');
    expect(pair.getByText('Ti segue come mentor nel programma Mentoring')).toBeTruthy();
    expect(pair.getByText('Ogni settimana, 45 minuti')).toBeTruthy();
    expect(pair.getByText('Incontri fissati')).toBeTruthy();
    const next = within(pair.getByRole('heading', { name: 'Prossimo incontro' }).parentElement!);
    expect(next.getByText('venerdì 4 dicembre 2026, 10:00–10:45')).toBeTruthy();
    expect(next.getByRole('link', { name: 'Partecipa su Teams con Luca Neri' })).toBeTruthy();
    fireEvent.click(next.getByRole('button', { name: 'Salta l’incontro di venerdì 4 dicembre 2026 alle ore 10:00' }));
    const dialog = await screen.findByRole('dialog', { name: 'Saltare questo incontro?' });
    // The page behind a dialog is hidden from assistive technology until it closes.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lascia com’è' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      await pair.findByRole('form', { name: 'Check-in per venerdì 20 novembre 2026 alle ore 10:00' }),
    ).toBeTruthy();
    expect(pair.getByText('Solo tu puoi vedere queste note.')).toBeTruthy();
    expect(pair.getByRole('slider', { name: 'Crescere come leader' })).toBeTruthy();
  });
});

/** Giulia's meetings with Luca, and a second pair's with Chiara in Reverse mentoring: Home lists them both. */
function twoPairs() {
  const booking = booked();
  booking.server.series({
    mentorId: ids.chiara,
    menteeId: ids.giulia,
    programmeId: 'reverse',
    sessions: COMING.slice(1),
  });
  return booking;
}

describe('Home: next meetings', () => {
  it("shows each pair's next meeting with its Teams link, and opens Meetings", async () => {
    const { server } = twoPairs();
    renderSignedIn({ server });

    const meetings = await section('Your next meetings');
    const card = within(meetings.getByRole('heading', { name: 'With Luca Neri' }).closest('li')!);
    expect(card.getByText('Friday, 4 December 2026, 10:00–10:45')).toBeTruthy();
    expect(card.getByRole('link', { name: 'Join in Teams with Luca Neri' }).getAttribute('href')).toBe(
      server.state.series[0]!.joinUrl,
    );
    expect(meetings.getByRole('heading', { name: 'With Chiara Rossi' })).toBeTruthy();

    fireEvent.click(meetings.getByRole('link', { name: 'See all meetings' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Meetings' })),
    );
  });
});

/** Giulia's meetings with Luca, who works from Bangalore (UTC+5:30): the same clock never reads the same. */
function bookedAcrossZones() {
  const booking = booked();
  booking.server.state.timeZones[ids.luca] = 'Asia/Kolkata';
  return booking;
}

async function openMove(pair: ReturnType<typeof within>, when = 'Friday, 4 December 2026 at 10:00') {
  fireEvent.click(pair.getByRole('button', { name: `Move the session on ${when}` }));
  return within(await screen.findByRole('dialog', { name: 'Move this session' }));
}

describe('Meetings: moving a session to a time both people are free', () => {
  it("offers the free times in the reader's clock and in the other person's", async () => {
    const { server, series } = bookedAcrossZones();
    await openMeetings({ server });
    const dialog = await openMove(await section('Luca Neri'));

    expect(
      dialog.getByText(
        'Pick a time when you and Luca Neri are both free. Tandem moves the session on Friday, 4 December 2026 at 10:00 in both calendars.',
      ),
    ).toBeTruthy();
    const times = within(await dialog.findByRole('radiogroup', { name: /Free times/ }));
    expect(times.getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'Sat 5 Dec, 10:00–10:45 · 14:30–15:15 for Luca',
      'Sun 6 Dec, 10:00–10:45 · 14:30–15:15 for Luca',
      'Mon 7 Dec, 10:00–10:45 · 14:30–15:15 for Luca',
    ]);
    expect(
      server.callsTo('GET', `/api/meetings/${series.id}/occurrences/${series.occurrences[2]!.id}/slots`),
    ).toHaveLength(1);
  });

  it('moves the session to the time picked, and then shows where it was moved from', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { server, series } = bookedAcrossZones();
    await openMeetings({ server });
    const pair = await section('Luca Neri');
    const dialog = await openMove(nextSession(pair));

    // Nothing is moved until a time is picked.
    fireEvent.click(await dialog.findByRole('button', { name: 'Move session' }));
    expect(await dialog.findByText('Choose one of the times.')).toBeTruthy();
    expect(server.calls.filter((c) => c.method === 'POST')).toEqual([]);

    fireEvent.click(dialog.getByRole('radio', { name: /^Sun 6 Dec/ }));
    fireEvent.click(dialog.getByRole('button', { name: 'Move session' }));

    expect(
      await pair.findByText(
        'Moving the session on Friday, 4 December 2026 at 10:00 to Sun 6 Dec, 10:00–10:45. Tandem is updating both calendars.',
      ),
    ).toBeTruthy();
    const post = server.callsTo(
      'POST',
      `/api/meetings/${series.id}/occurrences/${series.occurrences[2]!.id}/reschedule`,
    );
    expect(post.map((c) => c.body)).toEqual([{ start: '2026-12-06T09:00:00.000Z' }]);
    expect(nextSession(pair).getByText('Being moved')).toBeTruthy();

    server.settleMeetings();
    await act(() => vi.advanceTimersByTimeAsync(3500));
    await waitFor(() => expect(nextSession(pair).getByText('Sunday, 6 December 2026, 10:00–10:45')).toBeTruthy());
    expect(nextSession(pair).getByText('Moved from Fri 4 Dec')).toBeTruthy();
  });

  it('says so when no time is free, and lets Tandem find one as it moves the session', async () => {
    const { server, series } = booked();
    series.freeTimes = [];
    await openMeetings({ server });
    const pair = await section('Luca Neri');
    const dialog = await openMove(nextSession(pair));

    expect(
      await dialog.findByText('You and Luca Neri have no free time in common before the following session.'),
    ).toBeTruthy();
    expect(dialog.queryByRole('radio')).toBeNull();
    fireEvent.click(dialog.getByRole('button', { name: 'Let Tandem find a time' }));

    expect(
      await pair.findByText(
        'Looking for another time for the session on Friday, 4 December 2026 at 10:00. Tandem is updating both calendars.',
      ),
    ).toBeTruthy();
    const post = server.callsTo(
      'POST',
      `/api/meetings/${series.id}/occurrences/${series.occurrences[2]!.id}/reschedule`,
    );
    expect(post.map((c) => c.body)).toEqual([null]);
  });

  it('says why the free times cannot be offered when the session changed meanwhile', async () => {
    const { server } = booked();
    await openMeetings({ server });
    server.state.failures['GET /api/meetings/:id/occurrences/:id/slots'] = { code: 'meeting_changing' };
    const dialog = await openMove(nextSession(await section('Luca Neri')));

    expect((await dialog.findByRole('alert')).textContent).toBe(
      'This session is already being changed. Wait a moment for Tandem to finish; the page updates by itself.',
    );
    expect(dialog.queryByRole('button', { name: /Move session|Let Tandem find a time/ })).toBeNull();
  });
});

describe("Meetings: the other person's time", () => {
  it('shows each coming session in their clock too, on Meetings and on Home, when it reads differently', async () => {
    const { server } = bookedAcrossZones();
    await openMeetings({ server });
    const pair = await section('Luca Neri');

    expect(nextSession(pair).getByText('14:30–15:15 for Luca')).toBeTruthy();
    const coming = within(pair.getByRole('heading', { name: 'Coming up' }).parentElement!);
    expect(coming.getAllByText('14:30–15:15 for Luca')).toHaveLength(2);
    cleanup();

    server.series({ mentorId: ids.chiara, menteeId: ids.giulia, programmeId: 'reverse', sessions: COMING.slice(1) });
    renderSignedIn({ server });
    const meetings = await section('Your next meetings');
    const card = within(meetings.getByRole('heading', { name: 'With Luca Neri' }).closest('li')!);
    expect(card.getByText('14:30–15:15 for Luca')).toBeTruthy();
  });

  it('names their day when it is another one', async () => {
    const { server } = booked();
    server.state.timeZones[ids.luca] = 'Pacific/Honolulu';
    await openMeetings({ server });

    expect(nextSession(await section('Luca Neri')).getByText('Thu, 23:00–23:45 for Luca')).toBeTruthy();
  });

  it('adds nothing when both clocks read the same', async () => {
    const { server } = booked();
    server.state.timeZones[ids.luca] = 'Europe/Berlin';
    await openMeetings({ server });

    expect((await section('Luca Neri')).queryByText(/for Luca$/)).toBeNull();
  });
});

describe('Meetings: a pairing that is over', () => {
  it('says plainly the pairing ended and its sessions were cancelled, with no next session or Teams link', async () => {
    const { server } = booked();
    server.state.pairs[0]!.status = 'ended';
    server.state.series[0]!.status = 'cancelled';
    await openMeetings({ server });

    const pair = await section('Luca Neri');
    expect(pair.getByText('Pairing ended')).toBeTruthy();
    expect(pair.getByText('This pairing ended; its sessions were cancelled.')).toBeTruthy();
    expect(pair.queryByRole('heading', { name: 'Next session' })).toBeNull();
    expect(pair.queryByRole('link', { name: /Join in Teams/ })).toBeNull();
    expect(pair.queryByRole('button', { name: /^(Skip|Move) the session/ })).toBeNull();
    // What they did together stays.
    expect(pair.getByRole('heading', { name: 'Past sessions' })).toBeTruthy();
  });

  it('says a paused pairing’s sessions are being cancelled, and leaves it off Home', async () => {
    const { server } = booked();
    server.state.pairs[0]!.status = 'paused';
    server.state.series[0]!.status = 'cancelling';
    await openMeetings({ server });

    expect(
      (await section('Luca Neri')).getByText(
        'This pairing is paused; Tandem is cancelling its sessions in both calendars. New ones are booked when it resumes.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Join in Teams/ })).toBeNull();
    cleanup();

    // Two others pairs' meetings, so that Home lists meetings beside its next step.
    server.series({ mentorId: ids.chiara, menteeId: ids.giulia, programmeId: 'reverse', sessions: COMING.slice(1) });
    server.series({ mentorId: ids.marco, menteeId: ids.giulia, programmeId: 'reverse', sessions: COMING.slice(2) });
    renderSignedIn({ server });
    const meetings = await section('Your next meetings');
    expect(meetings.getByRole('heading', { name: 'With Chiara Rossi' })).toBeTruthy();
    expect(meetings.queryByRole('heading', { name: 'With Luca Neri' })).toBeNull();
    expect(meetings.queryByRole('link', { name: 'Join in Teams with Luca Neri' })).toBeNull();
  });
});

describe('Meetings: a link to one session', () => {
  it('opens with that session marked and focused', async () => {
    const { server, series } = booked();
    const target = series.occurrences[3]!;
    renderSignedIn({ server, path: `/meetings/${series.id}/sessions/${target.id}` });

    const row = (await screen.findByText('Friday, 11 December 2026, 10:00–10:45')).closest('li')!;
    await waitFor(() => expect(document.activeElement).toBe(row));
    expect(row.getAttribute('tabindex')).toBe('-1');
  });
});

describe('Meetings in Italian: moving a session', () => {
  it('offers the times in Italian, with no word that guesses a gender', async () => {
    const { server } = bookedAcrossZones();
    await openMeetings({ server, language: 'it-IT' });
    const pair = await section('Luca Neri');
    fireEvent.click(pair.getByRole('button', { name: 'Sposta l’incontro di venerdì 4 dicembre 2026 alle ore 10:00' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Sposta l’incontro' }));

    expect(await dialog.findByRole('radio', { name: 'sab 5 dic, 10:00–10:45 · 14:30–15:15 per Luca' })).toBeTruthy();
    expect(dialog.getByRole('button', { name: 'Lascia com’è' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\w\/[ae]\b/);
  });
});
