import type { ErrorCode } from '../../../../server/errors';
import type { OrganisationEnd, PairStatus } from '../../../../server/matching/schemas';
import type { Messages } from '../../../lib/i18n';
import type { PairMove } from '../api/changePair';

type Named = (name: string) => string;
/** Ending a proposal nobody started is declining it: the button says so. */
type Shown = PairMove | 'decline';
/** The moves asked about first: each cancels the pair's booked sessions (declining cancels nothing). */
export type Asked = 'pause' | 'complete' | 'end' | 'decline';

const en = {
  loading: 'Loading your mentors and mentees…',
  none: 'You have no mentor or mentee yet. Send a request to someone suggested for you, or wait for your programme’s next round.',
  current: 'Current pairings',
  past: 'Earlier pairings',
  yourMentor: (programme: string) => `Your mentor in ${programme}`,
  yourMentee: (programme: string) => `Your mentee in ${programme}`,
  status: {
    proposed: 'Waiting for confirmation',
    active: 'Active',
    paused: 'Paused',
    completed: 'Completed',
    ended: 'Ended',
  } satisfies Record<PairStatus, string>,
  since: (date: string) => `Paired since ${date}.`,
  proposedOn: (date: string) => `Proposed on ${date}.`,
  pausedUntil: (date: string) => `Paused until ${date} — resumes by itself.`,
  confirmPrompt: 'Your programme proposed this pairing. Confirm it to start, or decline it.',
  waitingForThem: 'You confirmed. Waiting for the other person to confirm.',
  endedBecause: {
    person_left: 'Ended because one of you left the organisation.',
    reporting_line: 'Ended because one of you now reports to the other.',
  } satisfies Record<OrganisationEnd, string>,
  action: {
    confirm: 'Confirm',
    pause: 'Pause',
    resume: 'Resume',
    complete: 'Mark as completed',
    end: 'End',
    decline: 'Decline',
  } satisfies Record<Shown, string>,
  actionWith: {
    confirm: (name) => `Confirm the pairing with ${name}`,
    pause: (name) => `Pause the pairing with ${name}`,
    resume: (name) => `Resume the pairing with ${name}`,
    complete: (name) => `Mark the pairing with ${name} as completed`,
    end: (name) => `End the pairing with ${name}`,
    decline: (name) => `Decline the pairing with ${name}`,
  } satisfies Record<Shown, Named>,
  /** The dialog's title for each move asked about first. */
  question: {
    pause: (name) => `Pause your pairing with ${name}?`,
    complete: (name) => `Mark your pairing with ${name} as completed?`,
    end: (name) => `End your pairing with ${name}?`,
    decline: (name) => `Decline the pairing with ${name}?`,
  } satisfies Record<Asked, Named>,
  /** What happens to the pair's booked sessions; undefined: not known yet. */
  cancels: (booked: number | undefined) =>
    booked === undefined
      ? 'This cancels the sessions booked in both your calendars.'
      : booked === 0
        ? 'No sessions are booked, so no meeting is cancelled.'
        : booked === 1
          ? 'This cancels the 1 session booked in both your calendars.'
          : `This cancels the ${booked} sessions booked in both your calendars.`,
  after: {
    pause: (date: string) => `On ${date} the pairing resumes by itself and its sessions are booked again.`,
    complete: 'You will both find it among your earlier pairings. This cannot be undone.',
    end: 'You will both be told, and this cannot be undone.',
    decline: 'You will both be told, and this cannot be undone.',
  },
  until: 'Pause until',
  untilHint: (latest: string) => `Any day from tomorrow to ${latest}.`,
  yes: {
    pause: 'Pause',
    complete: 'Mark as completed',
    end: 'End pairing',
    decline: 'Decline',
  } satisfies Record<Asked, string>,
  keep: 'Keep it',
  cancel: 'Cancel',
  working: 'Saving…',
  done: {
    confirm: 'Confirmed.',
    pause: 'Paused. Its sessions are cancelled; it resumes by itself on the day you chose.',
    resume: 'Resumed. Its sessions will be booked again.',
    complete: 'Marked as completed. Well done!',
    end: 'Ended.',
  } satisfies Record<PairMove, string>,
  errors: {
    invalid_transition: 'This pairing changed since the page loaded. Refresh to see where it stands.',
    pair_not_found: 'This pairing no longer exists. Refresh the page.',
    pause_end_not_future: 'Choose a day after today for the pause to end.',
    pause_too_long: 'A pause can last up to six months. Choose an earlier day.',
  } satisfies Partial<Record<ErrorCode, string>>,
  /** pause_too_long with the last day the server allows. */
  tooLongUntil: (latest: string) => `A pause can last up to six months: choose ${latest} or earlier.`,
  pickADay: 'Choose the day the pause ends.',
  /** How a day reads in a sentence: "Tue 12 Jan". */
  day: { weekday: 'short', day: 'numeric', month: 'short' } as Intl.DateTimeFormatOptions,
};

