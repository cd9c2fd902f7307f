import { randomUUID } from 'node:crypto';

/**
 * An error answered in Graph's own shape (FACTS 2.1):
 * {"error": {"code", "message", "innerError": {"date", "request-id", "client-request-id"}}}.
 * Callers branch on `code`, never on `message`.
 */
export class GraphError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    /** Extra innerError members, e.g. the status fields a throttled answer carries. */
    readonly inner: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export function graphErrorBody(
  code: string,
  message: string,
  at: Date,
  clientRequestId: string = randomUUID(),
  inner: Record<string, string> = {},
): { error: { code: string; message: string; innerError: Record<string, string> } } {
  return {
    error: {
      code,
      message,
      innerError: {
        ...inner,
        date: at.toISOString().replace(/\.\d{3}Z$/, ''),
        'request-id': randomUUID(),
        'client-request-id': clientRequestId,
      },
    },
  };
}

export const notFound = (what: string): GraphError =>
  new GraphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${what}' does not exist or one of its queried reference-property objects are not present.`,
  );

export const throttled = (retryAfterSeconds: number, headers: Record<string, string> = {}): GraphError =>
  new GraphError(
    429,
    'TooManyRequests',
    'Please retry again later.',
    { 'Retry-After': String(retryAfterSeconds), ...headers },
    {
      code: '429',
      message: 'Please retry after',
      status: '429',
    },
  );

export const badRequest = (message: string, code = 'BadRequest'): GraphError => new GraphError(400, code, message);

export const accessDenied = (message = 'Insufficient privileges to complete the operation.'): GraphError =>
  new GraphError(403, 'Authorization_RequestDenied', message);

export const serviceUnavailable = (retryAfterSeconds: number): GraphError =>
  new GraphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable. Please retry later.', {
    'Retry-After': String(retryAfterSeconds),
  });

/**
 * Graph's documented error for a status: the top-level code errors.md lists for it and its
 * description of the status (MGDC concepts/errors.md; FACTS 2.1). 429 and 503 carry Retry-After.
 */
const DOCUMENTED: Record<number, { code: string; message: string }> = {
  400: { code: 'invalidRequest', message: 'Cannot process the request because it is malformed or incorrect.' },
  401: {
    code: 'unauthenticated',
    message: 'Required authentication information is either missing or not valid for the resource.',
  },
  403: {
    code: 'accessDenied',
    message: 'Access is denied to the requested resource. The user might not have enough permission.',
  },
  404: { code: 'itemNotFound', message: "The requested resource doesn't exist." },
  405: { code: 'notSupported', message: 'The HTTP method in the request is not allowed on the resource.' },
  409: { code: 'nameAlreadyExists', message: 'The current state conflicts with what the request expects.' },
  410: { code: 'resyncRequired', message: 'The requested resource is no longer available at the server.' },
  412: {
    code: 'resourceModified',
    message: "A precondition provided in the request does not match the resource's current state.",
  },
  423: { code: 'notAllowed', message: 'The resource that is being accessed is locked.' },
  500: { code: 'generalException', message: 'There was an internal server error while processing the request.' },
  501: { code: 'notSupported', message: "The requested feature isn't implemented." },
  504: {
    code: 'serviceNotAvailable',
    message: 'The server, while acting as a proxy, did not receive a timely response from the upstream server.',
  },
};

export function documentedError(
  status: number,
  options: { retryAfterSeconds: number; code?: string | null },
): GraphError {
  const documented = DOCUMENTED[status];
  const base =
    status === 429
      ? throttled(options.retryAfterSeconds)
      : status === 503
        ? serviceUnavailable(options.retryAfterSeconds)
        : documented
          ? new GraphError(status, documented.code, documented.message)
          : undefined;
  if (!base) throw new RangeError(`No documented Graph error for status ${status}`);
  return options.code ? new GraphError(base.statusCode, options.code, base.message, base.headers, base.inner) : base;
}
