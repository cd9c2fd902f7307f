import { describe, expect, it } from 'vitest';
import { graphLimits, Throttles } from '../../server/sandbox/limits/throttle.js';

// The demo replays its weeks by setting the sandbox's clock back: a budget spent "later" must not
// turn into weeks of Retry-After once the clock reads earlier again.

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

describe('throttling when the clock is set back', () => {
  it('keeps the directory budget instead of draining it by the time gone backwards', () => {
    const throttles = new Throttles({ ...graphLimits, directoryRu: { small: 10, medium: 10, large: 10 } }, () => 40);
    const later = Date.UTC(2026, 11, 7);
    for (let i = 0; i < 5; i++) throttles.directory('app', 'tenant', 1, false, later);
    expect(() => throttles.directory('app', 'tenant', 1, false, later - 6 * WEEK)).not.toThrow();
  });

  it('starts a new Outlook window rather than one that ends weeks ahead', () => {
    const throttles = new Throttles({ ...graphLimits, outlookRequestsPer10Min: 2 }, () => 40);
    const later = Date.UTC(2026, 11, 7);
    throttles.outlook('app', 'box', later)();
    throttles.outlook('app', 'box', later)();
    expect(() => throttles.outlook('app', 'box', later)).toThrow();
    expect(() => throttles.outlook('app', 'box', later - 6 * WEEK)).not.toThrow();
  });

  it('does not count activity notifications sent "later" against the present second', () => {
    const throttles = new Throttles({ ...graphLimits, activityPerSecond: 1 }, () => 40);
    const later = Date.UTC(2026, 11, 7);
    throttles.activity('app', later);
    expect(() => throttles.activity('app', later - 6 * WEEK)).not.toThrow();
  });
});
