/**
 * The Teams activity-feed notifications Tandem sends. The app manifest declares the same list
 * (manifest/build.ts imports it); `templateText` parameters are filled when sending.
 */
export const ACTIVITY_TYPES = [
  {
    type: 'matchSuggested',
    description: 'Tandem found a mentoring match for you',
    templateText: '{actor} found a match for you: {person}',
  },
  {
    type: 'requestReceived',
    description: 'Someone asked to pair with you',
    templateText: '{person} asked to pair with you in {programme}',
  },
  {
    type: 'requestAccepted',
    description: 'Someone accepted your request to pair',
    templateText: '{person} accepted your request in {programme}',
  },
  {
    type: 'meetingBooked',
    description: 'A mentoring session was booked in your calendar',
    templateText: '{actor} booked your session with {person}',
  },
  {
    type: 'meetingNeedsAttention',
    description: 'A mentoring session needs rescheduling or a reply',
    templateText: 'Your session with {person} needs attention',
  },
  {
    type: 'pairEnded',
    description: 'A mentoring pair of yours has ended',
    templateText: 'Your pairing with {person} in {programme} has ended',
  },
  {
    type: 'mentorInvited',
    description: 'A colleague would like you to mentor',
    templateText: '{person} would like you to mentor in {programme}',
  },
  {
    type: 'mentorJoined',
    description: 'A new mentor is available in a programme you wait in',
    templateText: 'A new mentor is available in {programme}: see who fits you',
  },
  {
    type: 'pairNudged',
    description: 'Your HR team asks how your mentoring pair is going',
    templateText: 'How is it going with {person}? Plan your next session in {programme}',
  },
  {
    type: 'programmeInvitation',
    description: 'Your HR team invites you to join a programme',
    templateText: 'Your HR team invites you to join {programme}: see if it is for you',
  },
  {
    type: 'checkinDue',
    description: 'A mentoring session is over: how did it go?',
    templateText: 'How did your session with {person} go? Check in',
  },
  {
    type: 'requestWaiting',
    description: 'A request to pair is waiting for your answer',
    templateText: '{person} is waiting for your answer in {programme}',
  },
  {
    type: 'pairIdle',
    description: 'A mentoring pair of yours has not met for four weeks',
    templateText: 'No session with {person} for 4 weeks: plan the next one',
  },
  {
    type: 'surveyRequested',
    description: 'A short survey about a programme you take part in',
    templateText: 'Two minutes for {programme}? A short survey is waiting for you',
  },
  {
    type: 'programmeClosed',
    description: 'A programme you took part in has ended',
    templateText: '{programme} has ended: thank you for taking part',
  },
] as const;

export type ActivityType = (typeof ACTIVITY_TYPES)[number]['type'];

/** The same texts in Italian, for the preview line of people whose language is Italian. */
export const ITALIAN_TEMPLATES: Record<ActivityType, string> = {
  matchSuggested: '{actor} ha trovato un abbinamento per te: {person}',
  requestReceived: '{person} ti ha chiesto di fare tandem in {programme}',
  requestAccepted: '{person} ha accettato la tua richiesta in {programme}',
  meetingBooked: '{actor} ha prenotato la tua sessione con {person}',
  meetingNeedsAttention: 'La tua sessione con {person} richiede attenzione',
  pairEnded: 'Il tuo abbinamento con {person} in {programme} si è concluso',
  mentorInvited: '{person} ti propone di fare da mentor in {programme}',
  // "Una persona in più" rather than "un nuovo mentor": the same words for anyone who joins.
  mentorJoined: "In {programme} c'è una persona in più che fa da mentor: guarda chi fa per te",
  pairNudged: 'Come va con {person}? Fissate la prossima sessione in {programme}',
  programmeInvitation: 'Il team HR ti invita a partecipare a {programme}: scopri se fa per te',
  // Issue 12: engagement reminders and pulse surveys.
  checkinDue: "Com'è andata la sessione con {person}? Fai il check-in",
  requestWaiting: '{person} aspetta la tua risposta in {programme}',
  pairIdle: 'Nessuna sessione con {person} da 4 settimane: organizzate la prossima',
  surveyRequested: 'Due minuti per {programme}? Ti aspetta un breve sondaggio',
  programmeClosed: '{programme} si è concluso: grazie per aver partecipato',
};

/** The preview line of a notification in the recipient's language (Teams shows 150 characters). */
export function previewText(type: ActivityType, params: Record<string, string>, language: string | null): string {
  const template = language?.toLowerCase().startsWith('it')
    ? ITALIAN_TEMPLATES[type]
    : ACTIVITY_TYPES.find((a) => a.type === type)!.templateText;
  return template.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '').slice(0, 150);
}
