import type { ErrorCode } from '../../../../server/errors';
import type { OrganisationEnd, PairAction, PairStatus } from '../../../../server/matching/schemas';
import type { Messages } from '../../../lib/i18n';

type Named = (name: string) => string;
/** Ending a proposal nobody started is declining it: the button says so. */
type Shown = PairAction | 'decline';

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
  endQuestion: (name: string) => `End your pairing with ${name}? You will both be told, and it cannot be undone.`,
  endYes: 'End pairing',
  endNo: 'Keep it',
  working: 'Saving…',
  done: {
    confirm: 'Confirmed.',
    pause: 'Paused. Resume whenever you are both ready.',
    resume: 'Resumed.',
    complete: 'Marked as completed. Well done!',
    end: 'Ended.',
  } satisfies Record<PairAction, string>,
  errors: {
    invalid_transition: 'This pairing changed since the page loaded. Refresh to see where it stands.',
    pair_not_found: 'This pairing no longer exists. Refresh the page.',
  } satisfies Partial<Record<ErrorCode, string>>,
};

export const messages: Messages<typeof en> = {
  en,
  it: {
    loading: 'Caricamento di mentor e mentee…',
    none: 'Non hai ancora un mentor o un mentee. Invia una richiesta a una delle persone suggerite, o attendi il prossimo turno del tuo programma.',
    current: 'Abbinamenti in corso',
    past: 'Abbinamenti passati',
    yourMentor: (programme) => `Il tuo mentor nel ${programme}`,
    yourMentee: (programme) => `Il tuo mentee nel ${programme}`,
    status: {
      proposed: 'In attesa di conferma',
      active: 'Attivo',
      paused: 'In pausa',
      completed: 'Completato',
      ended: 'Concluso',
    },
    since: (date) => `In coppia dal ${date}.`,
    proposedOn: (date) => `Proposto il ${date}.`,
    confirmPrompt: 'Il tuo programma ha proposto questo abbinamento. Confermalo per iniziare, o rifiutalo.',
    waitingForThem: 'Hai confermato. In attesa della conferma dell’altra persona.',
    endedBecause: {
      person_left: 'Concluso perché uno di voi ha lasciato l’organizzazione.',
      reporting_line: 'Concluso perché ora uno di voi riporta all’altro.',
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
    endQuestion: (name) => `Concludere l’abbinamento con ${name}? Lo saprete entrambi, e non si può annullare.`,
    endYes: 'Concludi l’abbinamento',
    endNo: 'Mantienilo',
    working: 'Salvataggio…',
    done: {
      confirm: 'Confermato.',
      pause: 'In pausa. Riprendete quando siete pronti.',
      resume: 'Ripreso.',
      complete: 'Segnato come completato. Ottimo lavoro!',
      end: 'Concluso.',
    },
    errors: {
      invalid_transition:
        'Questo abbinamento è cambiato da quando hai aperto la pagina. Aggiorna per vedere a che punto è.',
      pair_not_found: 'Questo abbinamento non esiste più. Aggiorna la pagina.',
    },
  },
};
