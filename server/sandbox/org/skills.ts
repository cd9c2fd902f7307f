// What people are good at: their department's craft, plus digital and soft skills in a mix that
// shifts with seniority. Juniors bring the digital skills, seniors the leadership ones: the raw
// material for reverse mentoring.

import type { DepartmentName } from './departments.js';
import type { Random } from './random.js';

const CRAFT: Readonly<Record<DepartmentName, readonly string[]>> = {
  'Executive Office': ['Strategic Planning', 'Corporate Governance', 'Financial Modelling', 'Mergers and Acquisitions'],
  Engineering: [
    'TypeScript',
    'Java',
    'Python',
    'React',
    'Cloud Architecture',
    'Kubernetes',
    'API Design',
    'Software Testing',
    'DevOps',
    'Databases',
    'Microservices',
  ],
  Product: ['Product Discovery', 'User Research', 'UX Design', 'Roadmapping', 'Agile Delivery', 'A/B Testing'],
  IT: [
    'Cybersecurity',
    'Networking',
    'Microsoft 365 Administration',
    'Cloud Architecture',
    'IT Service Management',
    'Identity and Access Management',
  ],
  Sales: ['CRM', 'Account Planning', 'Solution Selling', 'Sales Forecasting', 'Pricing', 'Tender Management'],
  Marketing: ['Brand Management', 'Content Strategy', 'SEO', 'Market Research', 'Campaign Management', 'Copywriting'],
  'Customer Support': [
    'Customer Service',
    'Troubleshooting',
    'Ticketing Systems',
    'Knowledge Base Writing',
    'Customer Success',
    'Complaint Handling',
  ],
  Operations: [
    'Supply Chain Management',
    'Lean Six Sigma',
    'Process Improvement',
    'Procurement',
    'Logistics',
    'Quality Management',
  ],
  Finance: ['Financial Modelling', 'Accounting', 'Budgeting', 'Financial Reporting', 'Tax', 'Risk Management'],
  Legal: ['Contract Law', 'GDPR', 'Compliance', 'Corporate Governance', 'Intellectual Property', 'Employment Law'],
  'Human Resources': [
    'Talent Acquisition',
    'Employment Law',
    'Compensation and Benefits',
    'Learning Design',
    'HR Analytics',
    'Onboarding',
  ],
};

/** Craft skills any department uses. */
const SHARED_CRAFT = ['Data Analysis', 'Project Management', 'Excel'];

const DIGITAL = [
  'Generative AI',
  'Prompt Engineering',
  'Social Media',
  'Low-code Automation',
  'Data Visualisation',
  'Power BI',
  'Digital Collaboration',
  'Video Editing',
  'Content Creation',
];

const PERSONAL = [
  'Communication',
  'Problem Solving',
  'Teamwork',
  'Time Management',
  'Critical Thinking',
  'Presentation Skills',
  'Adaptability',
];

const LEADERSHIP = [
  'Leadership',
  'Coaching',
  'Mentoring',
  'Public Speaking',
  'Negotiation',
  'Strategic Planning',
  'Stakeholder Management',
  'Change Management',
  'Decision Making',
  'Conflict Resolution',
];

/** Where someone stands, as far as their skills go. */
export type SkillProfile = 'junior' | 'professional' | 'senior' | 'manager' | 'executive';

interface Mix {
  /** Cumulative chances of craft, digital, personal; the rest is leadership. */
  upTo: readonly [number, number, number];
  min: number;
  max: number;
}

const MIX: Readonly<Record<SkillProfile, Mix>> = {
  junior: { upTo: [0.4, 0.82, 0.97], min: 2, max: 5 },
  professional: { upTo: [0.55, 0.75, 0.93], min: 3, max: 6 },
  senior: { upTo: [0.55, 0.66, 0.82], min: 3, max: 6 },
  manager: { upTo: [0.3, 0.37, 0.52], min: 3, max: 6 },
  executive: { upTo: [0.2, 0.23, 0.33], min: 3, max: 6 },
};

// Scratch list, copied out at its exact length: an array grown by push keeps room for 16 or so,
// which across 100,000 people is megabytes of nothing.
const drawn: string[] = [];

export function drawSkills(dept: DepartmentName, profile: SkillProfile, rng: Random): string[] {
  const mix = MIX[profile];
  const count = mix.min + rng.int(mix.max - mix.min + 1);
  const skills = drawn;
  skills.length = 0;
  // Bounded retries: duplicates are rare, and a short list is better than a loop that might spin.
  for (let tries = 0; skills.length < count && tries < count * 4; tries++) {
    const x = rng.next();
    const pool =
      x < mix.upTo[0]
        ? rng.chance(0.8)
          ? CRAFT[dept]
          : SHARED_CRAFT
        : x < mix.upTo[1]
          ? DIGITAL
          : x < mix.upTo[2]
            ? PERSONAL
            : LEADERSHIP;
    const skill = rng.pick(pool);
    if (!skills.includes(skill)) skills.push(skill);
  }
  return skills.slice();
}

/** Every skill the generator can hand out, by kind; tests and the matcher's fixtures read it. */
export const SKILL_CATALOGUE = {
  craft: [...new Set([...Object.values(CRAFT).flat(), ...SHARED_CRAFT])],
  digital: DIGITAL,
  soft: [...PERSONAL, ...LEADERSHIP],
} as const;
