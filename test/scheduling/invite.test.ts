import { describe, expect, it } from 'vitest';
import { escapeHtml, inviteLanguage, inviteText, type InviteInput } from '../../server/scheduling/invite.js';

const input = (over: Partial<InviteInput> = {}): InviteInput => ({
  kind: 'mentoring',
  mentor: { displayName: 'Giulia Rossi', language: 'it-IT' },
  mentee: { displayName: 'Tom Baker', language: 'en-GB' },
  goals: ['grow_as_leader', 'improve_communication'],
  cadence: 'biweekly',
  durationMinutes: 45,
  tabUrl: 'https://teams.microsoft.com/l/entity/app-id/home?context=%7B%22subEntityId%22%3A%22pair-1%22%7D&x=1',
  ...over,
});

const italian = (name: string) => ({ displayName: name, language: 'it-IT' });
const english = (name: string) => ({ displayName: name, language: 'en-GB' });

/** The text a reader sees: inline tags dropped, block tags a space, entities decoded. */
const visible = (html: string): string =>
  html
    .replace(/<\/?(?:strong|a)\b[^>]*>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('inviteLanguage', () => {
  it('reads any Italian tag as Italian, Graph underscores included', () => {
    expect(['it', 'it-IT', 'it-CH', 'IT-it', 'it_IT'].map(inviteLanguage)).toEqual(['it', 'it', 'it', 'it', 'it']);
  });

  it('falls back to English for every other language and for none', () => {
    expect(['en-GB', 'en-US', 'fr-FR', 'de-DE', '', null].map(inviteLanguage)).toEqual([
      'en',
      'en',
      'en',
      'en',
      'en',
      'en',
    ]);
  });
});

describe('inviteText languages', () => {
  it('writes only Italian when both people are Italian', () => {
    const t = inviteText(
      input({ mentor: italian('Giulia Rossi'), mentee: { displayName: 'Luca Bianchi', language: 'it-CH' } }),
    );
    expect(t.languages).toEqual(['it']);
    expect(t.bodyHtml).toContain('fa da mentor a');
    expect(t.bodyHtml).not.toContain('mentors');
    expect(t.bodyHtml).not.toContain('<hr>');
  });

  it('writes only English when neither person is Italian', () => {
    const t = inviteText(
      input({ mentor: { displayName: 'Anne Dupont', language: 'fr-FR' }, mentee: english('Tom Baker') }),
    );
    expect(t.languages).toEqual(['en']);
    expect(t.bodyHtml).toContain('mentors');
    expect(t.bodyHtml).not.toContain('fa da mentor');
    expect(t.bodyHtml).not.toContain('<hr>');
  });

  it('treats an unknown language as English', () => {
    expect(
      inviteText(input({ mentor: { displayName: 'A', language: null }, mentee: { displayName: 'B', language: null } }))
        .languages,
    ).toEqual(['en']);
    expect(inviteText(input({ mentor: italian('A'), mentee: { displayName: 'B', language: null } })).languages).toEqual(
      ['it', 'en'],
    );
  });

  it('writes both languages for a mixed pair, the mentor’s first, split by a rule', () => {
    const t = inviteText(input({ mentor: english('Tom Baker'), mentee: italian('Giulia Rossi') }));
    expect(t.languages).toEqual(['en', 'it']);
    const [first, second, ...rest] = t.bodyHtml.split('<hr>');
    expect(rest).toEqual([]);
    expect(first).toContain('mentors');
    expect(first).not.toContain('fa da mentor');
    expect(second).toContain('fa da mentor');
    expect(second).not.toContain('mentors');
  });

  it('puts the mixed pair’s subject in the mentor’s language', () => {
    expect(inviteText(input({ mentor: italian('Giulia Rossi'), mentee: english('Tom Baker') })).subject).toBe(
      'Tandem mentoring: Giulia Rossi e Tom Baker',
    );
    expect(inviteText(input({ mentor: english('Tom Baker'), mentee: italian('Giulia Rossi') })).subject).toBe(
      'Tandem mentoring: Tom Baker & Giulia Rossi',
    );
  });
});

describe('inviteText content', () => {
  it('says who mentors whom, with cadence and length, in each language', () => {
    const t = visible(inviteText(input()).bodyHtml);
    expect(t).toContain('In questo percorso di mentoring Tandem, Giulia Rossi fa da mentor a Tom Baker.');
    expect(t).toContain('Vi incontrate ogni due settimane, per 45 minuti ogni volta.');
    expect(t).toContain('Giulia Rossi mentors Tom Baker');
    expect(t).toContain('You meet every two weeks, for 45 minutes each time.');
  });

  it('names each cadence', () => {
    const text = (cadence: InviteInput['cadence']) => visible(inviteText(input({ cadence })).bodyHtml);
    expect(text('weekly')).toContain('every week,');
    expect(text('weekly')).toContain('ogni settimana,');
    expect(text('monthly')).toContain('once a month,');
    expect(text('monthly')).toContain('una volta al mese,');
  });

  it('says in reverse mentoring that the junior colleague mentors the senior one', () => {
    const t = inviteText(input({ kind: 'reverse', mentor: english('Tom Baker'), mentee: italian('Giulia Rossi') }));
    expect(t.subject).toBe('Tandem reverse mentoring: Tom Baker & Giulia Rossi');
    const text = visible(t.bodyHtml);
    expect(text).toContain('the junior colleague mentors the senior one: Tom Baker mentors Giulia Rossi');
    expect(text).toContain('chi è più junior fa da mentor a chi è più senior: Tom Baker fa da mentor a Giulia Rossi');
  });

  it('uses Italian reverse wording in an Italian subject', () => {
    expect(inviteText(input({ kind: 'reverse', mentee: italian('Luca Bianchi') })).subject).toBe(
      'Tandem reverse mentoring: Giulia Rossi e Luca Bianchi',
    );
  });

  it('lists the goals with labels in each language', () => {
    const [it, en] = inviteText(input()).bodyHtml.split('<hr>');
    expect(it).toContain('<li>Crescere come leader</li>');
    expect(it).toContain('<li>Migliorare la comunicazione</li>');
    expect(en).toContain('<li>Grow as a leader</li>');
    expect(en).toContain('<li>Communicate better</li>');
  });

  it('escapes a label that holds an apostrophe', () => {
    expect(inviteText(input({ goals: ['learn_generative_ai'] })).bodyHtml).toContain(
      '<li>Imparare a usare l&#39;IA generativa</li>',
    );
  });

  it('skips unknown and repeated goal ids', () => {
    const body = inviteText(
      input({ mentee: italian('Luca'), goals: ['no_such_goal', 'build_confidence', 'build_confidence'] }),
    ).bodyHtml;
    expect(body).not.toContain('no_such_goal');
    expect(body.match(/Acquisire sicurezza/g)).toHaveLength(1);
  });

  it('leaves out the goals heading when no goal is known, and asks the pair to choose some', () => {
    const body = inviteText(input({ mentor: english('A'), mentee: english('B'), goals: ['nope'] })).bodyHtml;
    expect(body).not.toContain('Your goals');
    expect(body).toContain('Agree on one or two goals');
  });

  it('suggests an agenda for the first session', () => {
    const [it, en] = inviteText(input()).bodyHtml.split('<hr>');
    expect(it).toContain('<strong>Scaletta proposta per il primo incontro</strong>');
    expect(en).toContain('<strong>Suggested agenda for the first session</strong>');
    expect(en?.match(/<li>/g)?.length).toBeGreaterThanOrEqual(2 + 3);
  });

  it('links to the tab, with the URL escaped in the href', () => {
    const body = inviteText(input()).bodyHtml;
    expect(body).toContain(
      '<a href="https://teams.microsoft.com/l/entity/app-id/home?context=%7B%22subEntityId%22%3A%22pair-1%22%7D&amp;x=1">Apri Tandem in Teams</a>',
    );
    expect(body).toContain('>Open Tandem in Teams</a>');
  });

  it('refuses a tab link that is not a web URL', () => {
    expect(() => inviteText(input({ tabUrl: 'javascript:alert(1)' }))).toThrow(RangeError);
  });

  it('says the meeting was booked automatically and can be rescheduled or skipped', () => {
    const t = visible(inviteText(input()).bodyHtml);
    expect(t).toContain('This meeting was booked automatically by Tandem. You can reschedule or skip it from Tandem.');
    expect(t).toContain(
      'Questo incontro è stato prenotato automaticamente da Tandem. Puoi spostarlo o saltarlo da Tandem.',
    );
  });

  it('uses only plain HTML tags', () => {
    const tags = new Set([...inviteText(input()).bodyHtml.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['a', 'hr', 'li', 'p', 'strong', 'ul']);
    expect(inviteText(input()).bodyHtml).not.toMatch(/style=|<script|class=/i);
  });
});

describe('escaping', () => {
  const nasty = `Ann & <Bob> "Bo" O'Neil`;

  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`& < > " '`)).toBe('&amp; &lt; &gt; &quot; &#39;');
  });

  it('escapes names in the body, so no markup can come from them', () => {
    const body = inviteText(
      input({
        mentor: { displayName: nasty, language: 'it-IT' },
        mentee: { displayName: '<script>x</script>', language: 'en' },
      }),
    ).bodyHtml;
    expect(body).toContain('<strong>Ann &amp; &lt;Bob&gt; &quot;Bo&quot; O&#39;Neil</strong>');
    expect(body).toContain('<strong>&lt;script&gt;x&lt;/script&gt;</strong>');
    expect(body).not.toContain('<script>');
    expect(body).not.toContain('<Bob>');
    expect(visible(body)).toContain(nasty);
  });

  it('keeps the subject plain text, on one line', () => {
    const t = inviteText(
      input({
        mentor: { displayName: `${nasty}\n`, language: 'en' },
        mentee: { displayName: 'Tom\r\nBaker', language: 'en' },
      }),
    );
    expect(t.subject).toBe(`Tandem mentoring: ${nasty} & Tom Baker`);
  });
});
