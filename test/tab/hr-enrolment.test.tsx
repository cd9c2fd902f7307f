// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, ids } from './fakeServer';
import { renderSignedIn } from './signedIn';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

// A view's chunk is compiled on first use: beside other test files on two busy cores, that can
// take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(cleanup);

/** In Mentoring: Luca mentors (two places), Giulia is his mentee, Marco waits as a mentee. */
function programme() {
  const server = createFakeServer();
  server.enrol(ids.luca, { programmeId: 'mentoring', asMentor: true, asMentee: false, capacity: 2 });
  server.enrol(ids.giulia, { programmeId: 'mentoring', asMentee: true, asMentor: false });
  server.enrol(ids.marco, { programmeId: 'mentoring', asMentee: true, asMentor: false });
  server.pair({ programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
  return server;
}

const title = (name: string) => screen.findByRole('heading', { level: 1, name });
const enrolled = async () => within(await screen.findByRole('list', { name: 'People enrolled' }));

describe('Enrolment', () => {
  it('lists who joined, newest first, with their roles, places and pairings', async () => {
    renderSignedIn({ server: programme(), as: ids.chiara, path: '/hr/enrolment/mentoring' });
    await title('Enrolment');
    expect(await screen.findByText('3 people: 1 as mentor, 2 as mentee')).toBeTruthy();
    const list = await enrolled();
    const names = list
      .getAllByRole('listitem')
      .map((li) => within(li).getAllByText(/Neri|Bianchi|Verdi/)[0]!.textContent);
    expect(names).toEqual(['Marco Verdi', 'Giulia Bianchi', 'Luca Neri']);
    expect(list.getByText('Mentor (2 places)')).toBeTruthy();
    expect(list.getAllByText(/^1 pairing/)).toHaveLength(2);
  });

  it('filters by role and by the start of a name', async () => {
    const server = programme();
    renderSignedIn({ server, as: ids.chiara, path: '/hr/enrolment/mentoring' });
    await enrolled();
    fireEvent.change(screen.getByRole('combobox', { name: 'Role' }), { target: { value: 'mentor' } });
    await waitFor(async () => expect((await enrolled()).getAllByRole('listitem')).toHaveLength(1));
    expect((await enrolled()).getByText('Luca Neri')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Role' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Name' }), { target: { value: 'ver' } });
    await waitFor(async () => expect((await enrolled()).getAllByRole('listitem')).toHaveLength(1));
    expect((await enrolled()).getByText('Marco Verdi')).toBeTruthy();
    expect(server.calls.at(-1)!.search.get('search')).toBe('ver');
  });

  it('invites people found by name, all at once, and says so', async () => {
    const server = programme();
    renderSignedIn({ server, as: ids.chiara, path: '/hr/enrolment/reverse' });
    const invite = within(await screen.findByRole('region', { name: 'Invite people to join' }));
    fireEvent.change(invite.getByRole('searchbox', { name: 'Find a colleague' }), { target: { value: 'Giulia' } });
    fireEvent.click(await invite.findByRole('button', { name: 'Add Giulia Bianchi' }));
    fireEvent.change(invite.getByRole('searchbox', { name: 'Find a colleague' }), { target: { value: 'Marco' } });
    fireEvent.click(await invite.findByRole('button', { name: 'Add Marco Verdi' }));
    fireEvent.click(invite.getByRole('button', { name: 'Invite 2 people' }));
    expect(await invite.findByText('2 people were invited in Teams.')).toBeTruthy();
    expect(server.callsTo('POST', '/api/admin/programmes/reverse/invitations')[0]!.body).toEqual({
      personIds: [ids.giulia, ids.marco],
    });
  });

  it('invites nobody when someone cannot be, and marks who and why', async () => {
    const server = programme();
    renderSignedIn({ server, as: ids.chiara, path: '/hr/enrolment/mentoring' });
    const invite = within(await screen.findByRole('region', { name: 'Invite people to join' }));
    fireEvent.change(invite.getByRole('searchbox', { name: 'Find a colleague' }), { target: { value: 'Giulia' } });
    fireEvent.click(await invite.findByRole('button', { name: 'Add Giulia Bianchi' }));
    fireEvent.click(invite.getByRole('button', { name: 'Invite 1 person' }));
    expect(await invite.findByText('Nobody was invited: remove the people marked below and send again.')).toBeTruthy();
    expect(invite.getByText('already in the programme')).toBeTruthy();
    fireEvent.click(invite.getByRole('button', { name: 'Remove Giulia Bianchi' }));
    expect(invite.queryByRole('button', { name: /^Invite/ })).toBeNull();
  });

  it('speaks Italian', async () => {
    renderSignedIn({ server: programme(), as: ids.chiara, path: '/hr/enrolment/mentoring', language: 'it-IT' });
    await title('Iscrizioni');
    expect(await screen.findByText('3 persone: 1 come mentor, 2 come mentee')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Invita persone a partecipare' })).toBeTruthy();
  });
});
