import { describe, expect, it } from 'vitest';
import { contains, intersect, lastStartingBy, normalize, subtract, type Interval } from '../../server/time/ranges.js';

const r = (start: number, end: number): Interval => ({ start, end });

describe('normalize', () => {
  it('sorts, drops empty and inverted intervals, and merges overlapping or touching ones', () => {
    expect(normalize([r(20, 30), r(5, 5), r(0, 10), r(10, 12), r(40, 35), r(25, 50)])).toEqual([r(0, 12), r(20, 50)]);
  });

  it('leaves its input alone', () => {
    const input = [r(0, 10), r(5, 20)];
    normalize(input);
    expect(input).toEqual([r(0, 10), r(5, 20)]);
  });
});

describe('intersect', () => {
  it('finds nothing between ranges that only touch', () => {
    expect(intersect([r(0, 10)], [r(10, 20)])).toEqual([]);
  });

  it('keeps the inner range of a nested pair', () => {
    expect(intersect([r(0, 100)], [r(20, 30)])).toEqual([r(20, 30)]);
  });

  it('is empty when either side is empty', () => {
    expect(intersect([], [r(0, 10)])).toEqual([]);
    expect(intersect([r(0, 10)], [])).toEqual([]);
  });

  it('cuts one long range by several short ones, in any input order', () => {
    expect(intersect([r(0, 100)], [r(50, 60), r(10, 20), r(90, 120)])).toEqual([r(10, 20), r(50, 60), r(90, 100)]);
  });

  it('ignores empty and inverted ranges', () => {
    expect(intersect([r(0, 100)], [r(10, 10), r(30, 20)])).toEqual([]);
  });
});

describe('subtract', () => {
  it('leaves a range alone when the cut only touches it', () => {
    expect(subtract([r(0, 10)], [r(10, 20)])).toEqual([r(0, 10)]);
    expect(subtract([r(10, 20)], [r(0, 10)])).toEqual([r(10, 20)]);
  });

  it('splits a range around a nested cut', () => {
    expect(subtract([r(0, 100)], [r(20, 30)])).toEqual([r(0, 20), r(30, 100)]);
  });

  it('removes a range nested inside a cut', () => {
    expect(subtract([r(20, 30)], [r(0, 100)])).toEqual([]);
  });

  it('returns the ranges unchanged when there is nothing to cut, and nothing from nothing', () => {
    expect(subtract([r(0, 10), r(20, 30)], [])).toEqual([r(0, 10), r(20, 30)]);
    expect(subtract([], [r(0, 10)])).toEqual([]);
  });

  it('merges touching ranges before cutting', () => {
    expect(subtract([r(0, 10), r(10, 20)], [r(5, 15)])).toEqual([r(0, 5), r(15, 20)]);
  });

  it('applies one cut to every range it spans', () => {
    expect(subtract([r(0, 10), r(20, 30), r(40, 50)], [r(5, 45)])).toEqual([r(0, 5), r(45, 50)]);
  });
});

describe('contains', () => {
  const intervals = [r(10, 20), r(30, 40)];

  it('holds for a slot inside an interval, edges included', () => {
    expect(contains(intervals, r(10, 20))).toBe(true);
    expect(contains(intervals, r(32, 35))).toBe(true);
  });

  it('fails for a slot that leaves its interval or falls between intervals', () => {
    expect(contains(intervals, r(15, 25))).toBe(false);
    expect(contains(intervals, r(20, 30))).toBe(false);
    expect(contains(intervals, r(5, 12))).toBe(false);
    expect(contains([], r(5, 12))).toBe(false);
  });
});

describe('lastStartingBy', () => {
  it('finds the last interval starting at or before an instant, or none', () => {
    const intervals = [r(10, 20), r(30, 40), r(50, 60)];
    expect(lastStartingBy(intervals, 30)).toEqual(r(30, 40));
    expect(lastStartingBy(intervals, 49)).toEqual(r(30, 40));
    expect(lastStartingBy(intervals, 9)).toBeUndefined();
  });
});
