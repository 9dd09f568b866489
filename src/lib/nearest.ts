/**
 * The nearest of a list of accepted words to a misspelt one, by edit distance (Levenshtein): the
 * "did you mean" of the content check, for a field name or a topic.
 */

/** How many single-character insertions, deletions or substitutions turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * The accepted word closest to `word`, or undefined when none is close enough to be a slip: at most
 * two edits, or a third of the word's length for a long one.
 */
export function nearestWord(word: string, accepted: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const name of accepted) {
    const d = editDistance(word, name);
    if (!best || d < best.d) best = { name, d };
  }
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.name : undefined;
}
