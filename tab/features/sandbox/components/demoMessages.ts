import type { Messages } from '../../../lib/i18n';

const en = {
  title: 'The demo programme',
  intro:
    'Everyone here takes part in a mentoring programme already under way: pairs at every stage, meetings in their calendars, check-ins and requests.',
  reset: 'Reset the demo',
  askTitle: 'Start the demo again?',
  ask: 'This removes every change made in the sandbox (programmes, requests, pairings and the meetings in everyone’s calendar) and prepares the demo programme again. It takes about a minute.',
  keep: 'Keep it as it is',
  confirm: 'Reset the demo',
  preparing: 'Preparing the demo programme',
  progress: (done: number, total: number) => `Preparing the demo programme: step ${done} of ${total}.`,
  ready: (when: string) => `Ready since ${when}.`,
  failed:
    'The demo programme could not be prepared, so the programme is empty. Try again, or restart Tandem; the server log says why.',
};

export const demoMessages: Messages<typeof en> = {
  en,
  it: {
    title: 'Il programma demo',
    intro:
      'Tutte le persone qui partecipano a un programma di mentoring già avviato: coppie in ogni fase, incontri in calendario, check-in e richieste.',
    reset: 'Ripristina la demo',
    askTitle: 'Ricominciare la demo?',
    ask: 'Verranno eliminate tutte le modifiche fatte nella sandbox (programmi, richieste, abbinamenti e gli incontri nei calendari) e il programma demo verrà preparato di nuovo. Serve circa un minuto.',
    keep: 'Lascia com’è',
    confirm: 'Ripristina la demo',
    preparing: 'Preparazione del programma demo',
    progress: (done, total) => `Preparazione del programma demo: passaggio ${done} di ${total}.`,
    ready: (when) => `Pronto dal ${when}.`,
    failed:
      'Non è stato possibile preparare il programma demo, quindi il programma è vuoto. Riprova o riavvia Tandem; il log del server spiega il motivo.',
  },
};
