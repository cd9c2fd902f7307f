/**
 * How requests are validated against the routes' schemas (Ajv, as Fastify runs it): query strings
 * and path parameters arrive as text and are coerced to the schema's types; defaults are filled in.
 */
export const VALIDATION = {
  removeAdditional: false,
  coerceTypes: 'array',
  useDefaults: true,
  allowUnionTypes: true,
} as const;
