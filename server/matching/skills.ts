// What people can offer and want, as stable ids with Italian and English labels, and how rare each
// skill is among the mentors of a round. Enrolments are validated against these lists (an unknown
// id is a 400), so the ids are a public contract: add new ones, never rename.
//
// Three families: the craft of a job (technical), the skills a mentor grows in a mentee (soft),
// and the ones juniors teach seniors in reverse mentoring (digital).

import { primaryLanguage } from './languages.js';
import type { MentorSlot } from './model.js';
import type { CatalogueGoal, CatalogueSkill, Label, SkillFamily } from './schemas.js';

export type { CatalogueGoal, CatalogueSkill, Label, SkillFamily } from './schemas.js';

const skill = (id: string, family: SkillFamily, en: string, it: string): CatalogueSkill => ({
  id,
  family,
  label: { en, it },
});

export const SKILLS: readonly CatalogueSkill[] = [
  skill('software_architecture', 'technical', 'Software architecture', 'Architettura del software'),
  skill('cloud_platforms', 'technical', 'Cloud platforms', 'Piattaforme cloud'),
  skill('data_analysis', 'technical', 'Data analysis', 'Analisi dei dati'),
  skill('machine_learning', 'technical', 'Machine learning', 'Machine learning'),
  skill('cybersecurity', 'technical', 'Cybersecurity', 'Sicurezza informatica'),
  skill('project_management', 'technical', 'Project management', 'Gestione dei progetti'),
  skill('agile_methods', 'technical', 'Agile methods', 'Metodologie agili'),
  skill('product_management', 'technical', 'Product management', 'Gestione del prodotto'),
  skill('financial_planning', 'technical', 'Financial planning', 'Pianificazione finanziaria'),
  skill('sales', 'technical', 'Sales', 'Vendite'),
  skill('lean_operations', 'technical', 'Lean operations', 'Lean management'),
  skill('legal_compliance', 'technical', 'Legal and compliance', 'Legale e compliance'),

  skill('communication', 'soft', 'Communication', 'Comunicazione'),
  skill('leadership', 'soft', 'Leadership', 'Leadership'),
  skill('problem_solving', 'soft', 'Problem solving', 'Risoluzione dei problemi'),
  skill('public_speaking', 'soft', 'Public speaking', 'Parlare in pubblico'),
  skill('negotiation', 'soft', 'Negotiation', 'Negoziazione'),
  skill('coaching', 'soft', 'Coaching', 'Coaching'),
  skill('feedback', 'soft', 'Giving and receiving feedback', 'Dare e ricevere feedback'),
  skill('time_management', 'soft', 'Time management', 'Gestione del tempo'),
  skill('conflict_management', 'soft', 'Conflict management', 'Gestione dei conflitti'),
  skill('emotional_intelligence', 'soft', 'Emotional intelligence', 'Intelligenza emotiva'),
  skill('decision_making', 'soft', 'Decision making', 'Capacità decisionale'),
  skill('change_management', 'soft', 'Leading change', 'Gestione del cambiamento'),

  skill('generative_ai', 'digital', 'Generative AI', 'Intelligenza artificiale generativa'),
  skill('social_media', 'digital', 'Social media', 'Social media'),
  skill('data_visualisation', 'digital', 'Data visualisation', 'Visualizzazione dei dati'),
  skill('low_code_automation', 'digital', 'Low-code automation', 'Automazione low-code'),
  skill('collaboration_tools', 'digital', 'Collaboration tools', 'Strumenti di collaborazione'),
  skill('cybersecurity_awareness', 'digital', 'Cybersecurity awareness', 'Consapevolezza della sicurezza informatica'),
  skill('digital_marketing', 'digital', 'Digital marketing', 'Marketing digitale'),
  skill('hybrid_work', 'digital', 'Remote and hybrid work', 'Lavoro ibrido e smart working'),
];

const goal = (id: string, skills: string[], en: string, it: string): CatalogueGoal => ({
  id,
  skills,
  label: { en, it },
});

