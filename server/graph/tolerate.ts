import { AppError, type ErrorCode } from '../errors.js';
import { graphFailure, toTandemError } from './errors.js';

/** The part of a logger this needs (Fastify's and pino's fit). */
export interface WarnLog {
  warn(fields: object, message: string): void;
}

/** The failures of Graph a caller may choose to live without; anything else is a bug and is thrown. */
const TOLERABLE = new Set<ErrorCode>(['graph_unavailable', 'graph_throttled', 'consent_required']);

/** The message of every tolerated failure, so the log groups them; `what` says which read it was. */
export const TOLERATED = 'Microsoft Graph failure tolerated';

/**
 * The one way to carry on without something Graph could not give (profile skills, mailbox
 * settings on a request path): the failure is logged at warn, always with the same fields, and
 * `fallback` is the answer. Logged: what was wanted, Tandem's code, and Graph's reason, status,
 * code and request-id; never a token, a query string or a person's text (so not the error itself).
 */
export async function tolerate<T>(log: WarnLog, what: string, work: Promise<T>, fallback: T): Promise<T> {
  try {
    return await work;
  } catch (err) {
    const tandem = toTandemError(err);
    if (!(tandem instanceof AppError) || !TOLERABLE.has(tandem.code)) throw tandem;
    const graph = graphFailure(tandem);
    log.warn(
      {
        what,
        code: tandem.code,
        reason: graph?.reason ?? null,
        graphStatus: graph?.status ?? null,
        graphCode: graph?.code ?? null,
        requestId: graph?.requestId ?? null,
      },
      TOLERATED,
    );
    return fallback;
  }
}
