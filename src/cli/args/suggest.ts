// "Did you mean --state-dir?" for a mistyped option or command, as commander offered before this CLI read argv
// itself: the nearest known word by edit distance, if it is near enough to be a typo rather than another word.

export function closest(typed: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(typed, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // At most 3 edits, and fewer than 40 % of the word: `--stat-dir` finds --state-dir, `--x` finds nothing.
  return best !== null && bestDistance <= 3 && bestDistance < 0.4 * best.length ? best : null;
}

/** Levenshtein distance, with a swap of two neighbours counted as one edit (the commonest typo). */
function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  const table = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => table[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) table[i * width] = i;
  for (let j = 0; j <= b.length; j++) table[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      table[i * width + j] = value;
    }
  }
  return at(a.length, b.length);
}
