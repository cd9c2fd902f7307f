import { traceIds } from './tokens.js';

/** An OAuth 2.0 error in Entra's shape (FACTS 3.4; examples/entra-obo-consent-required.error.json). */
export class OAuthError extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    readonly aadsts: number,
    readonly description: string,
    readonly suberror?: string,
  ) {
    super(`AADSTS${aadsts}: ${description}`);
    this.name = 'OAuthError';
  }

  body(at: Date): Record<string, unknown> {
    const { trace_id, correlation_id } = traceIds();
    const timestamp = at
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d{3}Z$/, 'Z');
    return {
      error: this.error,
      error_description: `AADSTS${this.aadsts}: ${this.description}\r\nTrace ID: ${trace_id}\r\nCorrelation ID: ${correlation_id}\r\nTimestamp: ${timestamp}`,
      error_codes: [this.aadsts],
      timestamp,
      trace_id,
      correlation_id,
      error_uri: `https://login.microsoftonline.com/error?code=${this.aadsts}`,
      ...(this.suberror ? { suberror: this.suberror } : {}),
    };
  }
}
