import { VALIDATION } from '../../server/web/validation.js';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Static, TSchema } from 'typebox';
import { AppError } from '../../server/errors.js';
import { body as errorBody, errorAnswer } from '../../server/web/errors.js';

// How the fake server answers the way Tandem's Fastify app does: a route by method and URL (the
// server's own URLs), the authentication hook before validation, validation with the app's Ajv
// options (so the fake refuses exactly what the route's schemas refuse), and the answers of the
// app's one error handler and not-found handler.

/** One request to the fake, as tests read it back. */
export interface Call {
  method: string;
  path: string;
  search: URLSearchParams;
  authorization: string | null;
  body: unknown;
}

export type Method = 'GET' | 'POST' | 'PUT';

/** A route's request schemas: the server's, imported from its schemas.ts. */
export interface RequestSchemas {
  params?: TSchema;
  querystring?: TSchema;
  body?: TSchema;
}

type Part<R extends RequestSchemas, K extends keyof RequestSchemas> = R extends { [P in K]: infer T extends TSchema }
  ? Static<T>
  : undefined;

/** A request's parts, as the route's schemas take them (coerced, with defaults). */
export interface Parts<R extends RequestSchemas> {
  params: Part<R, 'params'>;
  query: Part<R, 'querystring'>;
  body: Part<R, 'body'>;
}

export interface FakeRoute {
  method: Method;
  /** The server's URL for the route, e.g. "/api/requests/:id/accept". */
  url: string;
  /** Answers without a signed-in person, as the server's `config: { public: true }`. */
  public: boolean;
  schema: RequestSchemas;
  /** Whether the route exists now (the sandbox's routes only while the sandbox is on). */
  exists: () => boolean;
  answer: (call: Call, parts: { params: unknown; query: unknown; body: unknown }) => Response;
}

export function json<T>(status: number, body: T): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

export interface RouterOptions<Person> {
  /** The signed-in person of a call, or the AppError the authentication hook throws. */
  authenticate: (call: Call) => Person;
  /** A failure a test asked this call to meet, if any. */
  failureFor: (call: Call) => AppError | undefined;
}

export function createRouter<Person>({ authenticate, failureFor }: RouterOptions<Person>) {
  const routes: FakeRoute[] = [];

  /** A route for a signed-in person. */
  function route<R extends RequestSchemas>(
    method: Method,
    url: string,
    schema: R,
    answer: (asked: Parts<R> & { me: Person }) => Response,
  ): void {
    routes.push({
      method,
      url,
      schema,
      public: false,
      exists: () => true,
      answer: (call, parts) => answer({ ...(parts as Parts<R>), me: authenticate(call) }),
    });
  }

  /** A route that answers anyone (the server's `config: { public: true }`). */
  function publicRoute<R extends RequestSchemas>(
    method: Method,
    url: string,
    schema: R,
    answer: (parts: Parts<R>) => Response,
    exists = () => true,
  ): void {
    routes.push({ method, url, schema, public: true, exists, answer: (_call, parts) => answer(parts as Parts<R>) });
  }

  /** As the app's lifecycle: route, authentication hook, validation (params, body, query), handler. */
  function answer(call: Call): Response {
    const found = routes
      .filter((r) => r.method === call.method && r.exists())
      .map((r) => ({ route: r, params: matchUrl(r.url, call.path) }))
      .find((m) => m.params !== null);
    if (!found) return json(404, errorBody('not_found', `No route ${call.method} ${call.path}.`));
    const { route: r, params } = found;
    try {
      if (!r.public) authenticate(call);
      const parts = {
        params: validated(r.schema.params, params, 'params'),
        body: validated(r.schema.body, call.body, 'body'),
        query: validated(r.schema.querystring, Object.fromEntries(call.search), 'querystring'),
      };
      const failure = failureFor(call);
      if (failure) throw failure;
      return r.answer(call, parts);
    } catch (err) {
      // What the app's error handler answers; anything else is a bug of the fake or of a test.
      if (err instanceof AppError || (err as { validation?: unknown }).validation) return refusal(err);
      throw err;
    }
  }

  return { routes: routes as readonly FakeRoute[], route, publicRoute, answer };
}

/** The answer of the app's error handler (server/web/errors.ts) for what a route threw. */
function refusal(err: unknown): Response {
  const answer = errorAnswer(err);
  const response = json(answer.body.statusCode, answer.body);
  if (answer.retryAfterSeconds !== undefined) response.headers.set('retry-after', String(answer.retryAfterSeconds));
  return response;
}

/** Whether a request path fits a route's URL; its params if it does. */
function matchUrl(url: string, path: string): Record<string, string> | null {
  const want = url.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const value = got[i]!;
    if (segment.startsWith(':')) {
      if (value === '') return null;
      params[segment.slice(1)] = decodeURIComponent(value);
    } else if (segment !== value) return null;
  }
  return params;
}

/** Fastify's validation for Tandem: the Ajv options of server/app.ts, with ajv-formats as Fastify adds it. */
const ajv = addFormats(new Ajv({ ...VALIDATION, allErrors: false }));
const validators = new WeakMap<TSchema, ValidateFunction>();

/** A request part as the route's schema takes it, or Fastify's validation error (an invalid_request answer). */
function validated(schema: TSchema | undefined, value: unknown, where: 'params' | 'querystring' | 'body'): unknown {
  if (!schema) return value;
  let validate = validators.get(schema);
  if (!validate) validators.set(schema, (validate = ajv.compile(schema)));
  // Fastify validates a missing body as null; a copy, so defaults never show in the recorded calls.
  const data = structuredClone(value ?? null);
  if (validate(data)) return data;
  const issues = validate.errors ?? [];
  // Fastify's message: "body/languages must NOT have fewer than 1 items".
  const message = issues.map((e) => `${where}${e.instancePath} ${e.message ?? ''}`).join(', ');
  throw Object.assign(new Error(message), { validation: issues, validationContext: where });
}
