// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, ids } from './fakeServer';
import { renderSignedIn } from './signedIn';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

configure({ asyncUtilTimeout: 5000 });

afterEach(cleanup);

const title = (name: string) => screen.findByRole('heading', { level: 1, name });
const field = (name: string | RegExp) => screen.getByRole('textbox', { name });

// Chiara Rossi is the fake tenant's HR programme owner; the fake starts with the two standard
// programmes, running.
function asHr(path = '/hr/programmes', server = createFakeServer()) {
  renderSignedIn({ server, as: ids.chiara, path });
  return server;
}

describe('the programmes list', () => {
  it('shows each programme with its status, kind, who is enrolled and its dates', async () => {
    const server = createFakeServer();
    server.hrProgrammes.counts.mentoring = { mentors: 3, mentees: 5, livePairs: 2 };
    server.hrProgrammes.programmes[0]!.startsOn = '2026-09-01';
    server.hrProgrammes.programmes[0]!.endsOn = '2027-06-30';
    asHr('/hr/programmes', server);
    const card = within(await screen.findByRole('listitem', { name: 'Mentoring' }));
    expect(card.getByText('Running')).toBeTruthy();
    expect(card.getByText('3 mentors · 5 mentees · 2 pairs')).toBeTruthy();
    expect(card.getByText('1 Sept 2026 – 30 Jun 2027')).toBeTruthy();
    expect(card.getByText('Any time while open')).toBeTruthy();
    expect(card.getByRole('button', { name: 'Close Mentoring' })).toBeTruthy();
    expect(screen.getByRole('listitem', { name: 'Reverse mentoring' })).toBeTruthy();
  });

  it('keeps archived programmes apart, at the end', async () => {
    const server = createFakeServer();
    server.hrProgrammes.programmes[1]!.status = 'archived';
    asHr('/hr/programmes', server);
    const archived = within(await screen.findByRole('region', { name: 'Archived (1)' }));
    expect(archived.getByRole('listitem', { name: 'Reverse mentoring' })).toBeTruthy();
  });
});

