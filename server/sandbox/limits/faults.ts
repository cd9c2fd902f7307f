import { createRandom, type Random } from '../org/random.js';
import { ScriptedAnswers } from './scripted.js';

/** Faults injected into Graph responses, for tests and benchmarks (never on by default). */
export interface FaultSettings {
  /** Share of requests answered 429 with Retry-After, 0..1. */
  rate429: number;
  /** Share answered 503 with Retry-After. */
  rate503: number;
  /** Share held back `slowMs` before being served. */
  rateSlow: number;
  /** Share whose connection is cut after the request took effect, so the client never hears. */
  rateDrop: number;
  slowMs: number;
  /** Added to every Graph response, like the distance to a real datacentre. */
  latencyMs: number;
  retryAfterSeconds: number;
  seed: number;
}

export type Fault = 'none' | '429' | '503' | 'slow' | 'drop';

export const noFaults: FaultSettings = {
  rate429: 0,
  rate503: 0,
  rateSlow: 0,
  rateDrop: 0,
  slowMs: 2000,
  latencyMs: 0,
  retryAfterSeconds: 1,
  seed: 1,
};

/** The configured fault rates and the seeded draw that picks one per request, and scripted answers. */
export class FaultPlan {
  private settings: FaultSettings = noFaults;
  private random: Random = createRandom(noFaults.seed, 'faults');
  /** Exact failures a test asks for ("the next GET /me answers 403"), beside the seeded rates. */
  readonly scripted = new ScriptedAnswers();

  get current(): FaultSettings {
    return this.settings;
  }

  configure(patch: Partial<FaultSettings>): FaultSettings {
    const next = { ...this.settings, ...patch };
    const rates = next.rate429 + next.rate503 + next.rateSlow + next.rateDrop;
    for (const [k, v] of Object.entries(next)) {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        throw new RangeError(`${k} must be a non-negative number`);
    }
    if (rates > 1) throw new RangeError('The fault rates add up to more than 1');
    this.settings = next;
    this.random = createRandom(next.seed, 'faults');
    return next;
  }

  draw(): Fault {
    const s = this.settings;
    if (s.rate429 + s.rate503 + s.rateSlow + s.rateDrop === 0) return 'none';
    let r = this.random.next();
    if ((r -= s.rate429) < 0) return '429';
    if ((r -= s.rate503) < 0) return '503';
    if ((r -= s.rateSlow) < 0) return 'slow';
    if ((r -= s.rateDrop) < 0) return 'drop';
    return 'none';
  }
}
