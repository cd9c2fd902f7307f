// The company's departments: how big each is, how wide its teams run, and who runs it when the
// org is too small to give it an executive of its own.

export type DepartmentName =
  | 'Executive Office'
  | 'Engineering'
  | 'Product'
  | 'IT'
  | 'Sales'
  | 'Marketing'
  | 'Customer Support'
  | 'Operations'
  | 'Finance'
  | 'Legal'
  | 'Human Resources';

export interface Span {
  /** Fewest and most direct reports a manager here has once the team is split. */
  lo: number;
  hi: number;
  /** Typical span, used to decide how many layers a subtree needs. */
  avg: number;
}

export interface Department {
  name: DepartmentName;
  /** Relative share of the headcount. */
  weight: number;
  span: Span;
}

const OFFICE_SPAN: Span = { lo: 4, hi: 10, avg: 7 };

function department(name: DepartmentName, weight: number, span: Span = OFFICE_SPAN): Department {
  return { name, weight, span };
}

export const DEPARTMENTS: Readonly<Record<DepartmentName, Department>> = {
  'Executive Office': department('Executive Office', 0),
  Engineering: department('Engineering', 20),
  Product: department('Product', 5),
  IT: department('IT', 6),
  Sales: department('Sales', 15),
  Marketing: department('Marketing', 7),
  // Contact centres and warehouses run bigger teams under one supervisor.
  'Customer Support': department('Customer Support', 15, { lo: 5, hi: 15, avg: 10 }),
  Operations: department('Operations', 14, { lo: 5, hi: 14, avg: 9 }),
  Finance: department('Finance', 7),
  Legal: department('Legal', 2),
  'Human Resources': department('Human Resources', 5),
};

/** Executives in the order an org grows them: a 12-person company has the first three. */
export const EXECUTIVE_ORDER: readonly DepartmentName[] = [
  'Engineering',
  'Sales',
  'Human Resources',
  'Operations',
  'Finance',
  'Marketing',
  'Customer Support',
  'Product',
  'IT',
];

/**
 * Who runs a department: the first of these that has an executive. Legal never gets its own
 * (general counsel reports to the CFO); a department with nobody to run it does not exist yet.
 */
const RUN_BY: Readonly<Record<DepartmentName, readonly DepartmentName[]>> = {
  'Executive Office': [],
  Engineering: ['Engineering'],
  Product: ['Product', 'Engineering'],
  IT: ['IT', 'Operations', 'Engineering'],
  Sales: ['Sales'],
  Marketing: ['Marketing', 'Sales'],
  'Customer Support': ['Customer Support', 'Operations', 'Sales'],
  Operations: ['Operations'],
  Finance: ['Finance', 'Operations'],
  Legal: ['Finance', 'Operations'],
  'Human Resources': ['Human Resources'],
};

/** For each executive (by primary department), the departments in their subtree, primary first. */
export function portfolios(executives: readonly DepartmentName[]): Department[][] {
  const present = new Set(executives);
  return executives.map((exec) => {
    const owned = (Object.keys(RUN_BY) as DepartmentName[]).filter(
      (name) => name !== exec && RUN_BY[name].find((runner) => present.has(runner)) === exec,
    );
    return [DEPARTMENTS[exec], ...owned.map((name) => DEPARTMENTS[name])];
  });
}

/** Departments for the handful of people in an org too small for executives. */
export const STARTUP_ORDER: readonly DepartmentName[] = [
  'Engineering',
  'Sales',
  'Marketing',
  'Finance',
  'Engineering',
  'Customer Support',
  'Operations',
  'Human Resources',
  'Product',
  'Sales',
];
