import { Type, type Static, type TSchema } from 'typebox';

// Schema pieces every domain's schemas.ts shares. Schemas are the contract: route types come from
// them (TypeBox type provider), responses are serialised through them, and the tab imports their
// types with `import type`. So this file, like every schemas.ts, imports nothing but typebox.

/** A value of `schema`, or null. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const Uuid = Type.String({ format: 'uuid' });
/** An ISO 8601 instant, e.g. "2026-12-07T09:00:00.000Z". */
export const Instant = Type.String({ format: 'date-time' });

/** The body of every error answer: {statusCode, code, error, message, details?}. */
export const ErrorBody = Type.Object({
  statusCode: Type.Integer(),
  code: Type.String(),
  error: Type.String(),
  message: Type.String(),
  details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});
export type ErrorBody = Static<typeof ErrorBody>;

/** Spread into a route's `response`: every route declares its error answers too. */
export const errorResponses = { '4xx': ErrorBody, '5xx': ErrorBody } as const;
