// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, ids } from './fakeServer';
import { navLink, renderSignedIn } from './signedIn';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

// A view's chunk is compiled on first use: beside other test files on two busy cores, that can
// take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(cleanup);

const title = (name: string) => screen.findByRole('heading', { level: 1, name });

// In the fake tenant Chiara Rossi holds Tandem.Admin; the others do not.
describe('the HR area', () => {
  it('is absent for people without the HR programme owner role', async () => {
    renderSignedIn({ as: ids.giulia });
    const nav = within(await screen.findByRole('navigation', { name: 'Tandem' }));
    await screen.findByRole('region', { name: 'Who you are' });
    expect(nav.queryByRole('link', { name: 'HR' })).toBeNull();
  });

  it('says it is for HR programme owners to someone else who opens its address', async () => {
    const server = createFakeServer();
    renderSignedIn({ server, as: ids.giulia, path: '/hr/organisation' });
    await title('For HR programme owners');
    expect(server.callsTo('GET', '/api/admin/org-sync')).toEqual([]);
  });

  it('is one entry for HR programme owners, opening its first view with its own views in a second row', async () => {
    renderSignedIn({ as: ids.chiara });
    fireEvent.click(await navLink('HR'));
    await title('Programmes');
    expect(window.location.pathname).toBe('/hr/programmes');
    const area = within(await screen.findByRole('list', { name: 'HR' }));
    expect(area.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Programmes', '/hr/programmes'],
      ['Enrolment', '/hr/enrolment'],
      ['Rounds', '/hr/rounds'],
      ['Programme health', '/hr/health'],
      ['Outcomes', '/hr/outcomes'],
      ['Organisation', '/hr/organisation'],
    ]);
    expect((await navLink('HR')).getAttribute('aria-current')).toBe('page');
    fireEvent.click(area.getByRole('link', { name: 'Organisation' }));
    await title('Organisation');
    expect(area.getByRole('link', { name: 'Organisation' }).getAttribute('aria-current')).toBe('page');
  });

  it('opens at /hr on its first view', async () => {
    renderSignedIn({ as: ids.chiara, path: '/hr' });
    await title('Programmes');
    await waitFor(() => expect(window.location.pathname).toBe('/hr/programmes'));
  });

  it('opens where a Teams deep link points (its subPageId), as any view of the tab', async () => {
    renderSignedIn({ as: ids.chiara, deepLink: 'hr/organisation' });
    await title('Organisation');
    expect(window.location.pathname).toBe('/hr/organisation');
  });

  it('speaks Italian', async () => {
    renderSignedIn({ as: ids.chiara, path: '/hr/organisation', language: 'it-IT' });
    await title('Organizzazione');
    expect(await screen.findByRole('heading', { level: 2, name: 'Sincronizzazione della directory' })).toBeTruthy();
    expect(await navLink('Programmi')).toBeTruthy();
  });
});

describe('the Organisation view', () => {
  it('starts a directory sync, follows its progress and shows what it did', async () => {
    const server = createFakeServer();
    server.org.syncSteps = 3;
    renderSignedIn({ server, as: ids.chiara, path: '/hr/organisation' });
    const sync = within(await screen.findByRole('region', { name: 'Directory sync' }));
    expect(sync.getByText('Not read yet')).toBeTruthy();

    fireEvent.click(sync.getByRole('button', { name: 'Sync now' }));

    expect(await sync.findByText('Reading the directory…')).toBeTruthy();
    expect(await sync.findByRole('progressbar')).toBeTruthy();
    expect(await sync.findByText(/people read so far/)).toBeTruthy();
    // Polled while it runs, until it is over.
    expect(await sync.findByText('Up to date', {}, { timeout: 8000 })).toBeTruthy();
    expect(sync.queryByRole('progressbar')).toBeNull();
    expect(sync.getByText('The whole directory (the first time)')).toBeTruthy();
    const people = sync.getByText('People in the organisation').nextSibling!;
    expect(people.textContent).toBe('4');
    expect(server.callsTo('POST', '/api/admin/org-sync')[0]!.body).toEqual({});
  });

  it('asks for a full read with “Read everything again”', async () => {
    const server = createFakeServer();
    renderSignedIn({ server, as: ids.chiara, path: '/hr/organisation' });
    const sync = within(await screen.findByRole('region', { name: 'Directory sync' }));
    fireEvent.click(sync.getByRole('button', { name: 'Read everything again' }));
    await waitFor(() => expect(server.callsTo('POST', '/api/admin/org-sync')[0]?.body).toEqual({ full: true }));
  });

  it('says why the last sync failed', async () => {
    const server = createFakeServer();
    server.org.syncSteps = 1;
    server.org.syncFails = 'Microsoft Graph did not answer.';
    renderSignedIn({ server, as: ids.chiara, path: '/hr/organisation' });
    const sync = within(await screen.findByRole('region', { name: 'Directory sync' }));
    fireEvent.click(sync.getByRole('button', { name: 'Sync now' }));
    expect(
      await sync.findByText(
        'The last sync stopped with this error: Microsoft Graph did not answer.',
        {},
        { timeout: 8000 },
      ),
    ).toBeTruthy();
    expect(sync.getByText('Last sync failed')).toBeTruthy();
  });
});

