// Job title → level hint, in English and Italian. A title is read as words (case and accents
// ignored, so "DIRETTRICE" is "direttrice"), and the vocabulary below is looked for as whole words:
// "Interne" is not "Intern", "Engineering" is not "Engineer".
//
// When several entries match, the most specific wins:
//   1. the one with more words ("Senior Manager" over "Senior" and "Manager", "Head of" over
//      "Senior", "Vice President" over "President");
//   2. a word marking an early career (intern, apprentice, junior) over any other, because it
//      qualifies the whole title ("Junior Product Manager" is junior, not a manager); then a rank
//      word over a plain role noun ("Senior Developer" is senior, not a developer);
//   3. the higher level ("Senior Director" is a director).
// "Chief … Officer" and "Senior … Manager" match with up to three words in between, because that
// is how titles are written: "Chief Information Security Officer", "Senior Engineering Manager".
//
// A tenant's own rules are tried first, and the most specific matching rule wins outright: the
// tenant knows that its "Quadro" is a 6 or its "Account Manager" a 4 better than any vocabulary.
//
// Hint levels use the seniority scale (1 intern … 10 chief executive). Half levels sit a word
// between two others, as the vocabulary orders them. A few words name a band rather than a level:
// in Italian companies "Direttore" is both a director and, with the function's name, the executive
// who runs it ("Direttore Commerciale" is the chief commercial officer). For those the hint is
// `level` up to `upTo`, and the org chart chooses where in the band the person sits.

import type { TitleRule } from './model.js';

export interface TitleHint {
  level: number;
  /** The top of the band, for a word that spans several levels; absent for a single level. */
  upTo?: number;
  /** The words that matched, as written in the title, e.g. "Direttrice" or "Chief Technology Officer". */
  word: string;
  /** 'tenant' when one of the tenant's rules matched; then `phrase` is that rule's phrase. */
  source: 'builtin' | 'tenant';
  phrase: string;
}

/** Among matches of equal length: a plain role noun yields to a rank word, which yields to an early-career word. */
const ROLE = 0;
const RANK = 1;
const EARLY = 2;

type Kind = typeof ROLE | typeof RANK | typeof EARLY;

// "a … b": the words before and after the ellipsis, with up to MAX_GAP words between them.
const VOCABULARY: readonly (readonly [level: number, kind: Kind, phrases: readonly string[], upTo?: number])[] = [
  [1, EARLY, ['intern', 'stagista', 'tirocinante', 'trainee']],
  [1.5, EARLY, ['apprentice', 'apprendista']],
  [2, EARLY, ['junior']],
  [
    3,
    ROLE,
    [
      'analyst',
      'analista',
      'developer',
      'sviluppatore',
      'sviluppatrice',
      'engineer',
      'ingegnere',
      'ingegnera',
      'specialist',
      'specialista',
      'consultant',
      'consulente',
      'associate',
    ],
  ],
  [4, RANK, ['senior']],
  [4.5, RANK, ['lead', 'team lead', 'capo']],
  [5, RANK, ['principal', 'staff', 'esperto', 'esperta']],
  // Not the English "Coordinator": in English-speaking offices that is often an entry-level role.
  [5.5, RANK, ['manager', 'coordinatore', 'coordinatrice', 'team leader']],
  [6.5, RANK, ['senior manager', 'senior … manager', 'head of', 'responsabile']],
  [7, RANK, ['director', 'chief of staff']],
  [7, RANK, ['direttore', 'direttrice', 'dirigente'], 9],
  [7.5, RANK, ['senior director', 'senior … director']],
  [8, RANK, ['vp', 'vice president', 'vicepresidente', 'vice presidente']],
  [8.5, RANK, ['svp', 'evp', 'senior vice president', 'executive vice president']],
  [
    9,
    RANK,
    [
      'chief … officer',
      'cxo',
      'cto',
      'cfo',
      'coo',
      'cio',
      'cmo',
      'cpo',
      'cco',
      'cro',
      'cdo',
      'cso',
      'clo',
      'chro',
      'ciso',
    ],
  ],
  [
    10,
    RANK,
    [
      'ceo',
      'chief executive officer',
      'amministratore delegato',
      'amministratrice delegata',
      'direttore generale',
      'direttrice generale',
      'presidente',
      'president',
    ],
  ],
];

const MAX_GAP = 3;

