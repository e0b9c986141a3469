import { describe, expect, it } from 'vitest';
import { findJsonField } from '../../src/cli/find-json-field.js';

function valueOf(json: string, field: string): string | undefined {
  const span = findJsonField(json, field);
  return span && json.slice(span.start, span.end);
}

describe('findJsonField', () => {
  it('finds the raw value of a top-level member, whatever its type', () => {
    const json = ' { "a" : "x\\"}" , "b":[1,{"c":"]"}], "c":{"d":[]},"e":-1.5e3 ,"f":null } ';
    expect(valueOf(json, 'a')).toBe('"x\\"}"');
    expect(valueOf(json, 'b')).toBe('[1,{"c":"]"}]');
    expect(valueOf(json, 'c')).toBe('{"d":[]}');
    expect(valueOf(json, 'e')).toBe('-1.5e3');
    expect(valueOf(json, 'f')).toBe('null');
  });

  it('matches escaped member names and takes the last of repeated ones, as JSON.parse does', () => {
    expect(valueOf('{"t\\u0065xt":"a","text":"b"}', 'text')).toBe('"b"');
    expect(valueOf('{"text":"b","t\\u0065xt":"a"}', 'text')).toBe('"a"');
  });

  it('does not look inside nested objects, and finds nothing in arrays or scalars', () => {
    expect(findJsonField('{"meta":{"text":"x"}}', 'text')).toBeUndefined();
    expect(findJsonField('[{"text":"x"}]', 'text')).toBeUndefined();
    expect(findJsonField('"text"', 'text')).toBeUndefined();
    expect(findJsonField('{}', 'text')).toBeUndefined();
  });
});
