import type { Messages } from '../lib/i18n';

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
  nav: { home: 'Home', join: 'Join', programmes: 'My programmes', requests: 'Requests', meetings: 'Meetings' },
  loadingView: 'Loading…',
  pairsHeading: 'Your mentors and mentees',
  requestsHeading: 'Requests',
  suggestionsHeading: 'Suggested for you',
  notJoined: 'Join a programme to get suggestions of mentors or mentees who fit you.',
  allPaused: 'Your programmes are paused, so there are no suggestions. Turn one on again to get them.',
  join: 'Join a programme',
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
    nav: {
      home: 'Home',
      join: 'Partecipa',
      programmes: 'I miei programmi',
      requests: 'Richieste',
      meetings: 'Incontri',
    },
    loadingView: 'Caricamento…',
    pairsHeading: 'I tuoi mentor e mentee',
    requestsHeading: 'Richieste',
    suggestionsHeading: 'Suggeriti per te',
    notJoined: 'Partecipa a un programma per ricevere suggerimenti di mentor o mentee adatti a te.',
    allPaused: 'I tuoi programmi sono in pausa, quindi non ci sono suggerimenti. Riattivane uno per riceverli.',
    join: 'Partecipa a un programma',
    changeProgrammes: 'Modifica i miei programmi',
    joinTitle: 'Partecipa a un programma',
    programmesTitle: 'I miei programmi',
    programmesIntro:
      'Scegli i programmi e come vuoi partecipare. Ci vuole circa un minuto, e puoi cambiare idea quando vuoi.',
    loadingProgrammes: 'Caricamento dei tuoi programmi…',
    requestsTitle: 'Richieste',
    requestsIntro: 'Chiedi a una persona suggerita di fare coppia, e rispondi a chi ti ha scritto.',
    loadingProfile: 'Caricamento del tuo profilo…',
    meetingsTitle: 'Incontri',
    meetingsIntro:
      'I tuoi incontri di mentoring, fissati da Tandem in entrambi i calendari con un link di Teams. Salta o sposta un incontro, e racconta com’è andato.',
    nextMeetingsHeading: 'I tuoi prossimi incontri',
  },
};
