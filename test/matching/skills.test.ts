import { describe, expect, it } from 'vitest';
import {
  GOALS,
  SKILLS,
  findGoal,
  findSkill,
  labelIn,
  rarityWeight,
  skillRarity,
  skillsOfFamily,
  unknownGoals,
  unknownSkills,
} from '../../server/matching/skills.js';
import { participant, slot } from './people.js';

describe('the skill and goal catalogue', () => {
  it('uses unique snake_case ids', () => {
    const ids = [...SKILLS.map((s) => s.id), ...GOALS.map((g) => g.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it('labels every skill and goal in English and Italian', () => {
    for (const { label } of [...SKILLS, ...GOALS]) {
      expect(label.en.length).toBeGreaterThan(0);
      expect(label.it.length).toBeGreaterThan(0);
    }
  });

  it('has the soft skills mentors grow and the digital skills of reverse mentoring', () => {
    expect(skillsOfFamily('soft').map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'communication',
        'leadership',
        'problem_solving',
        'public_speaking',
        'negotiation',
        'coaching',
        'feedback',
      ]),
    );
    expect(skillsOfFamily('digital').map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'generative_ai',
        'social_media',
        'data_visualisation',
        'low_code_automation',
        'collaboration_tools',
        'cybersecurity_awareness',
      ]),
    );
    expect(skillsOfFamily('technical').length).toBeGreaterThan(0);
  });

  it('has the goals of the issue, each mapped to catalogue skills only', () => {
    const issue = [
      'grow_as_leader',
      'improve_communication',
      'learn_generative_ai',
      'understand_younger_customers',
      'career_next_step',
      'build_confidence',
      'cross_team_network',
      'prepare_succession',
    ];
    for (const id of issue) expect(findGoal(id)).toBeDefined();
    for (const g of GOALS) {
      expect(g.skills.length).toBeGreaterThan(0);
      expect(unknownSkills(g.skills)).toEqual([]);
    }
  });

  it('finds skills and goals by id, and names the unknown ones for a 400', () => {
    expect(findSkill('generative_ai')?.label).toEqual({
      en: 'Generative AI',
      it: 'Intelligenza artificiale generativa',
    });
    expect(findSkill('juggling')).toBeUndefined();
    expect(unknownSkills(['leadership', 'juggling', 'feedback', 'origami'])).toEqual(['juggling', 'origami']);
    expect(unknownGoals(['grow_as_leader', 'get_rich'])).toEqual(['get_rich']);
  });

  it('labels in Italian for any Italian locale and in English otherwise', () => {
    const label = findGoal('grow_as_leader')!.label;
    expect(labelIn(label, 'it-CH')).toBe('Crescere come leader');
    expect(labelIn(label, 'it')).toBe('Crescere come leader');
    expect(labelIn(label, 'en-GB')).toBe('Grow as a leader');
    expect(labelIn(label, 'de-DE')).toBe('Grow as a leader');
  });
});

describe('skill rarity', () => {
  const mentors = [
    slot(participant('a', { offers: ['communication', 'generative_ai'] })),
    slot(participant('b', { offers: ['communication', 'communication'] })),
    slot(participant('c', { offers: ['communication', 'leadership'] })),
    slot(participant('d', { offers: ['leadership'] })),
  ];
  const rarity = skillRarity(mentors);

  it('counts the mentors offering each skill, once per mentor', () => {
    expect(rarity.mentors).toBe(4);
    expect(rarity.offering.get('communication')).toBe(3);
    expect(rarity.offering.get('generative_ai')).toBe(1);
  });

  it('weighs a skill few mentors offer more than one many offer', () => {
    expect(rarityWeight(rarity, 'generative_ai')).toBeGreaterThan(rarityWeight(rarity, 'leadership'));
    expect(rarityWeight(rarity, 'leadership')).toBeGreaterThan(rarityWeight(rarity, 'communication'));
  });

  it('still gives a skill every mentor offers a positive weight', () => {
    const everyone = skillRarity([
      slot(participant('a', { offers: ['feedback'] })),
      slot(participant('b', { offers: ['feedback'] })),
    ]);
    expect(rarityWeight(everyone, 'feedback')).toBe(1);
  });
});
