/** Where a value lies in a JSON text: `[start, end)` in UTF-16 units. */
export interface JsonSpan {
  start: number;
  end: number;
}

function skipSpace(json: string, index: number): number {
  while (index < json.length && ' \t\r\n'.includes(json[index])) index++;
  return index;
}

function skipString(json: string, index: number): number {
  for (let at = index + 1; at < json.length; at++) {
    if (json[at] === '\\') at++;
    else if (json[at] === '"') return at + 1;
  }
  return json.length;
}

function skipValue(json: string, index: number): number {
  const first = json[index];
  if (first === '"') return skipString(json, index);
  if (first !== '{' && first !== '[') {
    let at = index;
    while (at < json.length && !',}] \t\r\n'.includes(json[at])) at++;
    return at;
  }
  let depth = 0;
  for (let at = index; at < json.length; at++) {
    const character = json[at];
    if (character === '"') at = skipString(json, at) - 1;
    else if (character === '{' || character === '[') depth++;
    else if (character === '}' || character === ']') {
      depth--;
      if (depth === 0) return at + 1;
    }
  }
  return json.length;
}

/**
 * Finds the raw value of a top-level member of a JSON object, so that it can be replaced without
 * touching the rest of the text. When a name repeats, the last member wins, as in `JSON.parse`.
 * @param json The text of one JSON value, already known to be valid.
 * @param field The member name.
 * @returns The span of the member's value, or undefined when the text is not an object or lacks it.
 */
export function findJsonField(json: string, field: string): JsonSpan | undefined {
  let index = skipSpace(json, 0);
  if (json[index] !== '{') return undefined;
  let found: JsonSpan | undefined;
  index = skipSpace(json, index + 1);
  while (index < json.length && json[index] === '"') {
    const keyEnd = skipString(json, index);
    const key = JSON.parse(json.slice(index, keyEnd)) as string;
    const valueStart = skipSpace(json, skipSpace(json, keyEnd) + 1);
    const valueEnd = skipValue(json, valueStart);
    if (key === field) found = { start: valueStart, end: valueEnd };
    index = skipSpace(json, valueEnd);
    if (json[index] !== ',') break;
    index = skipSpace(json, index + 1);
  }
  return found;
}
