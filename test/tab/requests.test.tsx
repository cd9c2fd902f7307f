// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeServer, ids } from './fakeServer';
import { navLink, renderSignedIn, section } from './signedIn';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

afterEach(cleanup);

/** Giulia wants to learn in Mentoring; Luca mentors there. */
function giuliaAndLuca() {
  const server = createFakeServer();
  server.enrol(ids.giulia, { programmeId: 'mentoring', asMentee: true, wants: ['leadership', 'communication'] });
  server.enrol(ids.luca, { programmeId: 'mentoring', asMentor: true, offers: ['leadership'], capacity: 2 });
  return server;
}

async function openRequests(options: Parameters<typeof renderSignedIn>[0]) {
  const rendered = renderSignedIn(options);
  fireEvent.click(await navLink('Requests'));
  await screen.findByRole('heading', { level: 1, name: 'Requests' });
  return rendered;
}

describe('Requests received', () => {
  it('shows who asked, in which programme, their message, the dates, and why they fit', async () => {
    const server = giuliaAndLuca();
    server.request(ids.giulia, {
      programmeId: 'mentoring',
      mentorId: ids.luca,
      menteeId: ids.giulia,
      message: 'Mi aiuti con la leadership?',
    });
    await openRequests({ server, as: ids.luca });

    const received = await section('Requests to you');
    const card = within((await received.findAllByRole('listitem'))[0]!);
    expect(await card.findByRole('heading', { name: 'Giulia Bianchi' })).toBeTruthy();
    expect(card.getByText('Would like you as their mentor in Mentoring.')).toBeTruthy();
    expect(card.getByText('Mi aiuti con la leadership?')).toBeTruthy();
    expect(card.getByText('Sent on 27 Nov 2026. Answer by 11 Dec 2026.')).toBeTruthy();
    // The match in words (tab/components/MatchExplanation.tsx): a label and the reasons first, no score.
    expect(card.getByText('Possible match')).toBeTruthy();
    expect(card.getByText('You can teach them Leadership, 1 of the 2 skills they asked for.')).toBeTruthy();
  });

  it('accepts a request, which then shows as a pairing on Home', async () => {
    const server = giuliaAndLuca();
    server.request(ids.giulia, { programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    await openRequests({ server, as: ids.luca });

    fireEvent.click(await screen.findByRole('button', { name: 'Accept the request from Giulia Bianchi' }));

    expect(await screen.findByText('Accepted. You are now paired: you will find each other on Home.')).toBeTruthy();
    const received = await section('Requests to you');
    expect(await received.findByText(/No requests are waiting for your answer/)).toBeTruthy();
    expect(await received.findByText('Accepted')).toBeTruthy();

    fireEvent.click(await navLink('Home'));
    const pairs = await section('Your mentors and mentees');
    expect(await pairs.findByText('Your mentee in Mentoring')).toBeTruthy();
    expect(await pairs.findByRole('heading', { name: 'Giulia Bianchi' })).toBeTruthy();
  });

  it('declines a request', async () => {
    const server = giuliaAndLuca();
    server.request(ids.giulia, { programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    await openRequests({ server, as: ids.luca });

    fireEvent.click(await screen.findByRole('button', { name: 'Decline the request from Giulia Bianchi' }));

    expect(await screen.findByText('Declined. They will see that you said no.')).toBeTruthy();
    expect(server.state.requests[0]?.status).toBe('declined');
    expect(server.state.pairs).toEqual([]);
  });

  it('says in words why an answer was refused', async () => {
    const server = giuliaAndLuca();
    server.request(ids.giulia, { programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    server.state.failures['POST /api/requests/:id/accept'] = { code: 'mentor_full' };
    await openRequests({ server, as: ids.luca });

    fireEvent.click(await screen.findByRole('button', { name: 'Accept the request from Giulia Bianchi' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^There is no free mentee place left in this programme\. To accept, raise your number/,
    );
    expect(screen.getByRole('button', { name: 'Accept the request from Giulia Bianchi' })).toBeTruthy();
  });

  it('says when no request waits and none was sent', async () => {
    await openRequests({ server: giuliaAndLuca(), as: ids.luca });
    expect(await (await section('Requests to you')).findByText(/No requests are waiting for your answer/)).toBeTruthy();
    expect(await (await section('Sent by you')).findByText(/You have not sent any requests/)).toBeTruthy();
  });

  it('says once what to do when requests cannot load, and trying again recovers', async () => {
    const server = giuliaAndLuca();
    server.state.failures['GET /api/requests'] = { code: 'internal' };
    await openRequests({ server, as: ids.luca });

    expect(await screen.findAllByText('Something went wrong.')).toHaveLength(1);
    delete server.state.failures['GET /api/requests'];
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('region', { name: 'Requests to you' })).toBeTruthy();
  });
});

describe('Sending a request', () => {
  it('points to the request already received instead of offering to send one back', async () => {
    const server = giuliaAndLuca();
    server.request(ids.giulia, { programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    await openRequests({ server, as: ids.luca });

    const suggestions = await section('Mentees for you in Mentoring');
    expect(
      await suggestions.findByText('They have asked you already: answer them under Requests to you.'),
    ).toBeTruthy();
    expect(suggestions.queryByRole('button', { name: 'Send a request to Giulia Bianchi' })).toBeNull();
  });

  it('sends a request to a suggested mentor with a message, then lists it as sent', async () => {
    const { server } = await openRequests({ server: giuliaAndLuca() });

    const suggestions = await section('Mentors for you in Mentoring');
    fireEvent.click(await suggestions.findByRole('button', { name: 'Send a request to Luca Neri' }));
    const message = suggestions.getByRole('textbox', { name: 'Message to Luca Neri (optional)' });
    await waitFor(() => expect(document.activeElement).toBe(message));
    fireEvent.change(message, { target: { value: '  Would you help me grow as a leader?  ' } });
    fireEvent.click(suggestions.getByRole('button', { name: 'Send request' }));

    const done = await suggestions.findByRole('status');
    expect(done.textContent).toBe('Request sent to Luca Neri. They have until 11 Dec 2026 to answer.');
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(server.callsTo('POST', '/api/requests').map((c) => c.body)).toEqual([
      {
        programmeId: 'mentoring',
        mentorId: ids.luca,
        menteeId: ids.giulia,
        message: 'Would you help me grow as a leader?',
      },
    ]);
    const sent = await section('Sent by you');
    expect(await sent.findByRole('heading', { name: 'Luca Neri' })).toBeTruthy();
    expect(sent.getByText('Waiting for an answer')).toBeTruthy();
    expect(sent.getByText('You asked them to be your mentor in Mentoring.')).toBeTruthy();
  });

  it('counts the message’s characters against the limit of 500', async () => {
    await openRequests({ server: giuliaAndLuca() });
    const suggestions = await section('Mentors for you in Mentoring');
    fireEvent.click(await suggestions.findByRole('button', { name: 'Send a request to Luca Neri' }));
    const message = suggestions.getByRole('textbox', { name: 'Message to Luca Neri (optional)' });
    expect(suggestions.getByText('0/500')).toBeTruthy();

    fireEvent.change(message, { target: { value: 'x'.repeat(123) } });

    expect(suggestions.getByText('123/500')).toBeTruthy();
    // The counter is read with the field.
    const hint = suggestions.getByText('123/500').parentElement!;
    expect(message.getAttribute('aria-describedby')).toContain(hint.id);
  });

  it('keeps a message longer than the limit whole, says by how much, and sends it once shortened', async () => {
    const { server } = await openRequests({ server: giuliaAndLuca() });
    const suggestions = await section('Mentors for you in Mentoring');
    fireEvent.click(await suggestions.findByRole('button', { name: 'Send a request to Luca Neri' }));
    const message = suggestions.getByRole('textbox', { name: 'Message to Luca Neri (optional)' });
    const long = 'Ciao! '.repeat(720).trim();

    fireEvent.change(message, { target: { value: long } });
    fireEvent.click(suggestions.getByRole('button', { name: 'Send request' }));

    expect((message as HTMLTextAreaElement).value).toBe(long);
    expect(suggestions.getByText('4,319/500')).toBeTruthy();
    expect(
      suggestions.getByText('The message is 3,819 characters over the limit of 500. Shorten it to send.'),
    ).toBeTruthy();
    expect(message.getAttribute('aria-invalid')).toBe('true');
    expect(server.callsTo('POST', '/api/requests')).toHaveLength(0);

    const shortened = long.slice(0, 500);
    fireEvent.change(message, { target: { value: shortened } });
    expect(suggestions.queryByText(/over the limit/)).toBeNull();
    fireEvent.click(suggestions.getByRole('button', { name: 'Send request' }));

    await suggestions.findByRole('status');
    expect(server.callsTo('POST', '/api/requests')[0]?.body).toMatchObject({ message: shortened.trim() });
  });

  it('sends no message when none is written', async () => {
    const { server } = await openRequests({ server: giuliaAndLuca() });
    const suggestions = await section('Mentors for you in Mentoring');
    fireEvent.click(await suggestions.findByRole('button', { name: 'Send a request to Luca Neri' }));
    fireEvent.click(suggestions.getByRole('button', { name: 'Send request' }));

    await suggestions.findByRole('status');
    expect(server.callsTo('POST', '/api/requests')[0]?.body).toEqual({
      programmeId: 'mentoring',
      mentorId: ids.luca,
      menteeId: ids.giulia,
    });
  });

  it('closes the form on Cancel and gives the focus back to the button', async () => {
    const { server } = await openRequests({ server: giuliaAndLuca() });
    const suggestions = await section('Mentors for you in Mentoring');
    fireEvent.click(await suggestions.findByRole('button', { name: 'Send a request to Luca Neri' }));
    fireEvent.click(suggestions.getByRole('button', { name: 'Cancel' }));

    await waitFor(() =>
      expect(document.activeElement).toBe(suggestions.getByRole('button', { name: 'Send a request to Luca Neri' })),
    );
    expect(server.callsTo('POST', '/api/requests')).toHaveLength(0);
  });

  it('says in words why a request was refused, keeping the message', async () => {
    const server = giuliaAndLuca();
    server.state.failures['POST /api/requests'] = {
      code: 'pair_not_allowed',
      details: { violations: ['reporting_line'] },
    };
    await openRequests({ server });
    const suggestions = await section('Mentors for you in Mentoring');
    fireEvent.click(await suggestions.findByRole('button', { name: 'Send a request to Luca Neri' }));
    fireEvent.change(suggestions.getByRole('textbox'), { target: { value: 'Ciao!' } });
    fireEvent.click(suggestions.getByRole('button', { name: 'Send request' }));

    expect((await suggestions.findByRole('alert')).textContent).toMatch(
      /^Tandem can no longer pair you two in this programme/,
    );
    expect((suggestions.getByRole('textbox') as HTMLTextAreaElement).value).toBe('Ciao!');
  });

  it('shows a request already waiting instead of offering to send another', async () => {
    const server = giuliaAndLuca();
    server.request(ids.giulia, { programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    await openRequests({ server });

    const suggestions = await section('Mentors for you in Mentoring');
    expect(await suggestions.findByText('Request sent: waiting for an answer.')).toBeTruthy();
    expect(suggestions.queryByRole('button', { name: 'Send a request to Luca Neri' })).toBeNull();
  });

  it('lets a mentor offer to mentor a suggested mentee', async () => {
    const { server } = await openRequests({ server: giuliaAndLuca(), as: ids.luca });
    const suggestions = await section('Mentees for you in Mentoring');
    fireEvent.click(await suggestions.findByRole('button', { name: 'Send a request to Giulia Bianchi' }));
    fireEvent.click(suggestions.getByRole('button', { name: 'Send request' }));

    await suggestions.findByRole('status');
    expect(server.callsTo('POST', '/api/requests')[0]?.body).toEqual({
      programmeId: 'mentoring',
      mentorId: ids.luca,
      menteeId: ids.giulia,
    });
    const sent = await section('Sent by you');
    expect(await sent.findByText('You offered to be their mentor in Mentoring.')).toBeTruthy();
  });
});

describe('Withdrawing a request', () => {
  it('withdraws a request still waiting, says so with the focus on the notice, and lists it as withdrawn', async () => {
    const server = giuliaAndLuca();
    const request = server.request(ids.giulia, { programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    await openRequests({ server });
    const sent = await section('Sent by you');
    const loads = server.callsTo('GET', '/api/requests').length;

    fireEvent.click(await sent.findByRole('button', { name: 'Withdraw your request to Luca Neri' }));

    const notice = await sent.findByRole('status');
    expect(notice.textContent).toBe('Withdrawn. Luca Neri will no longer see it.');
    await waitFor(() => expect(document.activeElement?.contains(notice)).toBe(true));
    expect(server.callsTo('POST', `/api/requests/${request.id}/withdraw`)).toHaveLength(1);
    expect(server.state.requests[0]?.status).toBe('withdrawn');
    await waitFor(() => expect(server.callsTo('GET', '/api/requests').length).toBeGreaterThan(loads));
    expect(await sent.findByText('Withdrawn')).toBeTruthy();
    expect(sent.queryByRole('button', { name: /^Withdraw/ })).toBeNull();
  });

  it('offers to withdraw only requests still waiting for an answer', async () => {
    const server = giuliaAndLuca();
    server.request(ids.giulia, { programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    server.state.requests[0]!.status = 'declined';
    await openRequests({ server });

    const sent = await section('Sent by you');
    expect(await sent.findByText('Declined')).toBeTruthy();
    expect(sent.queryByRole('button', { name: /^Withdraw/ })).toBeNull();
  });

  it('says in words why a request answered meanwhile cannot be withdrawn', async () => {
    const server = giuliaAndLuca();
    server.request(ids.giulia, { programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    await openRequests({ server });
    const sent = await section('Sent by you');
    const withdraw = await sent.findByRole('button', { name: 'Withdraw your request to Luca Neri' });
    // Luca answers while the page is open.
    server.state.requests[0]!.status = 'accepted';

    fireEvent.click(withdraw);

    expect((await sent.findByRole('alert')).textContent).toBe(
      'This request has already been answered or has expired, so it can no longer be withdrawn.',
    );
    expect(sent.queryByRole('status')).toBeNull();
  });

  it('offers to withdraw in Italian', async () => {
    const server = giuliaAndLuca();
    server.request(ids.giulia, { programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia });
    renderSignedIn({ server, language: 'it-IT' });
    fireEvent.click(await navLink('Richieste'));
    const sent = await section('Inviate da te');

    fireEvent.click(await sent.findByRole('button', { name: 'Ritira la richiesta inviata a Luca Neri' }));

    expect((await sent.findByRole('status')).textContent).toBe('Richiesta ritirata. Luca Neri non la vedrà più.');
    expect(await sent.findByText('Ritirata')).toBeTruthy();
  });
});
