// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { addDays, formatDay, today } from '../../tab/features/pairs/components/pauseDates';
import { localeFrom } from '../../tab/lib/i18n';
import type { MatchReason } from '../../tab/lib/matching';
import { createFakeServer, ids } from './fakeServer';
import { renderSignedIn, section } from './signedIn';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

// Fluent's dialog is compiled on first use: beside other test files on busy cores, that can take
// longer than the default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(cleanup);

const DAY = 86_400_000;
/** Days from today where Giulia lives (the fake's /api/me gives her Rome), as the tab counts them. */
const dayAfter = (days: number) => addDays(today(Date.now(), 'Europe/Rome'), days);

/** Giulia (Engineering) is Luca's (People) mentee in Mentoring; the server's day is today. */
function paired({ sessions = 0 } = {}) {
  const server = createFakeServer();
  server.state.now = Date.now();
  server.enrol(ids.giulia, {
    programmeId: 'mentoring',
    asMentee: true,
    wants: ['leadership'],
    goals: ['grow_as_leader'],
  });
  server.enrol(ids.luca, { programmeId: 'mentoring', asMentor: true, offers: ['leadership'], capacity: 2 });
  const pair = server.pair({ programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
  const starts = Array.from({ length: sessions }, (_, k) => new Date(Date.now() + (k + 1) * 7 * DAY).toISOString());
  if (sessions > 0) server.series({ mentorId: ids.luca, menteeId: ids.giulia, sessions: starts });
  return { server, pair };
}

/**
 * The question a card asks, by its title. jsdom lays nothing out, so Tabster (Fluent's focus
 * manager) never sees focus land in the dialog: it leaves the dialog's modal layer inactive and,
 * a moment later, marks it aria-hidden. Roles inside it are therefore found with `hidden: true`
 * here; test/e2e/pairs.test.ts checks the same dialog by role, focus and axe in Chromium.
 */
async function question(name: string) {
  const dialog = await screen.findByRole('alertdialog', { name, hidden: true });
  const inside = within(dialog);
  return {
    ...inside,
    button: (label: string) => inside.getByRole('button', { name: label, hidden: true }),
  };
}

async function pairCard(heading = 'Your mentors and mentees') {
  const pairs = await section(heading);
  return within((await pairs.findAllByRole('listitem'))[0]!);
}

describe('Pausing a pairing', () => {
  it('asks first, saying which sessions it cancels, until which day, and that it resumes by itself', async () => {
    const { server, pair } = paired({ sessions: 3 });
    renderSignedIn({ server });

    fireEvent.click(await screen.findByRole('button', { name: 'Pause the pairing with Luca Neri' }));

    const dialog = await question('Pause your pairing with Luca Neri?');
    expect(await dialog.findByText('This cancels the 3 sessions booked in both your calendars.')).toBeTruthy();
    const until = dialog.getByLabelText(/Pause until/) as HTMLInputElement;
    expect(until.type).toBe('date');
    expect(until.min).toBe(dayAfter(1));
    expect(until.max).toBe(dayAfter(183));
    expect(until.value).toBe(dayAfter(28));
    expect(dialog.getByText(/the pairing resumes by itself and its sessions are booked again\.$/)).toBeTruthy();
    expect(server.callsTo('POST', `/api/pairs/${pair.id}/pause`)).toHaveLength(0);

    fireEvent.change(until, { target: { value: '2027-01-12' } });
    expect(
      dialog.getByText('On Tue 12 Jan the pairing resumes by itself and its sessions are booked again.'),
    ).toBeTruthy();
    fireEvent.click(dialog.button('Pause'));

    expect(await screen.findByText(/^Paused\. Its sessions are cancelled/)).toBeTruthy();
    expect(server.callsTo('POST', `/api/pairs/${pair.id}/pause`)[0]?.body).toEqual({ until: '2027-01-12' });
    const card = await pairCard();
    expect(await card.findByText('Paused until Tue 12 Jan — resumes by itself.')).toBeTruthy();
    expect(card.getByRole('button', { name: 'Resume the pairing with Luca Neri' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
  });

  it('does nothing when the person keeps the pairing', async () => {
    const { server, pair } = paired({ sessions: 2 });
    renderSignedIn({ server });

    fireEvent.click(await screen.findByRole('button', { name: 'Pause the pairing with Luca Neri' }));
    const dialog = await question('Pause your pairing with Luca Neri?');
    fireEvent.click(dialog.button('Keep it'));

    await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
    expect(server.callsTo('POST', `/api/pairs/${pair.id}/pause`)).toHaveLength(0);
    expect(server.state.pairs[0]?.status).toBe('active');
  });

  it('says in words why a day is refused: not after today, or more than six months away', async () => {
    const { server } = paired();
    renderSignedIn({ server });

    fireEvent.click(await screen.findByRole('button', { name: 'Pause the pairing with Luca Neri' }));
    const dialog = await question('Pause your pairing with Luca Neri?');
    // A browser's date picker keeps to min and max; typing can still give today.
    fireEvent.change(dialog.getByLabelText(/Pause until/), { target: { value: dayAfter(0) } });
    fireEvent.click(dialog.button('Pause'));
    expect(await dialog.findByText('Choose a day after today for the pause to end.')).toBeTruthy();

    fireEvent.change(dialog.getByLabelText(/Pause until/), { target: { value: dayAfter(1) } });
    expect(dialog.queryByText('Choose a day after today for the pause to end.')).toBeNull();
    fireEvent.change(dialog.getByLabelText(/Pause until/), { target: { value: dayAfter(200) } });
    fireEvent.click(dialog.button('Pause'));
    expect(await dialog.findByText(/^A pause can last up to six months: choose .* or earlier\.$/)).toBeTruthy();
    expect(server.callsTo('POST', `/api/pairs/${server.state.pairs[0]!.id}/pause`)).toHaveLength(0);

    // The server counts six months from its own today: it may refuse a day the tab allowed.
    server.state.failures['POST /api/pairs/:id/pause'] = { code: 'pause_too_long', details: { latest: dayAfter(100) } };
    fireEvent.change(dialog.getByLabelText(/Pause until/), { target: { value: dayAfter(120) } });
    fireEvent.click(dialog.button('Pause'));
    const latest = formatDay(dayAfter(100), localeFrom('en-GB'), { weekday: 'short', day: 'numeric', month: 'short' });
    expect(await dialog.findByText(`A pause can last up to six months: choose ${latest} or earlier.`)).toBeTruthy();
    expect(server.state.pairs[0]?.status).toBe('active');
  });
});

describe('Completing and ending a pairing', () => {
  it('asks before marking as completed, saying plainly when no session is booked', async () => {
    const { server } = paired();
    renderSignedIn({ server });

    fireEvent.click(await screen.findByRole('button', { name: 'Mark the pairing with Luca Neri as completed' }));
    const dialog = await question('Mark your pairing with Luca Neri as completed?');
    expect(await dialog.findByText('No sessions are booked, so no meeting is cancelled.')).toBeTruthy();
    expect(server.state.pairs[0]?.status).toBe('active');

    fireEvent.click(dialog.button('Mark as completed'));

    expect(await screen.findByText('Marked as completed. Well done!')).toBeTruthy();
    expect(server.state.pairs[0]?.status).toBe('completed');
    const pairs = await section('Your mentors and mentees');
    expect(await pairs.findByRole('heading', { name: 'Earlier pairings' })).toBeTruthy();
  });

  it('asks before ending, saying what it cancels, and ends only when confirmed', async () => {
    const { server, pair } = paired({ sessions: 1 });
    renderSignedIn({ server });

    fireEvent.click(await screen.findByRole('button', { name: 'End the pairing with Luca Neri' }));
    const dialog = await question('End your pairing with Luca Neri?');
    expect(await dialog.findByText('This cancels the 1 session booked in both your calendars.')).toBeTruthy();
    expect(dialog.getByText('You will both be told, and this cannot be undone.')).toBeTruthy();
    expect(server.callsTo('POST', `/api/pairs/${pair.id}/end`)).toHaveLength(0);

    fireEvent.click(dialog.button('End pairing'));

    expect(await screen.findByText('Ended.')).toBeTruthy();
    expect(server.state.pairs[0]?.status).toBe('ended');
  });

  it('asks in Italian, with no gendered words for the other person', async () => {
    const { server } = paired({ sessions: 3 });
    renderSignedIn({ server, language: 'it-IT' });

    fireEvent.click(await screen.findByRole('button', { name: 'Metti in pausa l’abbinamento con Luca Neri' }));
    const dialog = await question('Mettere in pausa l’abbinamento con Luca Neri?');
    expect(await dialog.findByText('I 3 incontri fissati nei vostri calendari verranno annullati.')).toBeTruthy();
    fireEvent.change(dialog.getByLabelText(/Fine della pausa/), { target: { value: '2027-01-12' } });
    expect(
      dialog.getByText('Da martedì 12 gennaio l’abbinamento riprende da solo e gli incontri vengono fissati di nuovo.'),
    ).toBeTruthy();
    fireEvent.click(dialog.button('Metti in pausa'));
    const card = await pairCard('I tuoi mentor e mentee');
    expect(await card.findByText('In pausa fino a martedì 12 gennaio: riprende da solo.')).toBeTruthy();
    expect(card.getByText('Ti fa da mentor in Mentoring')).toBeTruthy();
  });
});

describe('Why a pairing fits, on its card', () => {
  const reasons: MatchReason[] = [
    { code: 'skills', params: { matched: 1, wanted: 1, skills: 'leadership' }, weight: 30, about: 'pair' },
    { code: 'seniority_gap', params: { span: 'ideal' }, weight: 15, about: 'pair' },
    { code: 'mentor_load', params: { free: 1, capacity: 2 }, weight: 10, about: 'programme' },
    { code: 'overlap', params: { hours: 4, minutes: 240 }, weight: 10, about: 'pair' },
    { code: 'different_tenure', params: {}, weight: 3.33, about: 'pair' },
    { code: 'different_department', params: { mine: 'Engineering', theirs: 'People' }, weight: 3.34, about: 'pair' },
  ];

  it('says how good the match is and its two strongest reasons, the rest on demand', async () => {
    const { server } = paired();
    Object.assign(server.state.pairs[0]!, { score: 71.67, reasons });
    renderSignedIn({ server });

    const card = await pairCard();
    expect(await card.findByText('Good match')).toBeTruthy();
    const why = card.getByRole('list', { name: 'Why this match' });
    await waitFor(() =>
      expect(
        within(why)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual([
        'They can teach you the skill you asked for: Leadership.',
        'The right distance in your careers: far enough to learn from, close enough to relate.',
      ]),
    );
    const more = card.getByRole('button', { name: '3 more reasons' });
    expect(more.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(more);

    expect(within(why).getAllByRole('listitem')).toHaveLength(5);
    expect(within(why).getByText('You joined the company at different times: long experience meets a fresh eye.'));
    expect(card.getByRole('button', { name: 'Fewer reasons' }).getAttribute('aria-expanded')).toBe('true');
    const text = card.getByRole('list', { name: 'Why this match' }).textContent ?? '';
    expect(text).not.toMatch(/\d{4}|level|point|out of 100|places? free/i);
    expect(card.queryByText(/71/)).toBeNull();
  });
});