interface Entry {
  level: number;
  upTo: number | undefined;
  kind: Kind;
  words: readonly string[];
  /** Index in `words` after which up to MAX_GAP other words may come; -1 for none. */
  gapAfter: number;
  phrase: string;
  tenant: boolean;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

/** Lower case, accents off: "Direttrice", "DIRETTRICE" and "Direttrice" spelt with a combining mark all read "direttrice". */
function normalizeWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Letters, their combining marks and digits make words; everything else (spaces, commas, hyphens,
// apostrophes, "&") separates them.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function tokenize(title: string): Token[] {
  const tokens: Token[] = [];
  for (const m of title.matchAll(WORD)) {
    const word = normalizeWord(m[0]);
    if (word !== '') tokens.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

function entry(phrase: string, level: number, kind: Kind, tenant: boolean, upTo?: number): Entry | null {
  const parts = phrase.split('…');
  const before = parts[0] === undefined ? [] : tokenize(parts[0]).map((t) => t.word);
  const after = parts.length > 1 ? tokenize(parts.slice(1).join(' ')).map((t) => t.word) : [];
  const words = [...before, ...after];
  if (words.length === 0 || !Number.isFinite(level)) return null;
  return {
    level,
    upTo,
    kind,
    words,
    gapAfter: parts.length > 1 && after.length > 0 && before.length > 0 ? before.length - 1 : -1,
    phrase,
    tenant,
  };
}

const BUILT_IN: readonly Entry[] = VOCABULARY.flatMap(([level, kind, phrases, upTo]) =>
  phrases.map((p) => entry(p, level, kind, false, upTo)!),
);

interface Match {
  entry: Entry;
  start: number;
  end: number;
}

/** Where the entry matches, as a token range, or null. The first occurrence is enough. */
function find(e: Entry, tokens: readonly Token[]): { from: number; to: number } | null {
  const w = e.words;
  for (let i = 0; i + w.length <= tokens.length; i++) {
    if (tokens[i]!.word !== w[0]) continue;
    if (e.gapAfter < 0) {
      let k = 1;
      while (k < w.length && tokens[i + k]!.word === w[k]) k++;
      if (k === w.length) return { from: i, to: i + w.length - 1 };
      continue;
    }
    let k = 1;
    while (k <= e.gapAfter && tokens[i + k]?.word === w[k]) k++;
    if (k <= e.gapAfter) continue;
    const tail = w.slice(e.gapAfter + 1);
    // The tail may start right after the head or after up to MAX_GAP other words.
    for (let gap = 0; gap <= MAX_GAP; gap++) {
      const at = i + e.gapAfter + 1 + gap;
      if (at + tail.length > tokens.length) break;
      if (tail.every((t, j) => tokens[at + j]!.word === t)) return { from: i, to: at + tail.length - 1 };
    }
  }
  return null;
}

function moreSpecific(a: Entry, b: Entry): boolean {
  if (a.words.length !== b.words.length) return a.words.length > b.words.length;
  if (a.kind !== b.kind) return a.kind > b.kind;
  return a.level > b.level;
}

function bestMatch(
  entries: readonly Entry[],
  tokens: readonly Token[],
  specific: (a: Entry, b: Entry) => boolean,
): Match | null {
  let best: Match | null = null;
  for (const e of entries) {
    const at = find(e, tokens);
    if (at && (best === null || specific(e, best.entry)))
      best = { entry: e, start: tokens[at.from]!.start, end: tokens[at.to]!.end };
  }
  return best;
}

function toHint({ entry: e, start, end }: Match, title: string): TitleHint {
  const hint: TitleHint = {
    level: e.level,
    word: title.slice(start, end),
    source: e.tenant ? 'tenant' : 'builtin',
    phrase: e.phrase,
  };
  if (e.upTo !== undefined) hint.upTo = e.upTo;
  return hint;
}

/**
 * A title reader for one tenant. Titles repeat a lot (a 100,000-person tenant has a few thousand
 * distinct ones), so each distinct title is read once per reader.
 */
export function createTitleMatcher(
  rules: readonly TitleRule[] = [],
): (title: string | null | undefined) => TitleHint | null {
  const tenant = rules.flatMap((r) => {
    // A tenant phrase is literal: an ellipsis in it is just punctuation.
    const e = entry(r.phrase.replaceAll('…', ' '), r.level, ROLE, true);
    return e ? [e] : [];
  });
  const cache = new Map<string, TitleHint | null>();
  return function matchTitle(title) {
    if (title === null || title === undefined) return null;
    let hint = cache.get(title);
    if (hint !== undefined) return hint;
    const tokens = tokenize(title);
    // Among tenant rules: more words first, then the tenant's own order.
    const m =
      bestMatch(tenant, tokens, (a, b) => a.words.length > b.words.length) ?? bestMatch(BUILT_IN, tokens, moreSpecific);
    hint = m ? toHint(m, title) : null;
    cache.set(title, hint);
    return hint;
  };
}

/** One title's hint; for many titles, make one matcher with createTitleMatcher and reuse it. */
export function titleHint(title: string | null | undefined, rules: readonly TitleRule[] = []): TitleHint | null {
  return createTitleMatcher(rules)(title);
}
