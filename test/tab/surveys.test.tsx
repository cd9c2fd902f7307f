// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, screen, within } from '@testing-library/react';
import { createFakeServer, ids } from './fakeServer';
import { renderSignedIn } from './signedIn';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

// A pulse survey at its own address, as its activity notification opens it: every question
// answered once, the free text said to go to HR without a name, in English and Italian.

function asked() {
  const server = createFakeServer();
  server.state.now = Date.now();
  const survey = server.survey(ids.giulia, {
    programmeName: { en: 'Digital skills 2027', it: 'Competenze digitali 2027' },
  });
  return { server, survey };
}

/** Chooses `value` on the radio group labelled `question`. */
function choose(question: string | RegExp, value: string) {
  fireEvent.click(within(screen.getByRole('radiogroup', { name: question })).getByRole('radio', { name: value }));
}

describe('a pulse survey', () => {
  it('asks confidence in each of the pair’s skills by name, motivation and recommendation, and thanks once sent', async () => {
    const { server, survey } = asked();
    renderSignedIn({ server, path: `/surveys/${survey.id}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'How is Digital skills 2027 going?' })).toBeTruthy();
    expect(screen.getByText(/Only HR reads this, and never with your name/)).toBeTruthy();
    choose(/^Leadership/, '4');
    choose(/^Public speaking/, '2');
    choose(/How motivated/, '5');
    choose(/How likely are you to recommend/, '9');
    fireEvent.change(screen.getByRole('textbox', { name: /Anything you would like HR to know/ }), {
      target: { value: 'More sessions, please' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send answers' }));
    expect(await screen.findByText('Thank you: your answers are in.')).toBeTruthy();
    expect(server.state.surveys[0]!.answers).toEqual({
      confidence: { leadership: 4, public_speaking: 2 },
      motivation: 5,
      recommend: 9,
      comment: 'More sessions, please',
    });
  });

  it('sends nothing until every question with a choice is answered', async () => {
    const { server, survey } = asked();
    renderSignedIn({ server, path: `/surveys/${survey.id}` });
    await screen.findByRole('heading', { level: 1, name: 'How is Digital skills 2027 going?' });
    choose(/^Leadership/, '4');
    fireEvent.click(screen.getByRole('button', { name: 'Send answers' }));
    expect(await screen.findByText('Answer every question with a choice before sending.')).toBeTruthy();
    expect(server.callsTo('POST', `/api/surveys/${survey.id}/answers`)).toEqual([]);
  });

  it('says a survey already answered is done, with no form', async () => {
    const { server, survey } = asked();
    server.state.surveys[0]!.answeredAt = new Date().toISOString();
    renderSignedIn({ server, path: `/surveys/${survey.id}` });
    expect(await screen.findByText('You have answered this survey. Thank you.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send answers' })).toBeNull();
  });

  it('says so when the survey is not the person’s', async () => {
    const { server, survey } = asked();
    renderSignedIn({ server, as: ids.marco, path: `/surveys/${survey.id}` });
    expect(await screen.findByText('This survey is not among yours. It may come from an old link.')).toBeTruthy();
  });

  it('speaks Italian to an Italian reader, skills named in Italian', async () => {
    const { server, survey } = asked();
    renderSignedIn({ server, language: 'it-IT', path: `/surveys/${survey.id}` });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Come sta andando Competenze digitali 2027?' }),
    ).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: /^Parlare in pubblico/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Invia le risposte' })).toBeTruthy();
  });
});
