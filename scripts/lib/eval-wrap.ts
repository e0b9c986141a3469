// Hard line wraps inside sentences, as PDF extraction leaves them.

/**
 * Offsets of the spaces that become line breaks when `text` is wrapped at `width` characters: the last
 * space that fits on each line; a word longer than the width stays whole on a line of its own.
 * @param text One line of text.
 * @param width The longest line wanted, in UTF-16 code units.
 */
export function wrapPoints(text: string, width: number): number[] {
  const points: number[] = [];
  let lineStart = 0;
  let lastSpace = -1;
  for (let at = 0; at < text.length; at++) {
    if (text[at] === ' ') lastSpace = at;
    if (at - lineStart >= width && lastSpace > lineStart) {
      points.push(lastSpace);
      lineStart = lastSpace + 1;
    }
  }
  return points;
}

/**
 * `text` with a line break in place of the space at each of `points`; its length is unchanged, so
 * offsets into it stay valid.
 */
export function breakAt(text: string, points: readonly number[]): string {
  const chars = text.split('');
  for (const point of points) {
    if (chars[point] !== ' ') throw new RangeError(`Expected a space at offset ${point}`);
    chars[point] = '\n';
  }
  return chars.join('');
}