describe('the title rules', () => {
  async function openRules(server = createFakeServer()) {
    renderSignedIn({ server, as: ids.chiara, path: '/hr/organisation' });
    return { server, rules: within(await screen.findByRole('region', { name: 'Job titles and seniority' })) };
  }

  it('preview who a new rule would move, from which level to which, before saving it', async () => {
    const { rules } = await openRules();
    expect(rules.getByText('No rules of your own: Tandem’s vocabulary reads every title.')).toBeTruthy();
    fireEvent.click(rules.getByRole('button', { name: 'Add a rule' }));
    const phrase = rules.getByRole('textbox', { name: /Words in the job title/ });
    await waitFor(() => expect(document.activeElement).toBe(phrase));
    fireEvent.change(phrase, { target: { value: 'Partner' } });
    fireEvent.change(rules.getByRole('combobox', { name: 'Level' }), { target: { value: '8' } });

    const preview = within(await screen.findByRole('region', { name: 'If you save' }));
    expect(await preview.findByText('1 person of 4 changes level.')).toBeTruthy();
    expect(preview.getByText(/^1 person from level \d+ to \d+$/)).toBeTruthy();
    expect(preview.getByRole('cell', { name: 'HR Partner' })).toBeTruthy();
    expect(await rules.findByText('Moves 1 person')).toBeTruthy();
  });

  it('save the rules and say how many people changed level', async () => {
    const { server, rules } = await openRules();
    fireEvent.click(rules.getByRole('button', { name: 'Add a rule' }));
    fireEvent.change(rules.getByRole('textbox', { name: /Words in the job title/ }), {
      target: { value: ' Partner ' },
    });
    fireEvent.change(rules.getByRole('combobox', { name: 'Level' }), { target: { value: '8' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Save rules' }));

    expect(await screen.findByText('Rules saved. 1 person changed level.')).toBeTruthy();
    expect(server.org.titleRules).toEqual([{ phrase: 'Partner', level: 8 }]);
    expect(screen.queryByRole('button', { name: 'Save rules' })).toBeNull();
  });

  it('show a repeated phrase next to its field and save nothing', async () => {
    const server = createFakeServer();
    server.org.titleRules = [{ phrase: 'Quadro', level: 6 }];
    const { rules } = await openRules(server);
    fireEvent.click(rules.getByRole('button', { name: 'Add a rule' }));
    const boxes = rules.getAllByRole('textbox', { name: /Words in the job title/ });
    fireEvent.change(boxes[1]!, { target: { value: 'quadro' } });
    expect(await rules.findByText('This rule is already in the list.')).toBeTruthy();
    expect(boxes[1]!.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(
        'Correct the rules marked before saving.',
      ),
    );
    expect(server.callsTo('PUT', '/api/admin/title-rules')).toEqual([]);
  });

  it('put a problem the server finds next to the rule it names', async () => {
    const server = createFakeServer();
    server.state.failures['PUT /api/admin/title-rules'] = {
      code: 'invalid_request',
      details: { issues: [{ in: 'body', path: '/rules/0/phrase', message: 'must match pattern' }] },
    };
    const { rules } = await openRules(server);
    fireEvent.click(rules.getByRole('button', { name: 'Add a rule' }));
    fireEvent.change(rules.getByRole('textbox', { name: /Words in the job title/ }), { target: { value: 'Capo' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Save rules' }));
    expect(await rules.findByText('Check this rule.')).toBeTruthy();
  });

  it('remove a rule, and discard changes back to the rules saved', async () => {
    const server = createFakeServer();
    server.org.titleRules = [{ phrase: 'Partner', level: 8 }];
    const { rules } = await openRules(server);
    fireEvent.click(rules.getByRole('button', { name: 'Remove the rule “Partner”' }));
    const preview = within(await screen.findByRole('region', { name: 'If you save' }));
    expect(await preview.findByText('Removing “Partner” moves 1 person')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(rules.getByRole('textbox', { name: /Words in the job title/ })).toHaveProperty('value', 'Partner');
    expect(screen.queryByRole('region', { name: 'If you save' })).toBeNull();
  });
});
