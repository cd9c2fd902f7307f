import { GraphClientError, GraphError } from '@microsoft/microsoft-graph-client';
import { AppError } from '../errors.js';
import { isConnectionFailure } from './middleware.js';

// Graph's failures as Tandem's own errors. Graph's body, code and message never reach the tab:
// the AppError says what to do next, and keeps the original as `cause` for the log.

/** Graph's 429 samples say 10 seconds (FACTS 2.2); used when a throttled answer names no wait. */
export const DEFAULT_RETRY_AFTER_SECONDS = 10;

/** How a Graph call failed, in words safe to log: never a token, a query string or a person's text. */
export interface GraphFailure {
  /**
   * answer: Graph answered with an error status; dropped: the connection broke before an answer;
   * timeout: no answer in time; token: no token for Graph could be had.
   */
  reason: 'answer' | 'dropped' | 'timeout' | 'token';
  /** Graph's HTTP status; null without an answer. */
  status: number | null;
  /** Graph's error code (e.g. "Request_ResourceNotFound"); null without one. */
  code: string | null;
  /** Graph's request-id, which Microsoft support asks for. */
  requestId: string | null;
  /** Graph's Retry-After in seconds, when it sent one. */
  retryAfterSeconds: number | null;
}

/** What Tandem asked Graph as: the app itself, or a person on-behalf-of with these scopes. */
export interface GraphCall {
  delegatedScopes?: readonly string[];
}

/**
 * A failed answer inside a $batch envelope, or any answer read without the SDK's error: the
 * cause kept on the AppError, with Graph's status and code but not its message.
 */
export class GraphAnswerError extends Error {
  override name = 'GraphAnswerError';

  constructor(
    readonly status: number,
    readonly code: string | null,
    readonly requestId: string | null,
    readonly retryAfterSeconds: number | null,
  ) {
    super(`Microsoft Graph answered ${status}${code ? ` ${code}` : ''}`);
  }

  /** From a $batch answer: its status, `body.error.code` and its headers. */
  static of(answer: { status: number; body: unknown; headers?: Record<string, string> }): GraphAnswerError {
    const error = (answer.body as { error?: { code?: unknown; innerError?: Record<string, unknown> } } | null)?.error;
    const header = (name: string) =>
      Object.entries(answer.headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1] ?? null;
    const requestId =
      header('request-id') ??
      (typeof error?.innerError?.['request-id'] === 'string' ? error.innerError['request-id'] : null);
    return new GraphAnswerError(
      answer.status,
      typeof error?.code === 'string' ? error.code : null,
      requestId,
      seconds(header('retry-after')),
    );
  }
}

/**
 * A token for Graph could not be had. Thrown from the token callback as the SDK's own client
 * error, which the SDK passes through unwrapped, so the original failure is not lost.
 */
export function tokenFailure(cause: unknown): GraphClientError {
  const err = new GraphClientError('No token for Microsoft Graph');
  err.customError = cause;
  return err;
}

/** The facts of a Graph failure, from the SDK's error, a batch answer, or an AppError made from them. */
export function graphFailure(err: unknown): GraphFailure | undefined {
  if (err instanceof AppError) return graphFailure(err.cause);
  if (err instanceof GraphAnswerError) {
    return {
      reason: 'answer',
      status: err.status,
      code: err.code,
      requestId: err.requestId,
      retryAfterSeconds: err.retryAfterSeconds,
    };
  }
  if (err instanceof GraphClientError && err.customError !== undefined) {
    return { reason: 'token', status: null, code: null, requestId: null, retryAfterSeconds: null };
  }
  if (err instanceof GraphError) {
    if (err.statusCode > 0) {
      const requestId = err.headers?.get('request-id') ?? err.requestId ?? null;
      return {
        reason: 'answer',
        status: err.statusCode,
        code: err.code ?? null,
        requestId,
        retryAfterSeconds: seconds(err.headers?.get('retry-after') ?? null),
      };
    }
    // No answer: the SDK wraps what fetch threw, keeping its name as `code` and its message.
    if (isTimeout(err.code)) return noAnswer('timeout');
    if (isConnectionFailure(err)) return noAnswer('dropped');
    return undefined;
  }
  if (err instanceof Error && isTimeout(err.name)) return noAnswer('timeout');
  if (isConnectionFailure(err)) return noAnswer('dropped');
  return undefined;
}

/**
 * Graph's failure as Tandem's error: 429 is 503 graph_throttled (with Graph's Retry-After); a
 * 401/403 on a delegated call is 403 consent_required (the person can fix it); anything else (other
 * 4xx, 5xx, a dropped connection, a timeout, a refusal of the app itself, which is an
 * administrator's problem) is 502 graph_unavailable. Tandem's own errors (a refused on-behalf-of
 * exchange) pass as they are; what is not a Graph failure (a bug) is left for the 500 handler.
 */
export function toTandemError(err: unknown, call: GraphCall = {}): unknown {
  if (err instanceof AppError) return err;
  if (err instanceof GraphClientError && err.customError instanceof AppError) return err.customError;
  const failure = graphFailure(err);
  if (!failure) return err;
  if (failure.status === 429) {
    const retryAfterSeconds = Math.max(1, Math.ceil(failure.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS));
    return new AppError(
      'graph_throttled',
      `Microsoft 365 is busy right now. Try again in ${retryAfterSeconds} seconds.`,
      undefined,
      {
        cause: err,
        retryAfterSeconds,
      },
    );
  }
  if ((failure.status === 401 || failure.status === 403) && call.delegatedScopes) {
    return new AppError(
      'consent_required',
      'Tandem needs your consent to read this from Microsoft 365 on your behalf.',
      { scopes: [...call.delegatedScopes] },
      { cause: err },
    );
  }
  return new AppError('graph_unavailable', unavailableMessage(failure), undefined, { cause: err });
}

function unavailableMessage(failure: GraphFailure): string {
  if (failure.reason === 'token' || failure.status === 401 || failure.status === 403) {
    return "Microsoft 365 did not accept Tandem's access. If this keeps happening, tell your Tandem administrator.";
  }
  return 'Tandem could not get an answer from Microsoft 365. Try again in a minute.';
}

const noAnswer = (reason: 'dropped' | 'timeout'): GraphFailure => ({
  reason,
  status: null,
  code: null,
  requestId: null,
  retryAfterSeconds: null,
});

const isTimeout = (name: string | null | undefined): boolean => name === 'TimeoutError' || name === 'AbortError';

/** Retry-After in seconds (may be fractional, FACTS 2.2); null when absent or not a number of seconds. */
function seconds(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}
