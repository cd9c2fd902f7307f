import { Type, type Static } from 'typebox';
import { Nullable } from '../schemas.js';

// The "sign in as" picker of the sandbox tenant: who can be chosen, and the token for them.

export const PickablePerson = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  jobTitle: Nullable(Type.String()),
  department: Nullable(Type.String()),
  officeLocation: Nullable(Type.String()),
  /** A named demo character ("ceo", "junior-dev" ...), listed first. */
  persona: Nullable(Type.String()),
});
export type PickablePerson = Static<typeof PickablePerson>;

export const PeopleQuery = Type.Object(
  {
    search: Type.Optional(Type.String({ maxLength: 100 })),
    top: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);

export const PickablePeople = Type.Object({ people: Type.Array(PickablePerson) });
export type PickablePeople = Static<typeof PickablePeople>;

export const SignInBody = Type.Object(
  { userId: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
export type SignInBody = Static<typeof SignInBody>;

export const SignInAnswer = Type.Object({ accessToken: Type.String(), expiresIn: Type.Integer() });
export type SignInAnswer = Static<typeof SignInAnswer>;

/**
 * The sandbox's demo programme (GET /api/sandbox/demo, POST /api/sandbox/demo/reset): idle until
 * it is first prepared or reset in this process; running with the step under way and how many of
 * `total` are done; then done or failed, with what came of it in `message`.
 */
export const DemoStatus = Type.Object({
  state: Type.Enum(['idle', 'running', 'done', 'failed']),
  step: Nullable(Type.String()),
  done: Type.Integer({ minimum: 0 }),
  total: Type.Integer({ minimum: 0 }),
  startedAt: Nullable(Type.String({ format: 'date-time' })),
  finishedAt: Nullable(Type.String({ format: 'date-time' })),
  message: Nullable(Type.String()),
});
export type DemoStatus = Static<typeof DemoStatus>;
