import { STATUS_CODES } from 'node:http';
import { AppError, ERRORS, type ErrorCode } from '../errors.js';
import type { ErrorBody } from '../schemas.js';

export interface ErrorAnswer {
  body: ErrorBody;
  /** Retry-After, in seconds, when the answer says "not now". */
  retryAfterSeconds?: number;
  /** Whether the failure is ours or a dependency's (5xx): worth a line in the log. */
  serverSide: boolean;
}

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

// Fastify's own refusals of a request, before any route ran: the only foreign errors trusted,
// each given a catalogue code and Tandem's words rather than the framework's.
const FRAMEWORK: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'invalid_json',
    message: 'The request body is empty; send JSON, or no content type.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'body_too_large', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'Send the request body as application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'invalid_request',
    message: 'The request body does not match its Content-Length.',
  },
};

/**
 * The answer for anything a route threw. Only Tandem's own errors (AppError), the schema
 * validator's and Fastify's request refusals above are trusted to speak to the person; anything
 * else, a Graph SDK error with a 4xx status included, is a 500 that says nothing internal.
 */
export function errorAnswer(err: unknown): ErrorAnswer {
  if (err instanceof AppError) {
    return {
      body: body(err.code, err.message, err.details),
      ...(err.retryAfterSeconds !== undefined ? { retryAfterSeconds: err.retryAfterSeconds } : {}),
      serverSide: err.statusCode >= 500,
    };
  }
  const fastify = err as {
    validation?: ValidationIssue[];
    validationContext?: string;
    code?: string;
    message?: string;
  };
  if (Array.isArray(fastify.validation)) {
    // Each problem with where it is, so a form can put the words next to the field.
    const where = fastify.validationContext ?? 'body';
    const issues = fastify.validation.map((v) => ({
      in: where,
      path: `${v.instancePath ?? ''}${typeof v.params?.missingProperty === 'string' ? `/${v.params.missingProperty}` : ''}`,
      message: v.message ?? 'is not valid',
    }));
    return {
      body: body('invalid_request', fastify.message ?? 'The request is not valid.', { issues }),
      serverSide: false,
    };
  }
  const known = typeof fastify.code === 'string' ? FRAMEWORK[fastify.code] : undefined;
  if (known) return { body: body(known.code, known.message), serverSide: false };
  return {
    // Internals stay in the log; the person gets what to do next.
    body: body(
      'internal',
      'Something went wrong on our side. Try again; if it keeps happening, tell your Tandem administrator.',
    ),
    serverSide: true,
  };
}

/** The documented error body for a catalogue code. */
export function body(code: ErrorCode, message: string, details?: Record<string, unknown>): ErrorBody {
  const statusCode = ERRORS[code].status;
  return { statusCode, code, error: STATUS_CODES[statusCode] ?? 'Error', message, ...(details ? { details } : {}) };
}