describe('a new programme', () => {
  it('is created as a draft from the form and opens for editing', async () => {
    const server = asHr();
    fireEvent.click(await screen.findByRole('link', { name: 'New programme' }));
    await title('New programme');
    fireEvent.change(field(/Name in English/), { target: { value: 'Women in tech' } });
    fireEvent.change(field(/Name in Italian/), { target: { value: 'Donne nella tecnologia' } });
    fireEvent.click(screen.getByRole('radio', { name: /^Reverse mentoring/ }));
    fireEvent.change(screen.getByLabelText('Starts'), { target: { value: '2027-01-11' } });
    fireEvent.change(screen.getByLabelText('Ends'), { target: { value: '2027-06-30' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'At the end' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create as draft' }));

    await title('Edit Women in tech');
    const created = server.hrProgrammes.programmes.at(-1)!;
    expect(created).toMatchObject({
      status: 'draft',
      kind: 'reverse',
      names: { en: 'Women in tech', it: 'Donne nella tecnologia' },
      startsOn: '2027-01-11',
      endsOn: '2027-06-30',
      surveys: ['start', 'midpoint'],
    });
    expect(window.location.pathname).toBe(`/hr/programmes/${created.id}`);
    expect(screen.getByText('Draft')).toBeTruthy();
  });

  it('says a name is needed next to each empty name, and sends nothing', async () => {
    const server = asHr('/hr/programmes/new');
    await title('New programme');
    fireEvent.click(screen.getByRole('button', { name: 'Create as draft' }));
    expect(await screen.findAllByText('Fill this in.')).toHaveLength(2);
    expect(field(/Name in English/).getAttribute('aria-invalid')).toBe('true');
    expect(server.callsTo('POST', '/api/admin/programmes')).toEqual([]);
  });

  it('shows the server’s refusal next to the field it names: an end before the start', async () => {
    asHr('/hr/programmes/new');
    await title('New programme');
    fireEvent.change(field(/Name in English/), { target: { value: 'Buddies' } });
    fireEvent.change(field(/Name in Italian/), { target: { value: 'Buddy' } });
    fireEvent.change(screen.getByLabelText('Starts'), { target: { value: '2027-03-01' } });
    fireEvent.change(screen.getByLabelText('Ends'), { target: { value: '2027-02-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create as draft' }));
    expect(await screen.findByText('The programme ends before it starts.')).toBeTruthy();
    expect(screen.getByLabelText('Ends').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Starts').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('shows weights that are all zero, and eligibility that admits nobody, where they are set', async () => {
    const server = asHr('/hr/programmes/new');
    await title('New programme');
    fireEvent.change(field(/Name in English/), { target: { value: 'Buddies' } });
    fireEvent.change(field(/Name in Italian/), { target: { value: 'Buddy' } });
    for (const weight of [
      'Skills',
      'Goals',
      'Diversity',
      'Seniority gap',
      'Working hours in common',
      'Spreading mentees among mentors',
    ])
      fireEvent.change(screen.getByRole('spinbutton', { name: weight }), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create as draft' }));
    expect(await screen.findByText('At least one weight must be above zero.')).toBeTruthy();

    fireEvent.change(screen.getByRole('spinbutton', { name: 'Skills' }), { target: { value: '50' } });
    const offices = screen.getByRole('textbox', { name: 'Offices' });
    fireEvent.change(offices, { target: { value: 'Atlantis' } });
    fireEvent.keyDown(offices, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Create as draft' }));
    expect(await screen.findByText('Nobody in your organisation meets these rules.')).toBeTruthy();
    expect(server.hrProgrammes.programmes).toHaveLength(2);
  });
});

describe('a programme’s status', () => {
  it('opens a draft after asking, and says so', async () => {
    const server = createFakeServer();
    asHr('/hr/programmes', server);
    fireEvent.click(await screen.findByRole('link', { name: 'New programme' }));
    await title('New programme');
    fireEvent.change(field(/Name in English/), { target: { value: 'Buddies' } });
    fireEvent.change(field(/Name in Italian/), { target: { value: 'Buddy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create as draft' }));
    await title('Edit Buddies');

    fireEvent.click(screen.getByRole('button', { name: 'Open Buddies' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Open Buddies?' }));
    expect(dialog.getByText(/can join it at once/)).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Open' }));
    expect(await screen.findByText('Buddies is open.')).toBeTruthy();
    expect(server.hrProgrammes.programmes.at(-1)!.status).toBe('open');
  });

  it('closes a running programme only once the HR owner confirms what it does to people', async () => {
    const server = asHr();
    fireEvent.click(
      within(await screen.findByRole('listitem', { name: 'Mentoring' })).getByRole('button', {
        name: 'Close Mentoring',
      }),
    );
    const dialog = within(await screen.findByRole('dialog', { name: 'Close Mentoring?' }));
    expect(dialog.getByText(/Pairs already formed go on until they end/)).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.hrProgrammes.programmes[0]!.status).toBe('running');
  });
});

describe('editing a programme', () => {
  it('saves the whole programme back', async () => {
    const server = asHr('/hr/programmes/mentoring');
    await title('Edit Mentoring');
    fireEvent.change(field(/Description in English/), { target: { value: 'Grow with a guide.' } });
    fireEvent.click(screen.getByRole('switch', { name: 'Only people who are invited' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(server.hrProgrammes.programmes[0]).toMatchObject({
      descriptions: { en: 'Grow with a guide.' },
      eligibility: { inviteOnly: true },
    });
  });

  it('says so for a programme that does not exist', async () => {
    asHr('/hr/programmes/nothing-here');
    expect(await screen.findByText(/There is no such programme/)).toBeTruthy();
  });

  it('speaks Italian', async () => {
    renderSignedIn({ as: ids.chiara, path: '/hr/programmes/new', language: 'it-IT' });
    await title('Nuovo programma');
    expect(screen.getByRole('button', { name: 'Crea come bozza' })).toBeTruthy();
  });
});
