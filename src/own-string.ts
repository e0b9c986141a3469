// V8 makes a slice of 13 or more characters a view of the string it was cut from. A word kept as the
// key of a long-lived cache would then keep alive the whole text it was read in: every segment of a
// long input, until the cache is cleared.
const SHORTEST_VIEW = 13;

/**
 * The same characters as a string that keeps no longer string alive, for keys of caches that outlive
 * the text they were read in.
 * @param text Any string, often a slice of a longer one.
 */
export function ownString(text: string): string {
  // Joining makes a new string; slicing it flattens it into a copy that no longer points at `text`.
  return text.length < SHORTEST_VIEW ? text : ` ${text}`.slice(1);
}
