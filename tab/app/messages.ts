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
};

export const messages: Messages<typeof en> = {
  en,
  it: {
    starting: 'Avvio di Tandem…',
    sandbox: 'Sandbox',
    signedInAs: (name) => `Accesso effettuato come ${name}`,
    switchPerson: 'Cambia persona',
    signInTitle: 'Accedi alla sandbox',
    signInIntro: 'Questa è un’organizzazione dimostrativa di persone inventate. Scegli chiunque per vedere Tandem con i suoi occhi.',
    homeTitle: 'Ti diamo il benvenuto in Tandem',
    homeIntro: 'Mentoring e reverse mentoring, proprio dove lavori.',
    openInHostTitle: 'Apri Tandem in Teams o Outlook',
    openInHostBody:
      'Tandem funziona dentro Microsoft Teams, Outlook e l’app Microsoft 365, che si occupano dell’accesso. In Teams, seleziona App, cerca Tandem e aprilo.',
  },
};
