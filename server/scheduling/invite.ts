// The subject and HTML body of the Outlook meeting Tandem books for a pair. It is one event (the
// mentor organizes, the mentee attends), so both people read the same text: it is written in each
// person's language, Italian and English side by side when they differ. Pure: data in, text out.
//
// The body is a fragment of plain HTML (p, ul, li, a, hr, strong): Outlook, Outlook on the web and
// Teams all render it, and Graph appends the Teams join block after it, so none is added here.

import { primaryLanguage } from '../matching/languages.js';
import type { Cadence, ProgrammeKind } from '../matching/schemas.js';
import { findGoal } from '../matching/skills.js';

export type InviteLanguage = 'it' | 'en';

export interface InviteInput {
  /** Reverse mentoring's text says the junior colleague mentors the senior one. */
  kind: ProgrammeKind;
  /** language: a preferredLanguage such as "it-IT" or "en-GB", or null when unknown. */
  mentor: { displayName: string; language: string | null };
  mentee: { displayName: string; language: string | null };
  /** Goal ids of the skills catalogue; ids it does not know are left out. */
  goals: string[];
  cadence: Cadence;
  durationMinutes: number;
  /** Deep link to the Tandem tab. */
  tabUrl: string;
}

export interface InviteText {
  /** Plain text, not HTML. */
  subject: string;
  bodyHtml: string;
  /** The languages of the body, in order: the mentor's first. */
  languages: InviteLanguage[];
}

/** Italian for any "it" tag ("it-IT", "it-CH"); English for everything else, unknown included. */
export function inviteLanguage(tag: string | null): InviteLanguage {
  return tag !== null && primaryLanguage(tag) === 'it' ? 'it' : 'en';
}

