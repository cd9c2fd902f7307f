/** Statuses a scripted answer may have: those Graph documents a meaning for (errors.md), that Tandem meets. */
export const SCRIPTABLE_STATUSES = [400, 401, 403, 404, 405, 409, 410, 412, 423, 429, 500, 501, 503, 504] as const;

export type ScriptableStatus = (typeof SCRIPTABLE_STATUSES)[number];

/** "Answer the next `times` requests of this method and path so", for a test that needs one failure. */
export interface ScriptedAnswerInput {
  method: string;
  /** The Graph path without query, with or without /v1.0: "/me", "/users/{id}/mailboxSettings". */
  path: string;
  /** Answer with this status and Graph's documented error body for it... */
  status?: ScriptableStatus;
  /** ...or cut the connection after the request took effect, so no answer arrives. */
  drop?: boolean;
  /** How many matching requests to answer so; default 1. */
  times?: number;
  /** Retry-After for 429 and 503 answers; default the fault settings' `retryAfterSeconds`. */
  retryAfterSeconds?: number;
  /** Graph's error code instead of the documented default for the status (e.g. syncStateNotFound). */
  code?: string;
}

export interface ScriptedAnswer {
  method: string;
  path: string;
  status: ScriptableStatus | null;
  drop: boolean;
  remaining: number;
  retryAfterSeconds: number | null;
  code: string | null;
}

/**
 * Scripted answers, first added first used. Requests replayed from a $batch match too (their
 * answer goes inside the batch), except for a drop: only a whole connection can be cut.
 */
export class ScriptedAnswers {
  private answers: ScriptedAnswer[] = [];

  add(input: ScriptedAnswerInput): ScriptedAnswer {
    if ((input.status === undefined) === (input.drop !== true))
      throw new RangeError('Give either a status or drop: true');
    const times = input.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new RangeError('times must be a whole number of at least 1');
    const answer: ScriptedAnswer = {
      method: input.method.toUpperCase(),
      path: normalise(input.path),
      status: input.status ?? null,
      drop: input.drop === true,
      remaining: times,
      retryAfterSeconds: input.retryAfterSeconds ?? null,
      code: input.code ?? null,
    };
    this.answers.push(answer);
    return answer;
  }

  clear(): void {
    this.answers = [];
  }

  pending(): readonly ScriptedAnswer[] {
    return this.answers.map((a) => ({ ...a }));
  }

  /** The scripted answer for this request, if one is due; counts it as used. */
  take(method: string, url: string, inner: boolean): ScriptedAnswer | undefined {
    const path = normalise(url);
    const found = this.answers.find((a) => a.method === method.toUpperCase() && a.path === path && !(a.drop && inner));
    if (!found) return undefined;
    found.remaining -= 1;
    if (found.remaining === 0) this.answers = this.answers.filter((a) => a !== found);
    return { ...found };
  }
}

/** Path without query, version prefix or trailing slash; ids compared as Graph does, case-insensitively. */
function normalise(url: string): string {
  let path = url.split('?')[0]!;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Left as sent: a malformed escape simply matches nothing scripted.
  }
  path = path.replace(/^\/v1\.0(?=\/)/i, '');
  if (!path.startsWith('/')) path = `/${path}`;
  return path.replace(/\/+$/, '').toLowerCase() || '/';
}
