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
  new GraphError(404, 'Request_ResourceNotFound', `Resource '${what}' does not exist or one of its queried reference-property objects are not present.`);

export const throttled = (retryAfterSeconds: number, headers: Record<string, string> = {}): GraphError =>
  new GraphError(429, 'TooManyRequests', 'Please retry again later.', { 'Retry-After': String(retryAfterSeconds), ...headers }, {
    code: '429',
    message: 'Please retry after',
    status: '429',
  });

export const badRequest = (message: string, code = 'BadRequest'): GraphError =>
  new GraphError(400, code, message);

export const accessDenied = (message = 'Insufficient privileges to complete the operation.'): GraphError =>
  new GraphError(403, 'Authorization_RequestDenied', message);