/** One language when both people share it; both, the mentor's first, when they do not. */
export function inviteLanguages(mentor: string | null, mentee: string | null): InviteLanguage[] {
  const first = inviteLanguage(mentor);
  const second = inviteLanguage(mentee);
  return first === second ? [first] : [first, second];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

// A display name typed into the directory can carry a tab or a line break; in a subject line or
// a sentence it should read as one space.
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

interface Words {
  subject: (mentor: string, mentee: string, reverse: boolean) => string;
  /** Arguments arrive already escaped and may be wrapped in HTML. */
  who: (mentor: string, mentee: string, reverse: boolean) => string;
  when: (cadence: InviteInput['cadence'], minutes: number) => string;
  goals: string;
  agenda: string;
  agendaItems: (hasGoals: boolean) => string[];
  link: (anchor: (text: string) => string) => string;
  booked: string;
}

const kind = (reverse: boolean) => (reverse ? 'reverse mentoring' : 'mentoring');

// Italian uses "tu", the register of Italian workplace apps. Each reader is addressed on their
// own ("Apri", "Puoi"); what the two do together is phrased around the pair ("vi aspettate").
// "Mentor" and "reverse mentoring" are the words Italian HR programmes use, so they stay.
const WORDS: Record<InviteLanguage, Words> = {
  en: {
    subject: (mentor, mentee, reverse) => `Tandem ${kind(reverse)}: ${mentor} & ${mentee}`,
    who: (mentor, mentee, reverse) =>
      reverse
        ? `This is reverse mentoring, where the junior colleague mentors the senior one: ${mentor} mentors ${mentee}.`
        : `${mentor} mentors ${mentee} in this Tandem mentoring pair.`,
    when: (cadence, minutes) => {
      const every = { weekly: 'every week', biweekly: 'every two weeks', monthly: 'once a month' }[cadence];
      return `You meet ${every}, for ${minutes} minutes each time.`;
    },
    goals: 'Your goals',
    agenda: 'Suggested agenda for the first session',
    agendaItems: (hasGoals) => [
      'Introductions: your roles, your paths so far and what you hope to get from these sessions',
      hasGoals
        ? 'Pick the goal to start with and agree how you will notice progress'
        : 'Agree on one or two goals for the coming months',
      'Ground rules: confidentiality and how to reach each other between sessions',
      'One small step each to try before the next session',
    ],
    link: (anchor) => `${anchor('Open Tandem in Teams')} to see your goals, keep notes and manage your sessions.`,
    booked: 'This meeting was booked automatically by Tandem. You can reschedule or skip it from Tandem.',
  },
  it: {
    subject: (mentor, mentee, reverse) => `Tandem ${kind(reverse)}: ${mentor} e ${mentee}`,
    who: (mentor, mentee, reverse) =>
      reverse
        ? `Questo è un percorso di reverse mentoring, in cui chi è più junior fa da mentor a chi è più senior: ${mentor} fa da mentor a ${mentee}.`
        : `In questo percorso di mentoring Tandem, ${mentor} fa da mentor a ${mentee}.`,
    when: (cadence, minutes) => {
      const every = { weekly: 'ogni settimana', biweekly: 'ogni due settimane', monthly: 'una volta al mese' }[cadence];
      return `Vi incontrate ${every}, per ${minutes} minuti ogni volta.`;
    },
    goals: 'I vostri obiettivi',
    agenda: 'Scaletta proposta per il primo incontro',
    agendaItems: (hasGoals) => [
      'Presentazioni: ruolo, percorso fin qui e cosa vi aspettate da questi incontri',
      hasGoals
        ? "Scegliere l'obiettivo da cui partire e come riconoscere i progressi"
        : 'Definire uno o due obiettivi per i prossimi mesi',
      "Regole di base: riservatezza e come sentirsi tra un incontro e l'altro",
      'Un piccolo passo a testa da provare prima del prossimo incontro',
    ],
    link: (anchor) =>
      `${anchor('Apri Tandem in Teams')} per vedere gli obiettivi, prendere appunti e gestire gli incontri.`,
    booked: 'Questo incontro è stato prenotato automaticamente da Tandem. Puoi spostarlo o saltarlo da Tandem.',
  },
};

const list = (items: readonly string[]): string => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;

function section(input: InviteInput, lang: InviteLanguage, href: string): string {
  const w = WORDS[lang];
  const strong = (name: string) => `<strong>${escapeHtml(oneLine(name))}</strong>`;
  const goals = [...new Set(input.goals)].flatMap((id) => {
    const goal = findGoal(id);
    return goal ? [goal.label[lang]] : [];
  });
  const reverse = input.kind === 'reverse';
  return [
    `<p>${w.who(strong(input.mentor.displayName), strong(input.mentee.displayName), reverse)}</p>`,
    `<p>${escapeHtml(w.when(input.cadence, input.durationMinutes))}</p>`,
    ...(goals.length > 0 ? [`<p><strong>${escapeHtml(w.goals)}</strong></p>`, list(goals)] : []),
    `<p><strong>${escapeHtml(w.agenda)}</strong></p>`,
    list(w.agendaItems(goals.length > 0)),
    `<p>${w.link((text) => `<a href="${href}">${escapeHtml(text)}</a>`)}</p>`,
    `<p>${escapeHtml(w.booked)}</p>`,
  ].join('\n');
}

export function inviteText(input: InviteInput): InviteText {
  // Only a web link goes in an href: anything else (javascript:, data:) is a bug upstream.
  if (!/^https?:\/\//i.test(input.tabUrl))
    throw new RangeError(`tabUrl must be an http(s) URL, got ${JSON.stringify(input.tabUrl)}`);
  const languages = inviteLanguages(input.mentor.language, input.mentee.language);
  const subjectLanguage = languages[0] ?? 'en';
  const subject = WORDS[subjectLanguage].subject(
    oneLine(input.mentor.displayName),
    oneLine(input.mentee.displayName),
    input.kind === 'reverse',
  );
  const href = escapeHtml(input.tabUrl);
  const bodyHtml = languages.map((lang) => section(input, lang, href)).join('\n<hr>\n');
  return { subject, bodyHtml, languages };
}
