import type { Compliance, DurationStats } from '@portico/shared/tickets/reports.schemas';

/**
 * The `p` quantile (0–1) of ascending values by linear interpolation between the closest
 * ranks: position (n − 1)·p, as Excel's PERCENTILE.INC, R's type 7 and NumPy's default,
 * so HR can check a figure in a spreadsheet. The median is the 0.5 quantile (the mean of
 * the two middle values when n is even). Undefined for no values.
 */
export function quantileOfSorted(sorted: readonly number[], p: number): number | undefined {
  if (!sorted.length) return undefined;
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

/** Minutes to a tenth: enough for hours shown with one decimal, and no floating-point noise. */
const tenth = (minutes: number) => Math.round(minutes * 10) / 10;

export function durationStats(minutes: readonly number[]): DurationStats {
  const sorted = [...minutes].sort((a, b) => a - b);
  const median = quantileOfSorted(sorted, 0.5);
  const p90 = quantileOfSorted(sorted, 0.9);
  return { count: sorted.length, medianMinutes: median === undefined ? null : tenth(median), p90Minutes: p90 === undefined ? null : tenth(p90) };
}

export type Outcome = 'met' | 'missed' | undefined;

export function compliance(outcomes: readonly Outcome[]): Compliance {
  const met = outcomes.filter((outcome) => outcome === 'met').length;
  const missed = outcomes.filter((outcome) => outcome === 'missed').length;
  return { met, missed, rate: met + missed ? met / (met + missed) : null };
}
