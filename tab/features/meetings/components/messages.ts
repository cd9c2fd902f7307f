import type { ErrorCode } from '../../../../server/errors';
import type { Cadence, ProgrammeId } from '../../../../server/matching/schemas';
import type { OccurrenceStatus, ProblemCode, SeriesStatus } from '../../../../server/scheduling/schemas';
import type { Messages } from '../../../lib/i18n';

type When = (when: string) => string;
type Named = (name: string) => string;
/** A pairing that is over for now: its words say whether its sessions are still being cancelled. */
type Over = (cancelling: boolean) => string;
/** What an action says for the server's codes it knows; each key is a code of the catalogue. */
type ErrorWords = Partial<Record<ErrorCode, string>>;

const en = {
  loading: 'Loading your meetings…',
  none: 'No meetings yet: once you and your mentor or mentee are paired, Tandem books them in both calendars.',
  findSomeone: 'Find a mentor or mentee',
  timesIn: (zone: string) => `Times are in your time zone: ${zone}.`,
  timesInDevice: 'Times are in this device’s time zone.',
  someone: 'Someone',
  yourMentor: (programme: string) => `Your mentor in ${programme}`,
  yourMentee: (programme: string) => `Your mentee in ${programme}`,
  programme: { mentoring: 'Mentoring', reverse: 'Reverse mentoring' } satisfies Record<ProgrammeId, string>,
  cadence: {
    weekly: (minutes: number) => `Every week, ${minutes} minutes`,
    biweekly: (minutes: number) => `Every two weeks, ${minutes} minutes`,
    monthly: (minutes: number) => `Every month, ${minutes} minutes`,
  } satisfies Record<Cadence, (minutes: number) => string>,
  status: {
    booking: 'Finding a time…',
    booked: 'Booked',
    needs_attention: 'Needs attention',
    cancelling: 'Being cancelled',
    cancelled: 'Cancelled',
    replaced: 'Being booked again',
  } satisfies Record<SeriesStatus, string>,
  // Nothing to add when booked; needs_attention says what the problem is instead.
  explain: {
    booked: null,
    needs_attention: null,
    booking:
      'Tandem is looking for a time when you are both free and will put it in both calendars, with a Teams link. This takes a minute or two.',
    cancelling: 'Tandem is removing the sessions still to come from both calendars.',
    cancelled: 'These meetings were cancelled, so no more sessions are coming. The ones you had are listed below.',
    replaced:
      'Tandem is booking these meetings again at a new time, for example because one of you declined them in Outlook.',
  } satisfies Record<SeriesStatus, string | null>,
  problem: {
    no_free_slot: 'Tandem could not find a time when you are both free in the coming weeks.',
    no_shared_hours: 'Your working hours and theirs do not overlap, for example because of your time zones.',
    no_working_hours: 'One of you has no working hours set in Outlook, so Tandem cannot tell when you are available.',
    no_mailbox: 'One of you has no Outlook mailbox, so Tandem cannot book meetings for you.',
    calendar_unreadable: 'Tandem could not read one of your calendars in Outlook.',
    unknown: 'Tandem could not book these meetings.',
  } satisfies Record<Exclude<ProblemCode, 'outlook_refused'> | 'unknown', string>,
  outlookRefused: (code: string) => `Outlook refused to create the meeting (${code}).`,
  fix: {
    no_free_slot: 'Free up some time in your working hours in Outlook, or ask them to.',
    no_shared_hours: 'One of you can widen your working hours in Outlook (Settings, Calendar, Work hours).',
    no_working_hours:
      'Set your working hours in Outlook (Settings, Calendar, Work hours), and ask them to check theirs.',
    no_mailbox: 'Ask your IT team to give both of you an Outlook mailbox.',
    calendar_unreadable: 'If it keeps happening, ask your IT team to check Tandem’s access to calendars.',
    outlook_refused: 'If it keeps happening, tell your IT team.',
    unknown: 'If it keeps happening, tell your IT team.',
  } satisfies Record<ProblemCode | 'unknown', string>,
  // A pairing paused, completed or ended: its meetings are cancelled, whatever the series says.
  pairOver: {
    paused: 'Pairing paused',
    completed: 'Pairing completed',
    ended: 'Pairing ended',
  },
  pairOverText: {
    paused: ((cancelling) =>
      cancelling
        ? 'This pairing is paused; Tandem is cancelling its sessions in both calendars. New ones are booked when it resumes.'
        : 'This pairing is paused; its sessions were cancelled. New ones are booked when it resumes.') as Over,
    completed: ((cancelling) =>
      cancelling
        ? 'This pairing is complete; Tandem is cancelling its sessions in both calendars.'
        : 'This pairing is complete; its sessions were cancelled.') as Over,
    ended: ((cancelling) =>
      cancelling
        ? 'This pairing ended; Tandem is cancelling its sessions in both calendars.'
        : 'This pairing ended; its sessions were cancelled.') as Over,
  },
  retriesDaily: 'Tandem tries again every day and books the meetings as soon as it can; you will both be told.',
  nextHeading: 'Next session',
  upcomingHeading: 'Coming up',
  pastHeading: 'Past sessions',
  goalsHeading: 'Progress on goals',
  noUpcoming: 'No session is coming up.',
  join: 'Join in Teams',
  joinWith: (name: string) => `Join in Teams with ${name}`,
  download: 'Download .ics',
  downloadWith: (name: string) => `Download .ics of the next session with ${name}`,
  downloading: 'Preparing the file…',
  session: {
    scheduled: 'Scheduled',
    skipping: 'Being skipped',
    skipped: 'Skipped',
    rescheduling: 'Being moved',
    cancelled: 'Cancelled',
  } satisfies Record<OccurrenceStatus, string>,
  updating: 'Tandem is updating both calendars.',
  notMoved: 'Could not move',
  movedFromDay: (day: string) => `Moved from ${day}`,
  movedFromTime: (time: string) => `Moved from ${time}`,
  // The other person's clock, beside a session, when it reads differently from the reader's.
  theirTime: (time: string, name: string) => `${time} for ${name}`,
  theirTimeUnnamed: (time: string) => `${time}, their time`,
  notMovedHelp:
    'Neither of you had another free time before the following session, so this one stays as it was. Skip it, or move it yourselves in Outlook.',
  skip: 'Skip',
  reschedule: 'Move',
  skipOn: ((when) => `Skip the session on ${when}`) as When,
  rescheduleOn: ((when) => `Move the session on ${when}`) as When,
  skipTitle: 'Skip this session?',
  skipBody: (when: string, name: string) =>
    `Tandem will remove the session on ${when} from your calendar and from ${name}’s. The sessions after it stay as they are.`,
  skipConfirm: 'Skip session',
  rescheduleTitle: 'Move this session',
  rescheduleBody: (when: string, name: string) =>
    `Pick a time when you and ${name} are both free. Tandem moves the session on ${when} in both calendars.`,
  findingTimes: 'Looking for times when you are both free…',
  freeTimes: 'Free times',
  chooseTime: 'Choose one of the times.',
  rescheduleConfirm: 'Move session',
  noTimes: (name: string) => `You and ${name} have no free time in common before the following session.`,
  noTimesHelp:
    'Tandem can look again as it moves the session: calendars change. If nothing is free then, it stays where it is and you will both be told.',
  letTandemFind: 'Let Tandem find a time',
  keep: 'Keep it',
  working: 'Sending…',
  skippingNotice: ((when) => `Skipping the session on ${when}. Tandem is updating both calendars.`) as When,
  reschedulingNotice: ((when) =>
    `Looking for another time for the session on ${when}. Tandem is updating both calendars.`) as When,
  movingNotice: (when: string, to: string) =>
    `Moving the session on ${when} to ${to}. Tandem is updating both calendars.`,
  changeErrors: {
    meeting_started: 'This session has already started or taken place, so it can no longer be changed.',
    meeting_changing:
      'This session is already being changed. Wait a moment for Tandem to finish; the page updates by itself.',
    series_not_booked:
      'These meetings are not booked right now, so single sessions cannot be changed. Check back once they are.',
    meeting_not_found: 'This session no longer exists. The page has been refreshed.',
  } satisfies ErrorWords,
  downloadErrors: {
    no_upcoming_meeting: 'There is no session coming up to download.',
    meeting_not_found: 'These meetings no longer exist. Refresh the page.',
  } satisfies ErrorWords,
  // Check-in
  notCheckedIn: 'Not checked in yet.',
  checkedIn: 'Checked in.',
  checkIn: 'Check in',
  editCheckIn: 'Edit check-in',
  checkInOn: ((when) => `Check in on the session on ${when}`) as When,
  editCheckInOn: ((when) => `Edit your check-in on the session on ${when}`) as When,
  checkInTitle: ((when) => `Check-in for ${when}`) as When,
  happened: 'Did the session take place?',
  yes: 'Yes',
  no: 'No',
  chooseHappened: 'Say whether the session took place.',
  usefulness: 'How useful was it?',
  confidence: 'How confident do you feel now?',
  scaleHint: '1 is not at all, 5 is very.',
  notes: 'Private notes (optional)',
  notesHint: 'Only you can see these notes.',
  save: 'Save check-in',
  saving: 'Saving…',
  saved: 'Check-in saved.',
  summary: {
    happened: 'It took place.',
    missed: 'It did not take place.',
    usefulness: (n: number) => `Usefulness ${n} of 5.`,
    confidence: (n: number) => `Confidence ${n} of 5.`,
    savedOn: (date: string) => `Saved on ${date}.`,
  },
  checkinErrors: {
    meeting_not_over: 'This session has not ended yet. Check in once it is over.',
    meeting_not_found: 'This session no longer exists. Refresh the page.',
  } satisfies ErrorWords,
  // Goals
  goalsMentee: ((name) => `How far along are you with each goal? ${name} sees this too.`) as Named,
  goalsMentor: ((name) => `How far along ${name} is with each goal. Only they update it.`) as Named,
  noGoalsMentee: 'You chose no goals for this programme. You can add some in My programmes.',
  noGoalsMentor: ((name) => `${name} chose no goals for this programme.`) as Named,
  percent: (n: string) => `${n}%`,
  saveProgress: 'Save progress',
  progressSaved: 'Progress saved.',
  goalErrors: {
    mentee_only: 'Only the mentee updates progress on goals.',
    unknown_goal: 'One of these goals is no longer part of this programme. Refresh the page.',
    meeting_not_found: 'These meetings no longer exist. Refresh the page.',
  } satisfies ErrorWords,
  // Home
  seeAll: 'See all meetings',
  nextWith: (name: string) => `With ${name}`,
  // A link that points at what the list no longer holds
  seriesNotListed: 'These meetings are not among yours any more. Here are the ones you have.',
  sessionNotListed: 'That session is no longer listed. Here are the sessions of these meetings.',
};

