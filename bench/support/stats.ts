/** Median and 95th percentile of a list of timings, in the unit they came in. */
export function summarizeTimings(values: number[]): {
  median: number;
  p95: number;
  min: number;
  max: number;
} {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return {
    median: at(0.5),
    p95: at(0.95),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

export function formatMs(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}
