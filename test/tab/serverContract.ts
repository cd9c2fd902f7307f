import { VALIDATION } from '../../server/web/validation.js';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import Fastify, { type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { TSchema } from 'typebox';
import { ERRORS } from '../../server/errors.js';
import { ErrorBody } from '../../server/schemas.js';

// The server's contract as the real app registers it, and a check of one answer against it. The
// routes are recorded from Fastify's onRoute hook while the app's own registerRoutes runs, so the
// schemas are the ones the server serves, not a table written again here.

export interface ServerRoute {
  method: string;
  /** As registered, e.g. "/api/requests/:id/accept". */
  url: string;
  /** Answers without a signed-in person (`config: { public: true }`). */
  public: boolean;
  params?: TSchema;
  querystring?: TSchema;
  body?: TSchema;
  /** By status as the route declares it: "200", "4xx", "default" ... */
  response: Record<string, TSchema>;
}

/** The routes `register` adds to a fresh Fastify instance, as the onRoute hook sees them. */
export async function recordRoutes(register: (app: FastifyInstance) => Promise<void>): Promise<ServerRoute[]> {
  const app = Fastify().withTypeProvider<TypeBoxTypeProvider>();
  const routes: ServerRoute[] = [];
  app.addHook('onRoute', (r) => {
    const schema = (r.schema ?? {}) as Omit<ServerRoute, 'method' | 'url' | 'public' | 'response'> & {
      response?: ServerRoute['response'];
    };
    for (const method of [r.method].flat()) {
      routes.push({
        method,
        url: r.url,
        public: r.config?.public === true,
        ...(schema.params ? { params: schema.params } : {}),
        ...(schema.querystring ? { querystring: schema.querystring } : {}),
        ...(schema.body ? { body: schema.body } : {}),
        response: schema.response ?? {},
      });
    }
  });
  await register(app);
  await app.ready();
  await app.close();
  return routes;
}

/** One answer: the request it was to and what came back (a parsed JSON body, or the text). */
export interface Exchange {
  method: string;
  path: string;
  search: URLSearchParams;
  /** The request body as sent, null without one. */
  body: unknown;
  status: number;
  answer: unknown;
}

/**
 * Checks answers against the routes. Answers are validated more strictly than Fastify serialises
 * them: fast-json-stringify drops any field a response schema does not list (and coerces types), so
 * a fake that sends one, or a wrong type, answers what the server never would.
 */
export function createContract(routes: readonly ServerRoute[]) {
  const responses = addFormats(new Ajv({ allErrors: true, strict: false }));
  // A request the server answered with success passed its validation: the same options as server/app.ts.
  const requests = addFormats(new Ajv({ ...VALIDATION, strict: false }));
  const compiled = new Map<Ajv, Map<TSchema, ValidateFunction>>([
    [responses, new Map()],
    [requests, new Map()],
  ]);
  const validator = (ajv: Ajv, schema: TSchema) => {
    const cache = compiled.get(ajv)!;
    let validate = cache.get(schema);
    if (!validate) cache.set(schema, (validate = ajv.compile(ajv === responses ? closed(schema) : schema)));
    return validate;
  };
  const matchers = routes.map((route) => ({
    route,
    pattern: new RegExp(`^${route.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, '(?<$1>[^/]+)')}$`),
    // find-my-way prefers a static segment to a parameter: fewer parameters first.
    params: (route.url.match(/:/g) ?? []).length,
  }));

  /** The route the server's router would take for this request, with its params. */
  function routeOf(method: string, path: string): { route: ServerRoute; params: Record<string, string> } | undefined {
    const found = matchers
      .filter((m) => m.route.method === method)
      .sort((a, b) => a.params - b.params)
      .map((m) => ({ route: m.route, match: m.pattern.exec(path) }))
      .find((m) => m.match !== null);
    if (!found) return undefined;
    const params = Object.fromEntries(
      Object.entries(found.match!.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]),
    );
    return { route: found.route, params };
  }

  /** What is wrong with an answer, in words; empty when the server could have given it. */
  function check(x: Exchange): string[] {
    const at = `${x.method} ${x.path} answered ${x.status}`;
    const found = routeOf(x.method, x.path);
    if (!found) {
      // The server's not-found handler: 404 not_found with the error body, for any method and path.
      const notFound = x.status === 404 && (x.answer as ErrorBody | null)?.code === 'not_found';
      return notFound
        ? errorsOf(validator(responses, ErrorBody), x.answer, at)
        : [`${at}: the server has no route ${x.method} ${x.path}`];
    }
    const { route, params } = found;
    const status = String(x.status);
    const schema = route.response[status] ?? route.response[`${status[0]}xx`] ?? route.response.default;
    if (!schema) {
      const declared = Object.keys(route.response).join(', ');
      return [`${at}: ${route.method} ${route.url} declares no answer ${x.status} (only ${declared})`];
    }
    const problems = errorsOf(validator(responses, schema), x.answer, at);
    if (x.status >= 400) {
      const { code, statusCode } = x.answer as ErrorBody;
      const entry = (ERRORS as Record<string, { status: number }>)[code];
      if (!entry) problems.push(`${at}: ${code} is not in the error catalogue (server/errors.ts)`);
      else if (entry.status !== x.status) problems.push(`${at}: the catalogue answers ${code} with ${entry.status}`);
      if (statusCode !== x.status) problems.push(`${at}: the body says statusCode ${statusCode}`);
    } else {
      // A success means the request passed the route's validation, as the server would have done it.
      const parts = { params, querystring: Object.fromEntries(x.search), body: x.body } as const;
      for (const part of ['params', 'querystring', 'body'] as const) {
        const partSchema = route[part];
        if (partSchema)
          problems.push(
            ...errorsOf(validator(requests, partSchema), structuredClone(parts[part]), `${at}: the request's ${part}`),
          );
      }
    }
    return problems;
  }

  return { routes, routeOf, check };
}

function errorsOf(validate: ValidateFunction, value: unknown, at: string): string[] {
  return validate(value)
    ? []
    : (validate.errors ?? []).map(
        (e) => `${at}: ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
      );
}

/** The schema with every object that lists its properties closed to others. */
function closed(schema: unknown): TSchema {
  if (Array.isArray(schema)) return schema.map(closed) as unknown as TSchema;
  if (typeof schema !== 'object' || schema === null) return schema as TSchema;
  const copy: Record<string, unknown> = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, closed(v)]));
  if (
    copy.type === 'object' &&
    copy.properties &&
    !('additionalProperties' in copy) &&
    !('patternProperties' in copy)
  ) {
    copy.additionalProperties = false;
  }
  return copy as TSchema;
}
