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
  waiting: {
    title: (programme: string) => `You are on the list for a mentor in ${programme}`,
    body: 'No mentor is free for you yet. We will tell you in Teams when one joins who fits you.',
  },
  invite: {
    heading: 'Know someone who would be a good mentor?',
    intro: 'Invite them: Tandem sends them a Teams notification from you, with a link to join.',
    search: 'Find a colleague',
    placeholder: 'Type a name',
    clear: 'Clear',
    results: 'Colleagues',
    searching: 'Searching…',
    none: (term: string) => `No one in your organisation is called “${term}”.`,
    invite: 'Invite',
    inviteNamed: (name: string) => `Invite ${name} to mentor`,
    invited: 'Invited',
    sent: (name: string) => `We let ${name} know. If they join as a mentor, they will show among your suggestions.`,
    errors: {
      already_invited: (name: string) => `You invited ${name} in the last two weeks. Give them time to answer.`,
      already_mentoring: (name: string, programme: string) =>
        `${name} already mentors in ${programme}, so there is no need to invite them.`,
      invitee_not_eligible: (name: string, programme: string) =>
        `${name} cannot mentor in ${programme} today: mentors there are more senior colleagues.`,
      invitee_not_eligible_reverse: (name: string, programme: string) =>
        `${name} cannot mentor in ${programme}: reverse mentors are more junior colleagues.`,
      too_many_invitations: 'You have sent ten invitations in the last day. Try again tomorrow.',
      cannot_invite_yourself: 'You cannot invite yourself. Choose a colleague.',
      person_not_found: (name: string) => `${name} is no longer in your organisation.`,
    },
  },
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
    waiting: {
      title: (programme) => `Sei in lista per un mentor nel ${programme}`,
      body: 'Per ora non c’è un mentor libero per te. Ti avviseremo in Teams quando se ne aggiunge uno adatto.',
    },
    invite: {
      heading: 'Conosci una persona che sarebbe un buon mentor?',
      intro: 'Invitala: Tandem le manda una notifica in Teams da parte tua, con il link per partecipare.',
      search: 'Cerca una persona',
      placeholder: 'Scrivi un nome',
      clear: 'Cancella',
      results: 'Persone',
      searching: 'Ricerca in corso…',
      none: (term) => `Nessuna persona della tua organizzazione si chiama “${term}”.`,
      invite: 'Invita',
      inviteNamed: (name) => `Invita ${name} a fare da mentor`,
      invited: 'Invito inviato',
      sent: (name) => `Abbiamo avvisato ${name}. Se partecipa come mentor, comparirà tra i tuoi suggerimenti.`,
      errors: {
        already_invited: (name) =>
          `Hai già invitato ${name} nelle ultime due settimane. Lascia il tempo di rispondere.`,
        already_mentoring: (name, programme) => `${name} fa già da mentor nel ${programme}: non serve un invito.`,
        invitee_not_eligible: (name, programme) =>
          `Per ora ${name} non può fare da mentor nel ${programme}: lì fanno da mentor persone in posizioni più senior.`,
        invitee_not_eligible_reverse: (name, programme) =>
          `${name} non può fare da mentor nel ${programme}: lì fanno da mentor persone in posizioni più junior.`,
        too_many_invitations: 'Hai inviato dieci inviti nell’ultimo giorno. Riprova domani.',
        cannot_invite_yourself: 'L’invito va a un’altra persona, non a te.',
        person_not_found: (name) => `${name} non fa più parte della tua organizzazione.`,
      },
    },
  },
};