export const messages: Messages<typeof en> = {
  en,
  it: {
    loading: 'Caricamento dei tuoi incontri…',
    none: 'Ancora nessun incontro: quando avrai un mentor o un mentee, Tandem fisserà gli incontri in entrambi i calendari.',
    findSomeone: 'Trova un mentor o un mentee',
    timesIn: (zone) => `Gli orari sono nel tuo fuso orario: ${zone}.`,
    timesInDevice: 'Gli orari sono nel fuso orario di questo dispositivo.',
    someone: 'Una persona',
    // Without "il tuo" / "la tua": the other person's gender is not known.
    yourMentor: (programme) => `Ti segue come mentor nel programma ${programme}`,
    yourMentee: (programme) => `Segui questa persona come mentor nel programma ${programme}`,
    programme: { mentoring: 'Mentoring', reverse: 'Reverse mentoring' },
    cadence: {
      weekly: (minutes) => `Ogni settimana, ${minutes} minuti`,
      biweekly: (minutes) => `Ogni due settimane, ${minutes} minuti`,
      monthly: (minutes) => `Ogni mese, ${minutes} minuti`,
    },
    status: {
      booking: 'Ricerca di un orario…',
      booked: 'Incontri fissati',
      needs_attention: 'Da sistemare',
      cancelling: 'Annullamento in corso',
      cancelled: 'Incontri annullati',
      replaced: 'Nuova prenotazione in corso',
    },
    explain: {
      booked: null,
      needs_attention: null,
      booking:
        'Tandem sta cercando un orario in cui siete entrambi liberi e lo inserirà in entrambi i calendari, con un link di Teams. Ci vuole un minuto o due.',
      cancelling: 'Tandem sta togliendo gli incontri futuri da entrambi i calendari.',
      cancelled:
        'Questi incontri sono stati annullati: non ce ne sono altri in programma. Quelli già fatti sono elencati qui sotto.',
      replaced:
        'Tandem sta fissando di nuovo questi incontri a un nuovo orario, per esempio perché uno di voi li ha rifiutati in Outlook.',
    },
    problem: {
      no_free_slot: 'Tandem non ha trovato un orario in cui siete entrambi liberi nelle prossime settimane.',
      no_shared_hours: 'I vostri orari di lavoro non si sovrappongono, per esempio a causa dei fusi orari.',
      no_working_hours:
        'Uno di voi non ha impostato l’orario di lavoro in Outlook, quindi Tandem non sa quando siete disponibili.',
      no_mailbox: 'Uno di voi non ha una casella di posta Outlook, quindi Tandem non può fissare incontri.',
      calendar_unreadable: 'Tandem non è riuscito a leggere uno dei vostri calendari in Outlook.',
      unknown: 'Tandem non è riuscito a fissare questi incontri.',
    },
    outlookRefused: (code) => `Outlook ha rifiutato di creare la riunione (${code}).`,
    fix: {
      no_free_slot: 'Libera un po’ di tempo nel tuo orario di lavoro in Outlook, o chiedi all’altra persona di farlo.',
      no_shared_hours:
        'Uno di voi può ampliare l’orario di lavoro in Outlook (Impostazioni, Calendario, Orario di lavoro).',
      no_working_hours:
        'Imposta il tuo orario di lavoro in Outlook (Impostazioni, Calendario, Orario di lavoro) e chiedi all’altra persona di controllare il suo.',
      no_mailbox: 'Chiedi al tuo team IT di dare a entrambi una casella di posta Outlook.',
      calendar_unreadable: 'Se succede ancora, chiedi al tuo team IT di controllare l’accesso di Tandem ai calendari.',
      outlook_refused: 'Se succede ancora, avvisa il tuo team IT.',
      unknown: 'Se succede ancora, avvisa il tuo team IT.',
    },
    pairOver: {
      paused: 'Abbinamento in pausa',
      completed: 'Abbinamento completato',
      ended: 'Abbinamento terminato',
    },
    pairOverText: {
      paused: (cancelling) =>
        cancelling
          ? 'Questo abbinamento è in pausa: Tandem sta annullando i suoi incontri in entrambi i calendari. Alla ripresa ne fisserà di nuovi.'
          : 'Questo abbinamento è in pausa e i suoi incontri sono stati annullati. Alla ripresa Tandem ne fisserà di nuovi.',
      completed: (cancelling) =>
        cancelling
          ? 'Questo abbinamento è completato: Tandem sta annullando i suoi incontri in entrambi i calendari.'
          : 'Questo abbinamento è completato e i suoi incontri sono stati annullati.',
      ended: (cancelling) =>
        cancelling
          ? 'Questo abbinamento è terminato: Tandem sta annullando i suoi incontri in entrambi i calendari.'
          : 'Questo abbinamento è terminato e i suoi incontri sono stati annullati.',
    },
    retriesDaily: 'Tandem riprova ogni giorno e fissa gli incontri appena possibile; ve lo comunicherà.',
    nextHeading: 'Prossimo incontro',
    upcomingHeading: 'Incontri successivi',
    pastHeading: 'Incontri passati',
    goalsHeading: 'Progressi sugli obiettivi',
    noUpcoming: 'Nessun incontro in arrivo.',
    join: 'Partecipa su Teams',
    joinWith: (name) => `Partecipa su Teams con ${name}`,
    download: 'Scarica .ics',
    downloadWith: (name) => `Scarica il file .ics del prossimo incontro con ${name}`,
    downloading: 'Preparazione del file…',
    session: {
      scheduled: 'In programma',
      skipping: 'Annullamento in corso',
      skipped: 'Saltato',
      rescheduling: 'Spostamento in corso',
      cancelled: 'Annullato',
    },
    updating: 'Tandem sta aggiornando entrambi i calendari.',
    notMoved: 'Spostamento non riuscito',
    notMovedHelp:
      'Nessuno dei due aveva un altro orario libero prima dell’incontro successivo, quindi l’incontro resta dov’era. Puoi saltarlo, oppure spostarlo voi in Outlook.',
    movedFromDay: (day) => `Spostato da ${day}`,
    movedFromTime: (time) => `Spostato dalle ${time}`,
    theirTime: (time, name) => `${time} per ${name}`,
    theirTimeUnnamed: (time) => `${time} nel fuso orario dell’altra persona`,
    skip: 'Salta',
    reschedule: 'Sposta',
    skipOn: (when) => `Salta l’incontro di ${when}`,
    rescheduleOn: (when) => `Sposta l’incontro di ${when}`,
    skipTitle: 'Saltare questo incontro?',
    skipBody: (when, name) =>
      `Tandem toglierà l’incontro di ${when} dal tuo calendario e da quello di ${name}. Gli incontri successivi restano come sono.`,
    skipConfirm: 'Salta l’incontro',
    rescheduleTitle: 'Sposta l’incontro',
    rescheduleBody: (when, name) =>
      `Scegli un orario in cui tu e ${name} siete liberi. Tandem sposterà l’incontro di ${when} in entrambi i calendari.`,
    findingTimes: 'Ricerca degli orari liberi per entrambi…',
    freeTimes: 'Orari liberi',
    chooseTime: 'Scegli uno degli orari.',
    rescheduleConfirm: 'Sposta l’incontro',
    noTimes: (name) => `Tu e ${name} non avete orari liberi in comune prima dell’incontro successivo.`,
    noTimesHelp:
      'Tandem può cercare di nuovo mentre sposta l’incontro, perché i calendari cambiano. Se non trova nulla, l’incontro resta dov’è e ve lo comunicherà.',
    letTandemFind: 'Lascia scegliere a Tandem',
    keep: 'Lascia com’è',
    working: 'Invio in corso…',
    skippingNotice: (when) => `L’incontro di ${when} verrà saltato. Tandem sta aggiornando entrambi i calendari.`,
    reschedulingNotice: (when) =>
      `Ricerca di un altro orario per l’incontro di ${when}. Tandem sta aggiornando entrambi i calendari.`,
    movingNotice: (when, to) =>
      `Spostamento dell’incontro di ${when}: nuovo orario ${to}. Tandem sta aggiornando entrambi i calendari.`,
    changeErrors: {
      meeting_started: 'Questo incontro è già iniziato o si è già svolto, quindi non si può più cambiare.',
      meeting_changing:
        'Questo incontro è già in fase di modifica. Attendi un momento che Tandem finisca; la pagina si aggiorna da sola.',
      series_not_booked:
        'Questi incontri al momento non sono fissati, quindi non si possono cambiare singole date. Riprova quando lo saranno.',
      meeting_not_found: 'Questo incontro non esiste più. La pagina è stata aggiornata.',
    },
    downloadErrors: {
      no_upcoming_meeting: 'Non c’è nessun incontro in arrivo da scaricare.',
      meeting_not_found: 'Questi incontri non esistono più. Aggiorna la pagina.',
    },
    notCheckedIn: 'Check-in non ancora fatto.',
    checkedIn: 'Check-in fatto.',
    checkIn: 'Fai il check-in',
    editCheckIn: 'Modifica il check-in',
    checkInOn: (when) => `Fai il check-in dell’incontro di ${when}`,
    editCheckInOn: (when) => `Modifica il check-in dell’incontro di ${when}`,
    checkInTitle: (when) => `Check-in per ${when}`,
    happened: 'L’incontro si è svolto?',
    yes: 'Sì',
    no: 'No',
    chooseHappened: 'Indica se l’incontro si è svolto.',
    usefulness: 'Quanto è stato utile?',
    confidence: 'Quanta sicurezza hai ora?',
    scaleHint: '1 per niente, 5 moltissimo.',
    notes: 'Note private (facoltative)',
    notesHint: 'Solo tu puoi vedere queste note.',
    save: 'Salva il check-in',
    saving: 'Salvataggio…',
    saved: 'Check-in salvato.',
    summary: {
      happened: 'Si è svolto.',
      missed: 'Non si è svolto.',
      usefulness: (n) => `Utilità ${n} su 5.`,
      confidence: (n) => `Sicurezza ${n} su 5.`,
      savedOn: (date) => `Salvato il ${date}.`,
    },
    checkinErrors: {
      meeting_not_over: 'Questo incontro non è ancora finito. Fai il check-in quando sarà concluso.',
      meeting_not_found: 'Questo incontro non esiste più. Aggiorna la pagina.',
    },
    goalsMentee: (name) => `A che punto sei con ciascun obiettivo? Lo vede anche ${name}.`,
    goalsMentor: (name) => `A che punto è ${name} con ciascun obiettivo: lo aggiorna solo chi fa da mentee.`,
    noGoalsMentee: 'Non hai scelto obiettivi per questo programma. Puoi aggiungerli nella sezione I miei programmi.',
    noGoalsMentor: (name) => `${name} non ha scelto obiettivi per questo programma.`,
    percent: (n) => `${n}%`,
    saveProgress: 'Salva i progressi',
    progressSaved: 'Progressi salvati.',
    goalErrors: {
      mentee_only: 'Solo il mentee aggiorna i progressi sugli obiettivi.',
      unknown_goal: 'Uno di questi obiettivi non fa più parte del programma. Aggiorna la pagina.',
      meeting_not_found: 'Questi incontri non esistono più. Aggiorna la pagina.',
    },
    seeAll: 'Vedi tutti gli incontri',
    nextWith: (name) => `Con ${name}`,
    seriesNotListed: 'Questi incontri non sono più tra i tuoi. Ecco quelli che hai.',
    sessionNotListed: 'Quell’incontro non è più in elenco. Ecco gli incontri di questa coppia.',
  },
};
