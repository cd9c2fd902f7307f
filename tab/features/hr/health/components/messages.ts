import type { HealthLabel } from '../../../../../server/hr/schemas';
import type { Messages } from '../../../../lib/i18n';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en = {
  title: 'Programme health',
  intro:
    'Every live pair of a programme, labelled from its sessions, check-ins and requests. Check-in notes stay private: only whether a session happened and how useful it was count.',
  loading: 'Loading the pairs…',
  filter: 'Show',
  all: (n: number) => `All (${n})`,
  labels: {
    needs_attention: 'Needs attention',
    too_early: 'Too early',
    on_track: 'On track',
  } satisfies Record<HealthLabel, string>,
  counted: (label: string, n: number) => `${label} (${n})`,
  none: 'No pair here.',
  pairs: 'Pairs',
  mentor: 'Mentor',
  mentee: 'Mentee',
  gone: 'No longer in the organisation',
  status: { proposed: 'Proposed', active: 'Active', paused: 'Paused' },
  pausedUntil: (day: string) => `Paused until ${day}`,
  since: (day: string) => `Paired on ${day}`,
  lastSession: (day: string) => `Last session ${day}`,
  noSession: 'No session in the last 8 weeks',
  nudgedOn: (day: string) => `Nudged ${day}`,
  reasons: {
    no_recent_session: (p: { days: number }) => `No session held for ${plural(p.days, 'day', 'days')}`,
    sessions_missed: (p: { skipped: number; declined: number; notHeld: number }) =>
      `Sessions missed in the last 8 weeks: ${p.skipped} skipped, ${p.declined} declined, ${p.notHeld} not held`,
    low_ratings: (p: { average: number; ratings: number }) =>
      `Check-ins rate the sessions ${p.average} out of 5 for usefulness (${plural(p.ratings, 'rating', 'ratings')})`,
    request_unanswered: (p: { person: 'mentor' | 'mentee'; days: number }) =>
      `The ${p.person} has left a request unanswered for ${plural(p.days, 'day', 'days')}`,
    mentor_over_capacity: (p: { load: number; capacity: number }) =>
      `The mentor has ${p.load} pairs for ${plural(p.capacity, 'place', 'places')}`,
  },
  nudge: 'Nudge',
  nudgeNamed: (a: string, b: string) => `Nudge ${a} and ${b}`,
  nudged: (a: string, b: string) => `${a} and ${b} were sent a reminder in Teams.`,
  end: 'End',
  endNamed: (a: string, b: string) => `End the pairing of ${a} and ${b}`,
  ended: (a: string, b: string) => `The pairing of ${a} and ${b} has ended; both were told.`,
  question: (a: string, b: string) => `End the pairing of ${a} and ${b}?`,
  consequences:
    'Their remaining sessions are cancelled in both calendars and both are told in Teams. The reason is kept with the pairing, and both of them can read it.',
  reason: 'Reason',
  reasonHint: 'Up to 200 characters.',
  reasonMissing: 'Say why the pairing ends.',
  keep: 'Keep the pairing',
  confirm: 'End the pairing',
  working: 'Working…',
  previous: 'Previous',
  next: 'Next',
  range: (from: number, to: number, total: number) => `${from}–${to} of ${total}`,
  errors: {
    nudged_recently: 'This pair was nudged in the last 24 hours: give them time to answer.',
    invalid_transition: 'This pairing is already over.',
    pair_not_found: 'This pairing no longer exists.',
    programme_not_found: 'This programme no longer exists.',
  } as Record<string, string>,
};

export type HealthMessages = typeof en;

export const messages: Messages<HealthMessages> = {
  en,
  it: {
    title: 'Andamento dei programmi',
    intro:
      "Ogni abbinamento attivo di un programma, valutato da sessioni, check-in e richieste. Le note dei check-in restano private: contano solo se la sessione c'è stata e quanto è stata utile.",
    loading: 'Caricamento degli abbinamenti…',
    filter: 'Mostra',
    all: (n) => `Tutti (${n})`,
    labels: { needs_attention: 'Da seguire', too_early: 'Troppo presto', on_track: 'Procede bene' },
    counted: (label, n) => `${label} (${n})`,
    none: 'Nessun abbinamento qui.',
    pairs: 'Abbinamenti',
    mentor: 'Mentor',
    mentee: 'Mentee',
    gone: "Non più nell'organizzazione",
    status: { proposed: 'Proposto', active: 'Attivo', paused: 'In pausa' },
    pausedUntil: (day) => `In pausa fino al ${day}`,
    since: (day) => `Abbinati il ${day}`,
    lastSession: (day) => `Ultima sessione ${day}`,
    noSession: 'Nessuna sessione nelle ultime 8 settimane',
    nudgedOn: (day) => `Sollecitati ${day}`,
    reasons: {
      no_recent_session: (p) => `Nessuna sessione da ${plural(p.days, 'giorno', 'giorni')}`,
      sessions_missed: (p) =>
        `Sessioni mancate nelle ultime 8 settimane: saltate ${p.skipped}, rifiutate ${p.declined}, non tenute ${p.notHeld}`,
      low_ratings: (p) =>
        `Nei check-in l'utilità media delle sessioni è ${p.average} su 5 (${plural(p.ratings, 'valutazione', 'valutazioni')})`,
      request_unanswered: (p) =>
        `${p.person === 'mentor' ? 'Il mentor' : 'Il mentee'} non risponde a una richiesta da ${plural(p.days, 'giorno', 'giorni')}`,
      mentor_over_capacity: (p) => `Il mentor ha ${p.load} abbinamenti per ${plural(p.capacity, 'posto', 'posti')}`,
    },
    nudge: 'Sollecita',
    nudgeNamed: (a, b) => `Sollecita ${a} e ${b}`,
    nudged: (a, b) => `${a} e ${b} hanno ricevuto un promemoria in Teams.`,
    end: 'Concludi',
    endNamed: (a, b) => `Concludi l'abbinamento di ${a} e ${b}`,
    ended: (a, b) => `L'abbinamento di ${a} e ${b} è concluso; entrambi sono stati avvisati.`,
    question: (a, b) => `Concludere l'abbinamento di ${a} e ${b}?`,
    consequences:
      'Le sessioni rimaste vengono annullate in entrambi i calendari ed entrambi ricevono un avviso in Teams. Il motivo resta con l’abbinamento e lo possono leggere entrambi.',
    reason: 'Motivo',
    reasonHint: 'Fino a 200 caratteri.',
    reasonMissing: "Indica perché l'abbinamento si conclude.",
    keep: "Mantieni l'abbinamento",
    confirm: "Concludi l'abbinamento",
    working: 'Operazione in corso…',
    previous: 'Precedenti',
    next: 'Successivi',
    range: (from, to, total) => `${from}–${to} di ${total}`,
    errors: {
      nudged_recently:
        'Questo abbinamento è stato sollecitato nelle ultime 24 ore: lasciate loro il tempo di rispondere.',
      invalid_transition: 'Questo abbinamento è già concluso.',
      pair_not_found: 'Questo abbinamento non esiste più.',
      programme_not_found: 'Questo programma non esiste più.',
    },
  },
};
