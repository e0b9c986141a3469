/**
 * A table of small class numbers for the UTF-16 code units below `size`, from `classify`: readers of
 * plain text look a character's class up rather than test it against patterns, character by character.
 * @param size Code units from this on are left out (a reader counts them as class 0).
 * @param classify The class of one character, 0 to 255.
 */
export function buildCodeClasses(size: number, classify: (char: string) => number): Uint8Array {
  const classes = new Uint8Array(size);
  for (let code = 0; code < size; code++) classes[code] = classify(String.fromCharCode(code));
  return classes;
}
