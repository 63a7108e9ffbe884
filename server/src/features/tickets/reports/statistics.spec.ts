import { compliance, durationStats, quantileOfSorted } from './statistics';

describe('help desk reports: statistics', () => {
  it('interpolates quantiles between the closest ranks, as a spreadsheet\u2019s PERCENTILE.INC', () => {
    expect(quantileOfSorted([], 0.5)).toBeUndefined();
    expect(quantileOfSorted([7], 0.9)).toBe(7);
    expect(quantileOfSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileOfSorted([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBeCloseTo(91, 10);
    expect(durationStats([540, 30, 120, 60, 60])).toEqual({ count: 5, medianMinutes: 60, p90Minutes: 372 });
    expect(durationStats([1, 2])).toEqual({ count: 2, medianMinutes: 1.5, p90Minutes: 1.9 });
    expect(durationStats([])).toEqual({ count: 0, medianMinutes: null, p90Minutes: null });
  });

  it('counts targets met and missed, leaving out what was not decided', () => {
    expect(compliance(['met', 'missed', undefined, 'met'])).toEqual({ met: 2, missed: 1, rate: 2 / 3 });
    expect(compliance([undefined])).toEqual({ met: 0, missed: 0, rate: null });
  });
});
