import { createContext, useContext } from 'react';
import type { ErrorCode } from '../../server/errors';

/**
 * The server's stable codes (its error catalogue), and the tab's own for failures with no
 * answer: "network_error" (status 0) and "sign_in_failed" (status 0, no token could be had);
 * "http_<status>" for an answer that is not Tandem's (a proxy's page).
 */
export type ApiErrorCode = ErrorCode | 'network_error' | 'sign_in_failed' | `http_${number}`;

/** A failed call to Tandem's API, with the server's `code` ("missing_token", "consent_required" ...). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: ApiErrorCode;
  /** What the server added to say more (`ids` of unknown skills, the allowed levels ...). */
  readonly details: Record<string, unknown>;

  constructor(
    status: number,
    code: ApiErrorCode,
    message: string,
    options?: ErrorOptions & { details?: Record<string, unknown> },
  ) {
    super(message, options);
    this.status = status;
    this.code = code;
    this.details = options?.details ?? {};
  }
}

export type TokenProvider = () => Promise<string>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Send a bearer token (default). Public endpoints such as /api/config pass false. */
  auth?: boolean;
  signal?: AbortSignal;
}

export interface Api {
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  /** A file the server answers with (a calendar file ...), with the same token and errors as request. */
  download(path: string, options?: Pick<RequestOptions, 'signal'>): Promise<Blob>;
}

export interface ApiOptions {
  getToken?: TokenProvider;
  fetch?: typeof fetch;
}

export function createApi({
  getToken,
  // Looked up per call so a test can replace the global fetch after this module loads.
  fetch: fetchImpl = (input, init) => globalThis.fetch(input, init),
}: ApiOptions = {}): Api {
  async function bearer(): Promise<string> {
    if (!getToken) throw new ApiError(0, 'sign_in_failed', 'No one is signed in.');
    try {
      return await getToken();
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError(0, 'sign_in_failed', messageOf(error), { cause: error });
    }
  }

  async function send(
    path: string,
    accept: string,
    { method = 'GET', body, auth = true, signal }: RequestOptions,
  ): Promise<Response> {
    const headers: Record<string, string> = { accept };
    if (auth) headers.authorization = `Bearer ${await bearer()}`;
    if (body !== undefined) headers['content-type'] = 'application/json';

    let response: Response;
    try {
      response = await fetchImpl(path, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        signal: signal ?? null,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError(0, 'network_error', 'The server could not be reached.', { cause: error });
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  return {
    async request<T>(path: string, options: RequestOptions = {}) {
      const response = await send(path, 'application/json', options);
      if (response.status === 204) return undefined as T;
      return (await response.json()) as T;
    },
    async download(path, options = {}) {
      // Errors still come as JSON; accepting it too lets the server say why.
      const response = await send(path, '*/*', options);
      return response.blob();
    },
  };
}

/** Reads the server's `{ statusCode, code, error, message }`; a proxy's HTML page has none. */
async function errorFrom(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: keep the status, which is all there is.
  }
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  // Tandem answers only with its catalogue's codes (server/errors.ts).
  const code = typeof fields.code === 'string' ? (fields.code as ErrorCode) : (`http_${response.status}` as const);
  const message =
    typeof fields.message === 'string'
      ? fields.message
      : response.statusText || `Request failed with status ${response.status}.`;
  const details =
    typeof fields.details === 'object' && fields.details !== null ? (fields.details as Record<string, unknown>) : {};
  return new ApiError(response.status, code, message, { details });
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  // teams-js rejects getAuthToken with bare strings such as "resourceRequiresConsent".
  return typeof error === 'string' ? error : 'Sign-in failed.';
}

/** The API client of the current session; the app provides it, features read it. */
export const ApiContext = createContext<Api | null>(null);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an <ApiContext> provider above it.');
  return api;
}
