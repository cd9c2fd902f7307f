import type { Cadence, Role, SkillFamily, Track } from '../../../../server/matching/schemas';
import type { Messages } from '../../../lib/i18n';

type Field = 'roles' | 'wants' | 'offers' | 'goals' | 'languages' | 'capacity' | 'cadence' | 'meetingMinutes';

const en = {
  about: {
    mentoring: 'Learn from a more experienced colleague, or guide someone earlier in their career.',
    reverse:
      'Junior colleagues share digital skills and fresh ideas with senior leaders, who share how the business works.',
  } satisfies Record<Track, string>,
  takePart: (programme: string) => `Take part in ${programme}`,
  paused: 'You have paused this programme: you get no suggestions or requests in it. Turn it on to take part again.',
  roles: 'Take part as',
  rolesHint: 'You can choose both.',
  asMentee: {
    mentoring: 'Mentee: I would like a mentor to learn from',
    reverse: 'Mentee: I would like a younger colleague to show me new skills',
  } satisfies Record<Track, string>,
  asMentor: {
    mentoring: 'Mentor: I would like to guide someone',
    reverse: 'Mentor: I would like to share my digital skills with a senior leader',
  } satisfies Record<Track, string>,
  wants: 'Skills you want to learn',
  wantsHint: 'Pick up to 20. Your suggestions start from these.',
  offers: 'Skills you can offer',
  offersHint: 'Pick up to 20. Filled in from your profile where it lists them.',
  families: { technical: 'Technical', soft: 'People skills', digital: 'Digital' } satisfies Record<SkillFamily, string>,
  goals: 'Your goals',
  goalsHint: 'Pick up to 10.',
  languages: 'Languages you can meet in',
  languagesHint: 'At least one.',
  cadence: 'How often to meet',
  cadences: {
    weekly: 'Every week',
    biweekly: 'Every two weeks',
    monthly: 'Every month',
  } satisfies Record<Cadence, string>,
  meetingMinutes: 'Meeting length',
  minutes: (n: number) => (n === 60 ? '1 hour' : `${n} minutes`),
  capacity: 'Mentees at a time',
  capacityHint: 'From 1 to 5.',
  loadingCatalogue: 'Loading skills and goals…',
  save: 'Save',
  saving: 'Saving…',
  chooseProgramme: 'Choose at least one programme, then save.',
  saved: 'Saved.',
  inProgramme: (programme: string, roles: string) => `You take part in ${programme} as ${roles}.`,
  pausedProgramme: (programme: string) => `${programme} is paused.`,
  roleList: {
    mentor: 'a mentor',
    mentee: 'a mentee',
    both: 'a mentor and a mentee',
  } satisfies Record<Role | 'both', string>,
  seeSuggestions: 'See your suggestions',
  notSavedTitle: 'Not saved yet.',
  notSaved: (programme: string, what: string) => `${programme}: ${what}`,
  errors: {
    noRole: 'Choose mentor, mentee or both.',
    notEligible: (programme: string, role: string, min: number, max: number, level: number) =>
      `In ${programme}, ${role}s are at seniority levels ${min} to ${max}, and yours is ${level}. Choose the other role.`,
    notEligibleRole: (programme: string, role: string) =>
      `Your seniority level does not allow you to take part in ${programme} as a ${role}. Choose the other role.`,
    unknownSkill: (list: string) =>
      `These skills are no longer in the catalogue: ${list}. Unselect them and save again.`,
    unknownGoal: (list: string) => `These goals are no longer in the catalogue: ${list}. Unselect them and save again.`,
    notPlaced:
      'Tandem does not know your place in the organisation yet, so it cannot match you. Try again after the next directory update, or ask your HR team to run one.',
    fields: {
      roles: 'Choose mentor, mentee or both.',
      wants: 'Choose at most 20 skills.',
      offers: 'Choose at most 20 skills.',
      goals: 'Choose at most 10 goals.',
      languages: 'Choose between 1 and 6 languages.',
      capacity: 'Choose from 1 to 5 mentees.',
      cadence: 'Choose how often to meet.',
      meetingMinutes: 'Choose a meeting length.',
    } as Record<Field, string>,
    invalid: 'Some answers were not accepted. Check them and save again.',
  },
};