export const GOALS: readonly CatalogueGoal[] = [
  goal(
    'grow_as_leader',
    ['leadership', 'coaching', 'feedback', 'decision_making', 'emotional_intelligence'],
    'Grow as a leader',
    'Crescere come leader',
  ),
  goal(
    'improve_communication',
    ['communication', 'public_speaking', 'feedback', 'negotiation'],
    'Communicate better',
    'Migliorare la comunicazione',
  ),
  goal(
    'learn_generative_ai',
    ['generative_ai', 'low_code_automation'],
    'Learn to use generative AI',
    "Imparare a usare l'IA generativa",
  ),
  goal(
    'understand_younger_customers',
    ['social_media', 'digital_marketing', 'generative_ai'],
    'Understand younger customers',
    'Capire i clienti più giovani',
  ),
  goal(
    'career_next_step',
    ['leadership', 'project_management', 'negotiation', 'decision_making'],
    'Prepare the next career step',
    'Preparare il prossimo passo di carriera',
  ),
  goal(
    'build_confidence',
    ['public_speaking', 'communication', 'emotional_intelligence', 'feedback'],
    'Build confidence',
    'Acquisire sicurezza',
  ),
  goal(
    'cross_team_network',
    ['communication', 'collaboration_tools', 'negotiation'],
    'Build a network across teams',
    'Costruire una rete tra i team',
  ),
  goal(
    'prepare_succession',
    ['leadership', 'coaching', 'decision_making', 'change_management'],
    'Prepare for succession',
    'Prepararsi alla successione',
  ),
  goal(
    'work_digitally',
    ['collaboration_tools', 'low_code_automation', 'hybrid_work', 'cybersecurity_awareness'],
    'Work better with digital tools',
    'Lavorare meglio con gli strumenti digitali',
  ),
  goal(
    'deepen_expertise',
    ['software_architecture', 'cloud_platforms', 'data_analysis', 'machine_learning', 'cybersecurity'],
    'Deepen technical expertise',
    'Approfondire le competenze tecniche',
  ),
  goal(
    'manage_change',
    ['change_management', 'conflict_management', 'communication'],
    'Lead a team through change',
    'Guidare un team nel cambiamento',
  ),
];

const skillsById = new Map(SKILLS.map((s) => [s.id, s]));
const goalsById = new Map(GOALS.map((g) => [g.id, g]));

export function findSkill(id: string): CatalogueSkill | undefined {
  return skillsById.get(id);
}

export function findGoal(id: string): CatalogueGoal | undefined {
  return goalsById.get(id);
}

export function skillsOfFamily(family: SkillFamily): CatalogueSkill[] {
  return SKILLS.filter((s) => s.family === family);
}

/** The ids that are not in the skill catalogue, in the order given: empty when all are known. */
export function unknownSkills(ids: readonly string[]): string[] {
  return ids.filter((id) => !skillsById.has(id));
}

/** The ids that are not in the goal catalogue, in the order given: empty when all are known. */
export function unknownGoals(ids: readonly string[]): string[] {
  return ids.filter((id) => !goalsById.has(id));
}

/** The label in the locale's language: Italian for "it", "it-IT", "it-CH"; English otherwise. */
export function labelIn(label: Label, locale: string): string {
  return primaryLanguage(locale) === 'it' ? label.it : label.en;
}

/** How many mentors of a round offer each skill: the base of rarity weights. */
export interface SkillRarity {
  mentors: number;
  offering: ReadonlyMap<string, number>;
}

export function skillRarity(mentors: readonly MentorSlot[]): SkillRarity {
  const offering = new Map<string, number>();
  for (const m of mentors) for (const s of new Set(m.participant.offers)) offering.set(s, (offering.get(s) ?? 0) + 1);
  return { mentors: mentors.length, offering };
}

/**
 * How much a wanted skill counts when a mentor offers it: 1 + ln((N + 1) / (n + 1)) for N mentors
 * of whom n offer it. A skill few mentors have is the reason to pair someone with one of them; a
 * skill everyone has barely tells mentors apart. The smoothing (the + 1s, as in the usual smooth
 * idf) keeps the weight finite and at least 1, so a skill every mentor offers still counts a
 * little for a mentee who wants only that.
 */
export function rarityWeight(rarity: SkillRarity, skillId: string): number {
  return 1 + Math.log((rarity.mentors + 1) / ((rarity.offering.get(skillId) ?? 0) + 1));
}

/** Catalogue ids for free-text skills from a directory profile, matched on either label or the id. */
export function skillsFromProfile(texts: readonly string[]): string[] {
  const norm = (t: string) =>
    t
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const byName = new Map<string, string>();
  for (const s of SKILLS)
    for (const name of [s.id.replace(/_/g, ' '), s.label.en, s.label.it]) byName.set(norm(name), s.id);
  return [...new Set(texts.map((t) => byName.get(norm(t))).filter((id): id is string => id !== undefined))];
}
