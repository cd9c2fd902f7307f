import type { Language, Messages } from '../lib/i18n';

const en = {
  starting: 'Starting Tandem…',
  sandbox: 'Sandbox',
  signedInAs: (name: string) => `Signed in as ${name}`,
  switchPerson: 'Switch person',
  signInTitle: 'Sign in to the sandbox',
  signInIntro: 'This is a demo organisation of made-up people. Choose anyone to see Tandem as they would.',
  homeTitle: 'Welcome to Tandem',
  homeIntro: 'Mentoring and reverse mentoring, right where you work.',
  openInHostTitle: 'Open Tandem in Teams or Outlook',
  openInHostBody:
    'Tandem runs inside Microsoft Teams, Outlook and the Microsoft 365 app, which sign you in. In Teams, select Apps, search for Tandem and open it.',
  navigation: 'Tandem',
  /** The reader's language, for labels kept in both (the HR area's views, tab/features/hr/views.ts). */
  language: 'en' as Language,
  nav: {
    home: 'Home',
    join: 'Join',
    programmes: 'My programmes',
    requests: 'Requests',
    meetings: 'Meetings',
    hr: 'HR',
  },
  hrOnlyTitle: 'For HR programme owners',
  hrOnlyIntro:
    'This part of Tandem is where HR runs its programmes. Your account does not have the HR programme owner role; if it should, ask your IT team.',
  /** The menu of the views that do not fit on the screen. */
  more: 'More',
  loadingView: 'Loading…',
  viewFailed: 'This part of Tandem did not load.',
  reload: 'Reload',
  notFoundTitle: 'Nothing here',
  notFoundIntro: 'This address is not a page of Tandem. It may come from an old link.',
  goHome: 'Go to Home',
  offlineTitle: "Tandem can't reach its server.",
  offlineBody: 'What you see may be out of date. Check your connection; Tandem keeps trying.',
  offlineRetrying: 'Trying again…',
  retry: 'Try again',
  pairTitle: 'Pairing',
  pairWith: (name: string) => `Pairing with ${name}`,
  pairNotFound: 'This pairing is not among yours. It may have been a proposal that was declined.',
  pairMeetings: 'See the meetings',
  requestNotListed: 'That request is no longer listed. Here are your requests.',
  pairsHeading: 'Your mentors and mentees',
  requestsHeading: 'Requests',
  suggestionsHeading: 'Suggested for you',
  notJoined: 'Join a programme to get suggestions of mentors or mentees who fit you.',
  allPaused: 'Your programmes are paused, so there are no suggestions. Turn one on again to get them.',
  join: 'Join a programme',
  allMatched: 'You have the mentors and mentees you asked for, so there are no suggestions for now.',
  changeProgrammes: 'Change my programmes',
  joinTitle: 'Join a programme',
  programmesTitle: 'My programmes',
  programmesIntro:
    'Choose your programmes and how you would like to take part. It takes about a minute, and you can change it any time.',
  loadingProgrammes: 'Loading your programmes…',
  requestsTitle: 'Requests',
  requestsIntro: 'Ask someone suggested for you to pair, and answer the people who asked you.',
  loadingProfile: 'Loading your profile…',
  meetingsTitle: 'Meetings',
  meetingsIntro:
    'Your mentoring sessions, booked by Tandem in both calendars with a Teams link. Skip or move one, and say how each went.',
  nextMeetingsHeading: 'Your next meetings',
  nextStep: {
    heading: 'Your next step',
    join: {
      title: 'Find a mentor, or become one',
      body: 'Join Mentoring or Reverse mentoring. It takes about a minute, and Tandem suggests people who fit you.',
      action: 'Join a programme',
    },
    allPaused: {
      title: 'Your programmes are paused',
      body: 'There are no suggestions while they are. Turn one on again when you are ready.',
      action: 'Change my programmes',
    },
    answerAsMentor: (name: string, programme: string) => `${name} would like you as their mentor in ${programme}`,
    answerAsMentee: (name: string, programme: string) => `${name} offers to mentor you in ${programme}`,
    answerBody: (date: string) => `Read why you fit and answer. The request stays open until ${date}.`,
    answer: 'Answer',
    answerMany: (count: number) => `${count} requests are waiting for your answer`,
    answerManyBody: (name: string) => `The first is from ${name}.`,
    answerAll: 'Answer requests',
    confirmTitle: (name: string) => `Confirm your pairing with ${name}`,
    confirmBody: (programme: string) =>
      `${programme} proposes that you two pair up. Once you both confirm, Tandem books your meetings.`,
    seePair: 'See the pairing',
    sessionSoon: (name: string) => `Your session with ${name} starts soon`,
    session: (name: string) => `Next session with ${name}`,
    seeSession: 'See the session',
    checkInTitle: (name: string) => `How did your session with ${name} go?`,
    checkInBody: (when: string) => `${when}. Say how it went in a minute: only you see your check-in.`,
    checkIn: 'Check in',
    bookingTitle: (name: string) => `You are paired with ${name}`,
    bookingBody: (programme: string) => `Tandem is finding times in both calendars for your ${programme} meetings.`,
    pausedTitle: (name: string) => `Your pairing with ${name} is paused`,
    pausedUntil: (date: string) => `It resumes by itself on ${date}.`,
    pausedBody: 'Resume it when you are both ready.',
    sentTitle: (name: string) => `Waiting for ${name}’s answer`,
    sentAsMentee: (name: string, programme: string, date: string) =>
      `You asked ${name} to be your mentor in ${programme}. The request stays open until ${date}.`,
    sentAsMentor: (name: string, programme: string, date: string) =>
      `You offered to mentor ${name} in ${programme}. The request stays open until ${date}.`,
    seeRequest: 'See your request',
    chooseMentor: (programme: string) => `Choose your mentor in ${programme}`,
    chooseMentorBody: (count: number) =>
      count === 1
        ? 'One person fits what you want to learn. Read why, and send them a request.'
        : `${count} people fit what you want to learn. Read why, and send a request to the one you prefer.`,
    chooseMentee: (programme: string) => `Offer to mentor someone in ${programme}`,
    chooseMenteeBody: (count: number) =>
      count === 1
        ? 'One person looking for a mentor fits what you offer.'
        : `${count} people looking for a mentor fit what you offer.`,
    seeSuggestions: 'See the suggestions',
    mentorWaiting: (programme: string) => `You are on the list as a mentor in ${programme}`,
    mentorWaitingBody:
      'When someone looking for a mentor fits what you offer, they will see you among their suggestions. We will tell you in Teams when someone asks.',
  },
};

