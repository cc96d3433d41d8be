/** Timing for the benchmarks: warm up, then the best of several runs (the least disturbed one). */
import { performance } from 'node:perf_hooks';

export function bestOf(fn: () => void, options: { warmup?: number; runs?: number } = {}): number {
  for (let i = 0; i < (options.warmup ?? 1); i++) fn();
  let min = Infinity;
  for (let i = 0; i < (options.runs ?? 5); i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}