export const messages: Messages<typeof en> = {
  en,
  it: {
    loading: 'Caricamento di mentor e mentee…',
    none: 'Non hai ancora un mentor o un mentee. Invia una richiesta a una delle persone suggerite, o attendi il prossimo turno del tuo programma.',
    current: 'Abbinamenti in corso',
    past: 'Abbinamenti passati',
    // "Il tuo mentor" would give the other person a gender: the sentence says what they do instead.
    yourMentor: (programme) => `Ti fa da mentor in ${programme}`,
    yourMentee: (programme) => `Fai da mentor a questa persona in ${programme}`,
    status: {
      proposed: 'In attesa di conferma',
      active: 'Attivo',
      paused: 'In pausa',
      completed: 'Completato',
      ended: 'Concluso',
    },
    since: (date) => `Abbinamento dal ${date}.`,
    proposedOn: (date) => `Proposto il ${date}.`,
    pausedUntil: (date) => `In pausa fino a ${date}: riprende da solo.`,
    confirmPrompt: 'Il tuo programma ha proposto questo abbinamento. Confermalo per iniziare, o rifiutalo.',
    waitingForThem: 'Hai confermato. In attesa della conferma dell’altra persona.',
    endedBecause: {
      person_left: 'Concluso perché una delle due persone ha lasciato l’organizzazione.',
      reporting_line: 'Concluso perché ora una delle due persone riporta all’altra.',
    },
    action: {
      confirm: 'Conferma',
      pause: 'Metti in pausa',
      resume: 'Riprendi',
      complete: 'Segna come completato',
      end: 'Concludi',
      decline: 'Rifiuta',
    },
    actionWith: {
      confirm: (name) => `Conferma l’abbinamento con ${name}`,
      pause: (name) => `Metti in pausa l’abbinamento con ${name}`,
      resume: (name) => `Riprendi l’abbinamento con ${name}`,
      complete: (name) => `Segna come completato l’abbinamento con ${name}`,
      end: (name) => `Concludi l’abbinamento con ${name}`,
      decline: (name) => `Rifiuta l’abbinamento con ${name}`,
    },
    question: {
      pause: (name) => `Mettere in pausa l’abbinamento con ${name}?`,
      complete: (name) => `Segnare come completato l’abbinamento con ${name}?`,
      end: (name) => `Concludere l’abbinamento con ${name}?`,
      decline: (name) => `Rifiutare l’abbinamento con ${name}?`,
    },
    cancels: (booked) =>
      booked === undefined
        ? 'Gli incontri fissati nei vostri calendari verranno annullati.'
        : booked === 0
          ? 'Non ci sono incontri fissati, quindi nessun incontro verrà annullato.'
          : booked === 1
            ? 'L’unico incontro fissato nei vostri calendari verrà annullato.'
            : `I ${booked} incontri fissati nei vostri calendari verranno annullati.`,
    after: {
      pause: (date) => `Da ${date} l’abbinamento riprende da solo e gli incontri vengono fissati di nuovo.`,
      complete: 'Lo troverete tra gli abbinamenti passati. Non si può annullare.',
      end: 'Lo saprete entrambi, e non si può annullare.',
      decline: 'Lo saprete entrambi, e non si può annullare.',
    },
    until: 'Fine della pausa',
    untilHint: (latest) => `Un giorno qualsiasi da domani a ${latest}.`,
    yes: {
      pause: 'Metti in pausa',
      complete: 'Segna come completato',
      end: 'Concludi l’abbinamento',
      decline: 'Rifiuta',
    },
    keep: 'Lascia com’è',
    cancel: 'Annulla',
    working: 'Salvataggio…',
    done: {
      confirm: 'Confermato.',
      pause: 'In pausa. Gli incontri sono annullati; riprende da solo il giorno che hai scelto.',
      resume: 'Ripreso. Gli incontri verranno fissati di nuovo.',
      complete: 'Segnato come completato. Ottimo lavoro!',
      end: 'Concluso.',
    },
    errors: {
      invalid_transition:
        'Questo abbinamento è cambiato da quando hai aperto la pagina. Aggiorna per vedere a che punto è.',
      pair_not_found: 'Questo abbinamento non esiste più. Aggiorna la pagina.',
      pause_end_not_future: 'Scegli un giorno dopo oggi per la fine della pausa.',
      pause_too_long: 'Una pausa può durare al massimo sei mesi. Scegli un giorno precedente.',
    },
    tooLongUntil: (latest) => `Una pausa può durare al massimo sei mesi: scegli ${latest} o un giorno prima.`,
    pickADay: 'Scegli il giorno in cui finisce la pausa.',
    // "fino a mar 12 gen" reads clipped: Italian spells the day out ("martedì 12 gennaio").
    day: { weekday: 'long', day: 'numeric', month: 'long' },
  },
};