export const messages: Messages<typeof en> = {
  en,
  it: {
    starting: 'Avvio di Tandem…',
    sandbox: 'Sandbox',
    signedInAs: (name) => `Accesso effettuato come ${name}`,
    switchPerson: 'Cambia persona',
    signInTitle: 'Accedi alla sandbox',
    signInIntro:
      'Questa è un’organizzazione dimostrativa di persone inventate. Scegli chiunque per vedere Tandem con i suoi occhi.',
    homeTitle: 'Ti diamo il benvenuto in Tandem',
    homeIntro: 'Mentoring e reverse mentoring, proprio dove lavori.',
    openInHostTitle: 'Apri Tandem in Teams o Outlook',
    openInHostBody:
      'Tandem funziona dentro Microsoft Teams, Outlook e l’app Microsoft 365, che si occupano dell’accesso. In Teams, seleziona App, cerca Tandem e aprilo.',
    navigation: 'Tandem',
    language: 'it',
    nav: {
      home: 'Home',
      join: 'Partecipa',
      programmes: 'I miei programmi',
      requests: 'Richieste',
      meetings: 'Incontri',
      hr: 'HR',
    },
    hrOnlyTitle: 'Per chi gestisce i programmi HR',
    hrOnlyIntro:
      'In questa parte di Tandem l’HR gestisce i suoi programmi. Il tuo account non ha il ruolo di responsabile dei programmi HR; se dovrebbe averlo, chiedi al tuo team IT.',
    more: 'Altro',
    loadingView: 'Caricamento…',
    viewFailed: 'Questa parte di Tandem non si è caricata.',
    reload: 'Ricarica',
    notFoundTitle: 'Qui non c’è niente',
    notFoundIntro: 'Questo indirizzo non è una pagina di Tandem. Forse viene da un link vecchio.',
    goHome: 'Vai alla Home',
    offlineTitle: 'Tandem non riesce a raggiungere il server.',
    offlineBody:
      'Quello che vedi potrebbe non essere aggiornato. Controlla la connessione; Tandem continua a riprovare.',
    offlineRetrying: 'Nuovo tentativo…',
    retry: 'Riprova',
    pairTitle: 'Abbinamento',
    pairWith: (name) => `Abbinamento con ${name}`,
    pairNotFound: 'Questo abbinamento non è tra i tuoi. Forse era una proposta rifiutata.',
    pairMeetings: 'Vedi gli incontri',
    requestNotListed: 'Quella richiesta non è più in elenco. Ecco le tue richieste.',
    pairsHeading: 'I tuoi mentor e mentee',
    requestsHeading: 'Richieste',
    suggestionsHeading: 'Suggerimenti per te',
    notJoined: 'Partecipa a un programma per ricevere suggerimenti di mentor o mentee adatti a te.',
    allPaused: 'I tuoi programmi sono in pausa, quindi non ci sono suggerimenti. Riattivane uno per riceverli.',
    join: 'Partecipa a un programma',
    allMatched: 'Hai già i mentor e i mentee che cercavi, quindi per ora non ci sono suggerimenti.',
    changeProgrammes: 'Modifica i miei programmi',
    joinTitle: 'Partecipa a un programma',
    programmesTitle: 'I miei programmi',
    programmesIntro:
      'Scegli i programmi e come vuoi partecipare. Ci vuole circa un minuto, e puoi cambiare idea quando vuoi.',
    loadingProgrammes: 'Caricamento dei tuoi programmi…',
    requestsTitle: 'Richieste',
    requestsIntro: 'Chiedi a una persona suggerita di fare coppia, e rispondi a chi ti ha mandato una richiesta.',
    loadingProfile: 'Caricamento del tuo profilo…',
    meetingsTitle: 'Incontri',
    meetingsIntro:
      'I tuoi incontri di mentoring, fissati da Tandem in entrambi i calendari con un link di Teams. Salta o sposta un incontro, e racconta com’è andato.',
    nextMeetingsHeading: 'I tuoi prossimi incontri',
    nextStep: {
      heading: 'Il prossimo passo',
      join: {
        title: 'Trova un mentor, o fai da mentor',
        body: 'Partecipa al Mentoring o al Reverse mentoring. Ci vuole circa un minuto, e Tandem ti suggerisce le persone adatte a te.',
        action: 'Partecipa a un programma',
      },
      allPaused: {
        title: 'I tuoi programmi sono in pausa',
        body: 'Finché sono in pausa non ci sono suggerimenti. Riattivane uno quando vuoi.',
        action: 'Modifica i miei programmi',
      },
      answerAsMentor: (name, programme) => `${name} ti vorrebbe come mentor nel ${programme}`,
      answerAsMentee: (name, programme) => `${name} si offre di farti da mentor nel ${programme}`,
      answerBody: (date) => `Leggi perché siete compatibili e rispondi. La richiesta resta aperta fino al ${date}.`,
      answer: 'Rispondi',
      answerMany: (count) => `${count} richieste aspettano la tua risposta`,
      answerManyBody: (name) => `La prima è di ${name}.`,
      answerAll: 'Rispondi alle richieste',
      confirmTitle: (name) => `Conferma l’abbinamento con ${name}`,
      confirmBody: (programme) =>
        `Il programma ${programme} vi propone come coppia. Dopo la conferma di tutte e due le persone, Tandem fissa gli incontri.`,
      seePair: 'Vedi l’abbinamento',
      sessionSoon: (name) => `L’incontro con ${name} sta per iniziare`,
      session: (name) => `Prossimo incontro con ${name}`,
      seeSession: 'Vedi l’incontro',
      checkInTitle: (name) => `Com’è andato l’incontro con ${name}?`,
      checkInBody: (when) => `${when}. Racconta in un minuto com’è andato: il tuo check-in lo vedi solo tu.`,
      checkIn: 'Fai il check-in',
      bookingTitle: (name) => `Fai coppia con ${name}`,
      bookingBody: (programme) =>
        `Tandem sta cercando gli orari liberi in entrambi i calendari per gli incontri del ${programme}.`,
      pausedTitle: (name) => `L’abbinamento con ${name} è in pausa`,
      pausedUntil: (date) => `Riprende da solo il ${date}.`,
      pausedBody: 'Riprendilo quando il momento è giusto per entrambe le parti.',
      sentTitle: (name) => `In attesa della risposta di ${name}`,
      sentAsMentee: (name, programme, date) =>
        `Hai chiesto a ${name} di farti da mentor nel ${programme}. La richiesta resta aperta fino al ${date}.`,
      sentAsMentor: (name, programme, date) =>
        `Hai proposto a ${name} di seguire il suo percorso come mentor nel ${programme}. La richiesta resta aperta fino al ${date}.`,
      seeRequest: 'Vedi la tua richiesta',
      chooseMentor: (programme) => `Scegli chi ti farà da mentor nel ${programme}`,
      chooseMentorBody: (count) =>
        count === 1
          ? 'Una persona è adatta a ciò che vuoi imparare. Leggi perché e mandale una richiesta.'
          : `${count} persone sono adatte a ciò che vuoi imparare. Leggi perché e manda una richiesta a chi preferisci.`,
      chooseMentee: (programme) => `Offriti come mentor nel ${programme}`,
      chooseMenteeBody: (count) =>
        count === 1
          ? 'Una persona che cerca un mentor è adatta a ciò che offri.'
          : `${count} persone che cercano un mentor sono adatte a ciò che offri.`,
      seeSuggestions: 'Vedi i suggerimenti',
      mentorWaiting: (programme) => `Sei in lista come mentor nel ${programme}`,
      mentorWaitingBody:
        'Quando una persona che cerca un mentor è adatta a ciò che offri, ti vedrà tra i suoi suggerimenti. Ti avviseremo in Teams quando qualcuno ti scrive.',
    },
  },
};