export const messages: Messages<typeof en> = {
  en,
  it: {
    about: {
      mentoring: 'Impara da un collega con più esperienza, o guida qualcuno all’inizio del suo percorso.',
      reverse:
        'I colleghi più giovani condividono competenze digitali e idee nuove con i senior leader, che raccontano come funziona l’azienda.',
    },
    takePart: (programme) => `Partecipa al ${programme}`,
    paused:
      'Hai messo in pausa questo programma: non ricevi suggerimenti né richieste. Attivalo per partecipare di nuovo.',
    roles: 'Partecipa come',
    rolesHint: 'Puoi sceglierli entrambi.',
    asMentee: {
      mentoring: 'Mentee: vorrei un mentor da cui imparare',
      reverse: 'Mentee: vorrei che un collega più giovane mi mostrasse nuove competenze',
    },
    asMentor: {
      mentoring: 'Mentor: vorrei guidare qualcuno',
      reverse: 'Mentor: vorrei condividere le mie competenze digitali con un senior leader',
    },
    wants: 'Competenze che vuoi imparare',
    wantsHint: 'Scegline fino a 20. I suggerimenti partono da queste.',
    offers: 'Competenze che puoi offrire',
    offersHint: 'Scegline fino a 20. Compilate dal tuo profilo, dove le elenca.',
    families: { technical: 'Tecniche', soft: 'Trasversali', digital: 'Digitali' },
    goals: 'I tuoi obiettivi',
    goalsHint: 'Scegline fino a 10.',
    languages: 'Lingue in cui puoi incontrarti',
    languagesHint: 'Almeno una.',
    cadence: 'Ogni quanto incontrarsi',
    cadences: { weekly: 'Ogni settimana', biweekly: 'Ogni due settimane', monthly: 'Ogni mese' },
    meetingMinutes: 'Durata degli incontri',
    minutes: (n) => (n === 60 ? '1 ora' : `${n} minuti`),
    capacity: 'Mentee alla volta',
    capacityHint: 'Da 1 a 5.',
    loadingCatalogue: 'Caricamento di competenze e obiettivi…',
    save: 'Salva',
    saving: 'Salvataggio…',
    chooseProgramme: 'Scegli almeno un programma, poi salva.',
    saved: 'Salvato.',
    inProgramme: (programme, roles) => `Partecipi al ${programme} come ${roles}.`,
    pausedProgramme: (programme) => `Il ${programme} è in pausa.`,
    roleList: { mentor: 'mentor', mentee: 'mentee', both: 'mentor e mentee' },
    seeSuggestions: 'Vedi i tuoi suggerimenti',
    notSavedTitle: 'Non ancora salvato.',
    notSaved: (programme, what) => `${programme}: ${what}`,
    errors: {
      noRole: 'Scegli mentor, mentee o entrambi.',
      notEligible: (programme, role, min, max, level) =>
        `Nel ${programme}, i ${role} hanno livelli di anzianità da ${min} a ${max}, e il tuo è ${level}. Scegli l’altro ruolo.`,
      notEligibleRole: (programme, role) =>
        `Il tuo livello di anzianità non ti permette di partecipare al ${programme} come ${role}. Scegli l’altro ruolo.`,
      unknownSkill: (list) => `Queste competenze non sono più nel catalogo: ${list}. Deselezionale e salva di nuovo.`,
      unknownGoal: (list) => `Questi obiettivi non sono più nel catalogo: ${list}. Deselezionali e salva di nuovo.`,
      notPlaced:
        'Tandem non conosce ancora la tua posizione nell’organizzazione, quindi non può abbinarti. Riprova dopo il prossimo aggiornamento della directory, o chiedi al tuo team HR di avviarne uno.',
      fields: {
        roles: 'Scegli mentor, mentee o entrambi.',
        wants: 'Scegli al massimo 20 competenze.',
        offers: 'Scegli al massimo 20 competenze.',
        goals: 'Scegli al massimo 10 obiettivi.',
        languages: 'Scegli da 1 a 6 lingue.',
        capacity: 'Scegli da 1 a 5 mentee.',
        cadence: 'Scegli ogni quanto incontrarvi.',
        meetingMinutes: 'Scegli la durata degli incontri.',
      },
      invalid: 'Alcune risposte non sono state accettate. Controllale e salva di nuovo.',
    },
  },
};
