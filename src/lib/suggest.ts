/** "Did you mean" for a mistyped id: the known ids within a small edit distance. */

/** ` (did you mean "a" or "b"?)`, or '' when nothing is close. */
export function suggest(id: string, known: string[]): string {
  const close = known.filter((k) => distance(k, id) <= Math.max(2, Math.floor(id.length / 5)));
  return close.length ? ` (did you mean ${close.map((c) => `"${c}"`).join(' or ')}?)` : '';
}

function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}
