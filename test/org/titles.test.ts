import { describe, expect, it } from 'vitest';
import { buildOrgIndex } from '../../server/org/tree.js';
import { createTitleMatcher, titleHint } from '../../server/org/titles.js';
import { sandboxPeople } from './sandbox-people.js';

const level = (title: string | null) => titleHint(title)?.level ?? null;

describe('titleHint', () => {
  it.each([
    // English
    ['Intern', 1],
    ['Software Engineering Intern', 1],
    ['Apprentice Electrician', 1.5],
    ['Junior Developer', 2],
    ['Analyst', 3],
    ['Developer', 3],
    ['Software Engineer', 3],
    ['Marketing Specialist', 3],
    ['Legal Consultant', 3],
    ['Sales Associate', 3],
    ['Senior Accountant', 4],
    ['Lead Engineer', 4.5],
    ['Engineering Team Lead', 4.5],
    ['Principal Data Engineer', 5],
    ['Staff Engineer', 5],
    ['Engineering Manager', 5.5],
    ['Senior Manager', 6.5],
    ['Head of Platform', 6.5],
    ['Director of Product', 7],
    ['VP Engineering', 8],
    ['Vice President, Sales', 8],
    ['SVP Sales', 8.5],
    ['EVP Operations', 8.5],
    ['Chief Technology Officer', 9],
    ['CFO', 9],
    ['CEO', 10],
    ['Chief Executive Officer', 10],
    // Italian
    ['Stagista', 1],
    ['Tirocinante Amministrativo', 1],
    ['Apprendista Meccanico', 1.5],
    ['Sviluppatrice Junior', 2],
    ['Analista Finanziaria', 3],
    ['Sviluppatore Software', 3],
    ['Sviluppatrice', 3],
    ['Ingegnere di Processo', 3],
    ['Specialista Paghe', 3],
    ['Consulente Legale', 3],
    ['Analista Senior', 4],
    ['Capo Reparto', 4.5],
    ['Sviluppatore Esperto', 5],
    ['Sviluppatrice Esperta', 5],
    ['Coordinatore Vendite', 5.5],
    ['Coordinatrice Vendite', 5.5],
    ['Team Leader Assistenza Clienti', 5.5],
    ['Responsabile Risorse Umane', 6.5],
    ['Direttore Vendite', 7],
    ['Direttrice Marketing', 7],
    ['Dirigente', 7],
    ['Vicepresidente', 8],
    ['Amministratore Delegato', 10],
    ['Direttore Generale', 10],
    ['Presidente', 10],
  ])('reads "%s" as %s', (title, expected) => {
    expect(level(title)).toBe(expected);
  });

  it('ignores case', () => {
    expect(level('DIRETTRICE TECNICA')).toBe(7);
    expect(level('direttrice tecnica')).toBe(7);
    expect(level('sEnIoR developer')).toBe(4);
  });

  it('ignores accents, composed or spelt with combining marks', () => {
    expect(level('Dirèttrice')).toBe(7);
    expect(level('Dire\u0300ttrice')).toBe(7);
    expect(level('Stagìsta')).toBe(1);
  });

  it('matches whole words only', () => {
    expect(level('Interne')).toBeNull();
    expect(level('Internal Auditor')).toBeNull();
    expect(level('Seniority Officer')).toBeNull();
    expect(level('Thought Leader')).toBeNull();
    expect(level('Capotreno')).toBeNull();
    expect(level('Directory Services Specialist')).toBe(3);
  });

  it('prefers more words: "Senior Manager" over "Senior" and "Manager"', () => {
    expect(level('Senior Manager')).toBe(6.5);
    expect(level('Senior Engineering Manager')).toBe(6.5);
  });

  it('prefers "Head of" over "Senior"', () => {
    expect(level('Senior Head of Engineering')).toBe(6.5);
  });

  it('prefers "Vice President" and "Senior Vice President" over "President"', () => {
    expect(level('Vice President, Engineering')).toBe(8);
    expect(level('Senior Vice President, Engineering')).toBe(8.5);
  });

  it('reads "Chief … Officer" with words in between, and the chief executive apart', () => {
    expect(level('Chief Information Security Officer')).toBe(9);
    expect(level('Chief Executive Officer')).toBe(10);
    expect(level('Chief of Staff')).toBe(7);
  });

  it('prefers a rank word over a plain role noun and an early-career word over a rank word', () => {
    expect(level('Senior Software Engineer')).toBe(4);
    expect(level('Junior Software Engineer')).toBe(2);
    expect(level('Junior Product Manager')).toBe(2);
  });

  it('prefers the higher level between two rank words of equal length', () => {
    expect(level('Senior Director')).toBe(7.5);
    expect(level('Senior Staff Engineer')).toBe(5);
  });

  it('returns the matched words as the title writes them', () => {
    expect(titleHint('Direttrice Tecnica')).toEqual({
      level: 7,
      upTo: 9,
      word: 'Direttrice',
      source: 'builtin',
      phrase: 'direttrice',
    });
    expect(titleHint('Chief Information Security Officer')?.word).toBe('Chief Information Security Officer');
    expect(titleHint('Senior Data Engineering Manager')?.word).toBe('Senior Data Engineering Manager');
  });

  it('gives no hint for an unknown, empty or missing title', () => {
    expect(titleHint('Buyer')).toBeNull();
    expect(titleHint('Account Executive')).toBeNull();
    expect(titleHint('')).toBeNull();
    expect(titleHint(null)).toBeNull();
  });
});

describe('tenant title rules', () => {
  it('win over the built-in vocabulary when they match', () => {
    const rules = [{ phrase: 'Account Manager', level: 4 }];
    expect(titleHint('Senior Account Manager', rules)).toEqual({
      level: 4,
      word: 'Account Manager',
      source: 'tenant',
      phrase: 'Account Manager',
    });
  });

  it('add words the vocabulary does not know', () => {
    expect(titleHint('Quadro Amministrativo', [{ phrase: 'Quadro', level: 6 }])?.level).toBe(6);
  });

  it('leave the built-in vocabulary in charge when none matches', () => {
    expect(titleHint('Direttore Vendite', [{ phrase: 'Quadro', level: 6 }])).toMatchObject({
      level: 7,
      source: 'builtin',
    });
  });

  it('match as whole words, ignoring case and accents', () => {
    const match = createTitleMatcher([{ phrase: 'Capo Area Qualità', level: 5 }]);
    expect(match('CAPO AREA QUALITA')?.level).toBe(5);
    expect(match('capo area qualita\u0300 nord')?.level).toBe(5);
    expect(match('Capo Area Qualitativa')?.source).toBe('builtin');
  });

  it('prefer the rule with more words, then the first listed', () => {
    const rules = [
      { phrase: 'Specialist', level: 3 },
      { phrase: 'Product Specialist', level: 4 },
      { phrase: 'Specialist', level: 9 },
    ];
    expect(titleHint('Senior Product Specialist', rules)?.level).toBe(4);
    expect(titleHint('Specialist', rules)?.level).toBe(3);
  });
});

describe('the sandbox vocabulary', () => {
  it('gives every manager and executive of a generated organisation a hint', () => {
    const { people } = sandboxPeople(7, 3000);
    const index = buildOrgIndex(people);
    const match = createTitleMatcher();
    const unread = people.filter((_, i) => index.orgSize[i]! > 0 && match(_.jobTitle) === null).map((p) => p.jobTitle);
    expect(unread).toEqual([]);
  });
});
