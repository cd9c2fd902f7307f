import type { ErrorCode } from '../../../../server/errors';
import type { SurveyMoment } from '../../../../server/surveys/schemas';
import type { Messages } from '../../../lib/i18n';

type ErrorWords = Partial<Record<ErrorCode, string>>;

const en = {
  title: 'A short survey',
  titleFor: (programme: string) => `How is ${programme} going?`,
  intro: 'Two minutes, five questions. Your answers help HR see what mentoring changes.',
  moment: {
    start: 'At the start of the programme',
    midpoint: 'Halfway through the programme',
    end: 'At the end of the programme',
  } satisfies Record<SurveyMoment, string>,
  closesOn: (date: string) => `Open until ${date}.`,
  loading: 'Loading the survey…',
  confidenceLegend: 'How confident do you feel in each of these skills today?',
  confidenceHint: '1: not at all, 5: very confident',
  noSkills: 'Your pairing has no skills chosen, so there is nothing to rate here.',
  motivation: 'How motivated do you feel in your work thanks to the programme?',
  motivationHint: '1: not at all, 5: very motivated',
  recommend: 'How likely are you to recommend this programme to a colleague?',
  recommendHint: '0: not at all likely, 10: extremely likely',
  comment: 'Anything you would like HR to know? (optional)',
  commentHint:
    'Only HR reads this, and never with your name: it is stored apart from your answers and from you, so not even you can read it back.',
  choose: 'Choose an answer.',
  missing: 'Answer every question with a choice before sending.',
  send: 'Send answers',
  sending: 'Sending…',
  thanks: 'Thank you: your answers are in.',
  answered: 'You have answered this survey. Thank you.',
  closed: 'This survey has closed.',
  backHome: 'Go to Home',
  notFound: 'This survey is not among yours. It may come from an old link.',
  errors: {
    survey_answered: 'You have already answered this survey.',
    survey_closed: 'This survey closed before your answers arrived.',
    survey_skills_mismatch: 'The skills of this survey changed. Reload the page and try again.',
    survey_not_found: 'This survey no longer exists.',
    not_your_survey: 'This survey was sent to someone else.',
  } satisfies ErrorWords,
  // The card on Home
  pendingHeading: 'Surveys for you',
  pendingItem: (programme: string, moment: string) => `${programme}: ${moment.toLowerCase()}`,
  answerNow: 'Answer',
  answerSurveyOn: (programme: string) => `Answer the survey on ${programme}`,
};

const it: typeof en = {
  title: 'Un breve sondaggio',
  titleFor: (programme) => `Come sta andando ${programme}?`,
  intro: 'Due minuti, cinque domande. Le tue risposte aiutano le risorse umane a capire cosa cambia il mentoring.',
  moment: {
    start: "All'inizio del programma",
    midpoint: 'A metà del programma',
    end: 'Alla fine del programma',
  },
  closesOn: (date) => `Aperto fino al ${date}.`,
  loading: 'Caricamento del sondaggio…',
  confidenceLegend: 'Quanto ti senti sicuro oggi in ciascuna di queste competenze?',
  confidenceHint: '1: per niente, 5: molto sicuro',
  noSkills: 'Il tuo abbinamento non ha competenze scelte, quindi qui non c’è nulla da valutare.',
  motivation: 'Quanto ti senti motivato nel lavoro grazie al programma?',
  motivationHint: '1: per niente, 5: molto motivato',
  recommend: 'Quanto consiglieresti questo programma a un collega?',
  recommendHint: '0: per niente, 10: assolutamente',
  comment: 'Vuoi dire qualcosa alle risorse umane? (facoltativo)',
  commentHint:
    'Lo leggono solo le risorse umane, mai con il tuo nome: è conservato separato dalle tue risposte e da te, quindi nemmeno tu puoi rileggerlo.',
  choose: 'Scegli una risposta.',
  missing: 'Rispondi a ogni domanda a scelta prima di inviare.',
  send: 'Invia le risposte',
  sending: 'Invio in corso…',
  thanks: 'Grazie: abbiamo ricevuto le tue risposte.',
  answered: 'Hai già risposto a questo sondaggio. Grazie.',
  closed: 'Questo sondaggio è chiuso.',
  backHome: 'Vai alla Home',
  notFound: 'Questo sondaggio non è tra i tuoi. Forse viene da un link vecchio.',
  errors: {
    survey_answered: 'Hai già risposto a questo sondaggio.',
    survey_closed: 'Il sondaggio si è chiuso prima che arrivassero le tue risposte.',
    survey_skills_mismatch: 'Le competenze di questo sondaggio sono cambiate. Ricarica la pagina e riprova.',
    survey_not_found: 'Questo sondaggio non esiste più.',
    not_your_survey: 'Questo sondaggio è stato inviato a un’altra persona.',
  },
  pendingHeading: 'Sondaggi per te',
  pendingItem: (programme, moment) => `${programme}: ${moment.toLowerCase()}`,
  answerNow: 'Rispondi',
  answerSurveyOn: (programme) => `Rispondi al sondaggio su ${programme}`,
};

export const messages: Messages<typeof en> = { en, it };
