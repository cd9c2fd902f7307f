import type { Messages } from '../lib/i18n';
import type { Role, ProgrammeId } from '../lib/matching';

// Words several features share: programme and role names, and a match's reasons. A reason's text
// depends on who reads it: the mentee's side reads "they offer", the mentor's "you offer". Italian
// never needs the other person's gender: their role or "l'altra persona" stands in for "lui/lei".

type Count = (n: number, of: number, list: string) => string;
type Compare = (yours: string, theirs: string) => string;

/** How a match's score reads, by its band (MatchExplanation.tsx says where the bands start). */
export type MatchBand = 'strong' | 'good' | 'possible';
/** How far apart in career the two are (server/matching/score.ts gapSpan): never in levels. */
export type GapSpan = 'near' | 'ideal' | 'wide';

const en = {
  programme: { mentoring: 'Mentoring', reverse: 'Reverse mentoring' } satisfies Record<ProgrammeId, string>,
  role: { mentor: 'Mentor', mentee: 'Mentee' } satisfies Record<Role, string>,
  band: { strong: 'Strong match', good: 'Good match', possible: 'Possible match' } satisfies Record<MatchBand, string>,
  why: 'Why this match',
  moreReasons: (n: number) => (n === 1 ? 'One more reason' : `${n} more reasons`),
  fewerReasons: 'Fewer reasons',
  loadingName: 'Loading name…',
  formerColleague: 'A former colleague',
  someone: 'Someone',
  reasons: {
    skills: {
      mentee: ((n, of, list) =>
        of === 1 && n === 1
          ? `They can teach you the skill you asked for: ${list}.`
          : n === of
            ? `They can teach you every skill you asked for: ${list}.`
            : `They can teach you ${list}, ${n} of the ${of} skills you asked for.`) as Count,
      mentor: ((n, of, list) =>
        of === 1 && n === 1
          ? `You can teach them the skill they asked for: ${list}.`
          : n === of
            ? `You can teach them every skill they asked for: ${list}.`
            : `You can teach them ${list}, ${n} of the ${of} skills they asked for.`) as Count,
    },
    goals: {
      mentee: ((n, of, list) =>
        of === 1 && n === 1
          ? `They can help with your goal: ${list}.`
          : n === of
            ? `They can help with all your goals: ${list}.`
            : `They can help with ${n} of your ${of} goals: ${list}.`) as Count,
      mentor: ((n, of, list) =>
        of === 1 && n === 1
          ? `You can help with their goal: ${list}.`
          : n === of
            ? `You can help with all their goals: ${list}.`
            : `You can help with ${n} of their ${of} goals: ${list}.`) as Count,
    },
    department: ((yours, theirs) =>
      `You work in different departments: you in ${yours}, they in ${theirs}.`) as Compare,
    office: ((yours, theirs) => `You work in different offices: you in ${yours}, they in ${theirs}.`) as Compare,
    tenure: 'You joined the company at different times: long experience meets a fresh eye.',
    seniority: {
      near: 'You are close in your careers, so it is easy to relate to each other.',
      ideal: 'The right distance in your careers: far enough to learn from, close enough to relate.',
      wide: 'You are far apart in your careers: a view from a very different place.',
    } satisfies Record<GapSpan, string>,
    overlapHours: (hours: string, n: number) =>
      `Your working days overlap by about ${hours} ${n === 1 ? 'hour' : 'hours'}, so meetings are easy to fit in.`,
    overlapMinutes: (minutes: number) =>
      `Your working days overlap by about ${minutes} minutes: enough for a session, with a little planning.`,
    other: 'Other things that fit.',
  },
};

export const matchingMessages: Messages<typeof en> = {
  en,
  it: {
    programme: { mentoring: 'Mentoring', reverse: 'Reverse mentoring' },
    role: { mentor: 'Mentor', mentee: 'Mentee' },
    band: { strong: 'Ottima affinità', good: 'Buona affinità', possible: 'Possibile affinità' },
    why: 'Perché questo abbinamento',
    moreReasons: (n) => (n === 1 ? 'Un altro motivo' : `Altri ${n} motivi`),
    fewerReasons: 'Meno motivi',
    loadingName: 'Caricamento del nome…',
    // "Un ex collega" / "Una ex collega" would guess a gender.
    formerColleague: 'Ex collega',
    someone: 'Una persona',
    reasons: {
      skills: {
        mentee: (n, of, list) =>
          of === 1 && n === 1
            ? `Può insegnarti la competenza che hai chiesto: ${list}.`
            : n === of
              ? `Può insegnarti tutte le competenze che hai chiesto: ${list}.`
              : `Può insegnarti ${list}: ${n} delle ${of} competenze che hai chiesto.`,
        mentor: (n, of, list) =>
          of === 1 && n === 1
            ? `Puoi insegnare la competenza richiesta: ${list}.`
            : n === of
              ? `Puoi insegnare tutte le competenze richieste: ${list}.`
              : `Puoi insegnare ${list}: ${n} delle ${of} competenze richieste.`,
      },
      goals: {
        mentee: (n, of, list) =>
          of === 1 && n === 1
            ? `Può aiutarti con il tuo obiettivo: ${list}.`
            : n === of
              ? `Può aiutarti con tutti i tuoi obiettivi: ${list}.`
              : `Può aiutarti con ${n} dei tuoi ${of} obiettivi: ${list}.`,
        mentor: (n, of, list) =>
          of === 1 && n === 1
            ? `Puoi aiutare a raggiungere il suo obiettivo: ${list}.`
            : n === of
              ? `Puoi aiutare a raggiungere tutti i suoi obiettivi: ${list}.`
              : `Puoi aiutare a raggiungere ${n} dei suoi ${of} obiettivi: ${list}.`,
      },
      department: (yours, theirs) => `Lavorate in reparti diversi: tu in ${yours}, l’altra persona in ${theirs}.`,
      office: (yours, theirs) => `Lavorate in sedi diverse: tu a ${yours}, l’altra persona a ${theirs}.`,
      tenure: 'Avete iniziato in azienda in momenti diversi: lunga esperienza e uno sguardo nuovo.',
      seniority: {
        near: 'Siete in fasi vicine della carriera: è facile capirsi.',
        ideal: 'La giusta distanza di carriera: abbastanza per imparare, non troppa per capirsi.',
        wide: 'Siete in fasi molto diverse della carriera: uno sguardo da un punto lontano.',
      },
      overlapHours: (hours, n) =>
        `Le vostre giornate di lavoro si sovrappongono per circa ${hours} ${n === 1 ? 'ora' : 'ore'}: è facile trovare un momento.`,
      overlapMinutes: (minutes) =>
        `Le vostre giornate di lavoro si sovrappongono per circa ${minutes} minuti: basta per un incontro, organizzandosi per tempo.`,
      other: 'Altri aspetti compatibili.',
    },
  },
};
