import { describe, expect, it } from 'vitest';
import { dueMoments, endedOn, midpointOf, pairSkills, type ProgrammeTimes } from '../../server/surveys/moments.js';

// When a programme's pulse surveys are due: pure date arithmetic, no database.

const programme = (p: Partial<ProgrammeTimes> = {}): ProgrammeTimes => ({
  status: 'running',
  startsOn: '2027-01-11',
  endsOn: '2027-03-12',
  surveys: ['start', 'midpoint', 'end'],
  changedOn: '2027-01-01',
  ...p,
});

describe('survey moments', () => {
  it('puts the midpoint halfway between the start and the end, rounded down', () => {
    expect(midpointOf(programme())).toBe('2027-02-10');
    expect(midpointOf(programme({ endsOn: null }))).toBeNull();
  });

  it('asks nothing before the start, every pair at the start, and later pairs for 14 days after they form', () => {
    expect(dueMoments(programme(), '2027-01-10')).toEqual([]);
    expect(dueMoments(programme(), '2027-01-11')).toEqual([{ moment: 'start', pairsFrom: '0001-01-01' }]);
    expect(dueMoments(programme(), '2027-02-01')).toEqual([{ moment: 'start', pairsFrom: '2027-01-18' }]);
  });

  it('counts a programme HR left "open" as running from its start date', () => {
    expect(dueMoments(programme({ status: 'open' }), '2027-01-11')).toEqual([
      { moment: 'start', pairsFrom: '0001-01-01' },
    ]);
  });

  it('asks the midpoint from halfway on, of pairs formed before it', () => {
    expect(dueMoments(programme(), '2027-02-10')).toContainEqual({ moment: 'midpoint', pairsBefore: '2027-02-10' });
  });

  it('asks the end once the end date passes or HR closes it, for 30 days, and nothing else then', () => {
    expect(dueMoments(programme(), '2027-03-12')).toEqual([{ moment: 'end' }]);
    expect(dueMoments(programme(), '2027-04-11')).toEqual([{ moment: 'end' }]);
    expect(dueMoments(programme(), '2027-04-12')).toEqual([]);
    const closed = programme({ status: 'closed', endsOn: null, changedOn: '2027-02-20' });
    expect(endedOn(closed, '2027-02-21')).toBe('2027-02-20');
    expect(dueMoments(closed, '2027-02-21')).toEqual([{ moment: 'end' }]);
  });

  it('asks only the moments the programme has on, and nothing of drafts or archived programmes', () => {
    expect(dueMoments(programme({ surveys: ['end'] }), '2027-02-10')).toEqual([]);
    expect(dueMoments(programme({ status: 'draft' }), '2027-02-10')).toEqual([]);
    expect(dueMoments(programme({ status: 'archived' }), '2027-03-20')).toEqual([]);
  });

  it('asks a programme without dates at the start of each pair, and never the midpoint or end', () => {
    const undated = programme({ startsOn: null, endsOn: null });
    expect(dueMoments(undated, '2027-02-10')).toEqual([{ moment: 'start', pairsFrom: '2027-01-27' }]);
  });
});

describe('the skills a survey asks about', () => {
  it('takes what the mentee wants and the mentor offers, in the mentee’s order; else the wants; else the offers', () => {
    expect(pairSkills(['a', 'b', 'c'], ['c', 'a'])).toEqual(['a', 'c']);
    expect(pairSkills(['a', 'b'], ['x'])).toEqual(['a', 'b']);
    expect(pairSkills([], ['x', 'y'])).toEqual(['x', 'y']);
    expect(pairSkills(['1', '2', '3', '4', '5', '6', '7', '8', '9'], [])).toHaveLength(8);
  });
});
