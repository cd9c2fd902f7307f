import type { Messages } from '../lib/i18n';
import type { Role, Track } from '../lib/matching';

// Words several features share: programme and role names, and a match's reasons. A reason's text
// depends on who reads it: the mentee's side reads "they offer", the mentor's "you offer".

type Count = (n: number, of: number, list: string) => string;
type Compare = (yours: string, theirs: string) => string;

const en = {
  programme: { mentoring: 'Mentoring', reverse: 'Reverse mentoring' } satisfies Record<Track, string>,
  role: { mentor: 'Mentor', mentee: 'Mentee' } satisfies Record<Role, string>,
  score: (score: string) => `Match: ${score} out of 100`,
  why: 'Why this match',
  showWhy: 'Why this match?',
  hideWhy: 'Hide the reasons',
  points: (points: string, n: number) => `+${points} ${n === 1 ? 'point' : 'points'}`,
  loadingName: 'Loading name…',
  formerColleague: 'A former colleague',
  someone: 'Someone',
  reasons: {
    skills: {
      mentee: ((n, of, list) =>
        of === 1 && n === 1
          ? `They offer the skill you want to learn: ${list}.`
          : n === of
            ? `They offer all ${of} skills you want to learn: ${list}.`
            : `They offer ${n} of the ${of} skills you want to learn: ${list}.`) as Count,
      mentor: ((n, of, list) =>
        of === 1 && n === 1
          ? `You offer the skill they want to learn: ${list}.`
          : n === of
            ? `You offer all ${of} skills they want to learn: ${list}.`
            : `You offer ${n} of the ${of} skills they want to learn: ${list}.`) as Count,
    },
    goals: {
      mentee: ((n, of, list) =>
        of === 1 && n === 1
          ? `They can help with your goal: ${list}.`
          : n === of
            ? `They can help with all ${of} of your goals: ${list}.`
            : `They can help with ${n} of your ${of} goals: ${list}.`) as Count,
      mentor: ((n, of, list) =>
        of === 1 && n === 1
          ? `You can help with their goal: ${list}.`
          : n === of
            ? `You can help with all ${of} of their goals: ${list}.`
            : `You can help with ${n} of their ${of} goals: ${list}.`) as Count,
    },
    department: ((yours, theirs) => `Different departments: yours is ${yours}, theirs is ${theirs}.`) as Compare,
    office: ((yours, theirs) => `Different offices: yours is ${yours}, theirs is ${theirs}.`) as Compare,
    generation: ((yours, theirs) =>
      `Different generations at work: you joined in ${yours}, they joined in ${theirs}.`) as Compare,
    seniority: (levels: number) =>
      levels === 1
        ? 'One level apart in seniority: a step ahead.'
        : `${levels} levels apart in seniority: a useful gap for learning.`,
    overlap: (hours: string, n: number) =>
      `Your working hours overlap by about ${hours} ${n === 1 ? 'hour' : 'hours'} a day.`,
    load: {
      mentee: (free: number, capacity: number) => `They have ${free} of ${capacity} mentee places free.`,
      mentor: (free: number, capacity: number) => `You have ${free} of ${capacity} mentee places free.`,
    },
    other: 'Other things that fit.',
  },
};

export const matchingMessages: Messages<typeof en> = {
  en,
  it: {
    programme: { mentoring: 'Mentoring', reverse: 'Reverse mentoring' },
    role: { mentor: 'Mentor', mentee: 'Mentee' },
    score: (score) => `Compatibilità: ${score} su 100`,
    why: 'Perché questo abbinamento',
    showWhy: 'Perché questo abbinamento?',
    hideWhy: 'Nascondi i motivi',
    points: (points, n) => `+${points} ${n === 1 ? 'punto' : 'punti'}`,
    loadingName: 'Caricamento del nome…',
    formerColleague: 'Un ex collega',
    someone: 'Una persona',
    reasons: {
      skills: {
        mentee: (n, of, list) =>
          of === 1 && n === 1
            ? `Offre la competenza che vuoi imparare: ${list}.`
            : n === of
              ? `Offre tutte le ${of} competenze che vuoi imparare: ${list}.`
              : `Offre ${n} delle ${of} competenze che vuoi imparare: ${list}.`,
        mentor: (n, of, list) =>
          of === 1 && n === 1
            ? `Offri la competenza che vuole imparare: ${list}.`
            : n === of
              ? `Offri tutte le ${of} competenze che vuole imparare: ${list}.`
              : `Offri ${n} delle ${of} competenze che vuole imparare: ${list}.`,
      },
      goals: {
        mentee: (n, of, list) =>
          of === 1 && n === 1
            ? `Può aiutarti con il tuo obiettivo: ${list}.`
            : n === of
              ? `Può aiutarti con tutti i tuoi ${of} obiettivi: ${list}.`
              : `Può aiutarti con ${n} dei tuoi ${of} obiettivi: ${list}.`,
        mentor: (n, of, list) =>
          of === 1 && n === 1
            ? `Puoi aiutare con il suo obiettivo: ${list}.`
            : n === of
              ? `Puoi aiutare con tutti i suoi ${of} obiettivi: ${list}.`
              : `Puoi aiutare con ${n} dei suoi ${of} obiettivi: ${list}.`,
      },
      department: (yours, theirs) => `Reparti diversi: il tuo è ${yours}, il suo ${theirs}.`,
      office: (yours, theirs) => `Sedi diverse: la tua è ${yours}, la sua ${theirs}.`,
      generation: (yours, theirs) =>
        `Generazioni diverse in azienda: il tuo arrivo nel ${yours}, il suo nel ${theirs}.`,
      seniority: (levels) =>
        levels === 1
          ? 'Un livello di anzianità di distanza: un passo avanti.'
          : `${levels} livelli di anzianità di distanza: uno scarto utile per imparare.`,
      overlap: (hours, n) =>
        `I vostri orari di lavoro coincidono per circa ${hours} ${n === 1 ? 'ora' : 'ore'} al giorno.`,
      load: {
        mentee: (free, capacity) =>
          `Ha ${free} ${free === 1 ? 'posto libero' : 'posti liberi'} per mentee su ${capacity}.`,
        mentor: (free, capacity) =>
          `Hai ${free} ${free === 1 ? 'posto libero' : 'posti liberi'} per mentee su ${capacity}.`,
      },
      other: 'Altri aspetti compatibili.',
    },
  },
};
