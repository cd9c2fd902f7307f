import { Type, type Static } from 'typebox';

export const Check = Type.Object({
  status: Type.Enum(['ok', 'unreachable']),
  kind: Type.Optional(Type.String()),
  detail: Type.Optional(Type.String()),
});
export type Check = Static<typeof Check>;

export const Health = Type.Object({
  status: Type.Enum(['ok', 'degraded']),
  version: Type.String(),
  database: Check,
  graph: Check,
});
export type Health = Static<typeof Health>;
