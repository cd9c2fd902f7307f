import { describe, expect, it } from 'vitest';
import { tenureOf, yearsOfService } from '../../server/org/tenure.js';

describe('yearsOfService', () => {
  it('counts a year on each anniversary, not the day before', () => {
    expect(yearsOfService('2016-03-01', '2026-02-28')).toBe(9);
    expect(yearsOfService('2016-03-01', '2026-03-01')).toBe(10);
  });

  it('counts the anniversary of a 29 February hire on 1 March in other years', () => {
    expect(yearsOfService('2020-02-29', '2021-02-28')).toBe(0);
    expect(yearsOfService('2020-02-29', '2021-03-01')).toBe(1);
  });

  it('reads the date-time Graph writes for employeeHireDate', () => {
    expect(yearsOfService('2019-04-01T00:00:00Z', '2026-10-30')).toBe(7);
  });

  it('is null for a missing or unreadable hire date', () => {
    expect(yearsOfService(null, '2026-10-30')).toBeNull();
    expect(yearsOfService('April 2019', '2026-10-30')).toBeNull();
    expect(yearsOfService('2019-13-01', '2026-10-30')).toBeNull();
  });

  it('refuses a today that is not a date', () => {
    expect(() => yearsOfService('2019-04-01', 'now')).toThrow(RangeError);
  });
});

describe('tenureOf', () => {
  const today = '2026-10-30';

  it.each([
    ['2026-10-30', 'under_1', -0.5],
    ['2025-10-31', 'under_1', -0.5],
    ['2025-10-30', '1_to_3', -0.25],
    ['2023-10-31', '1_to_3', -0.25],
    ['2023-10-30', '3_to_10', 0],
    ['2016-10-31', '3_to_10', 0],
    ['2016-10-30', '10_plus', 0.25],
    ['1990-01-01', '10_plus', 0.25],
  ])('puts a hire on %s in %s (%s points)', (hireDate, bucket, points) => {
    expect(tenureOf(hireDate, today)).toMatchObject({ bucket, points });
  });

  it('treats a start date still to come as under a year, with zero years', () => {
    expect(tenureOf('2027-01-11', today)).toEqual({ years: 0, bucket: 'under_1', points: -0.5 });
  });

  it('is null without a hire date', () => {
    expect(tenureOf(null, today)).toBeNull();
  });
});
