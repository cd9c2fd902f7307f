import type { Messages } from '../../../lib/i18n';

const en = {
  heading: {
    mentee: (programme: string) => `Mentors for you in ${programme}`,
    mentor: (programme: string) => `Mentees for you in ${programme}`,
  },
  loading: 'Finding people who fit…',
  none: {
    mentee:
      'No mentor fits you right now. New people join all the time: check again later, or add skills you want to learn in My programmes.',
    mentor:
      'Everyone looking for a mentor in this programme has one, or does not fit you right now. Check again later.',
  },
  list: (programme: string) => `Suggestions in ${programme}`,
};

export const messages: Messages<typeof en> = {
  en,
  it: {
    heading: {
      mentee: (programme) => `Mentor per te nel ${programme}`,
      mentor: (programme) => `Mentee per te nel ${programme}`,
    },
    loading: 'Ricerca delle persone adatte…',
    none: {
      mentee:
        'Al momento nessun mentor è adatto a te. Si aggiungono persone di continuo: ricontrolla più tardi, o aggiungi in I miei programmi le competenze che vuoi imparare.',
      mentor:
        'Chi cerca un mentor in questo programma ne ha già uno, o al momento non è adatto a te. Ricontrolla più tardi.',
    },
    list: (programme) => `Suggerimenti nel ${programme}`,
  },
};
