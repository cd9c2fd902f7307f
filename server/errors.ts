/** An error with its HTTP meaning and a stable code the tab can branch on. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class Unauthorized extends AppError {
  constructor(code: string, message: string) {
    super(401, code, message);
  }
}

export class Forbidden extends AppError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(403, code, message, details);
  }
}

export class NotFound extends AppError {
  constructor(message: string, code = 'not_found') {
    super(404, code, message);
  }
}

/** The error body every route declares: {statusCode, code, error, message}. */
export const errorSchema = {
  $id: 'Error',
  type: 'object',
  required: ['statusCode', 'code', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer' },
    code: { type: 'string' },
    error: { type: 'string' },
    message: { type: 'string' },
    details: { type: 'object', additionalProperties: true },
  },
} as const;
