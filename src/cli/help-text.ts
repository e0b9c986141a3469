import { RULE_IDS } from '../index.js';

const OPTION_TEXT_INDENT = ' '.repeat(26);

/** Lays words out in lines of at most `width` characters, each after the option column. */
function wrapList(words: readonly string[], width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + word.length + 2 > width) {
      lines.push(`${line},`);
      line = word;
    } else {
      line = line === '' ? word : `${line}, ${word}`;
    }
  }
  lines.push(line);
  return lines.join(`\n${OPTION_TEXT_INDENT}`);
}

/** The text of `vn-clean --help`. */
export function helpText(): string {
  return `Usage: vn-clean [options] [file ...]

Repairs Vietnamese text (missing spaces, misplaced tone marks, diacritic typos, Unicode damage)
without touching correct text. Reads the files in turn, or standard input when there are none or
for \`-\`, and writes the repaired text to standard output: one line out for each line in, line
endings and a leading byte-order mark kept as they were. Input is cleaned in batches of whole
lines of about 32 K characters, each batch as a text of its own, and written batch by batch, so the
command works as a line filter (GNU parallel --pipe, Hadoop Streaming, Spark pipe).

Options:
  -i, --in-place          rewrite each file (through a temporary file, renamed over it only
                          when the whole file was read and something changed)
      --check             write nothing but the places that would change, one per line:
                          file:line:column: rule: "before" → "after"; exit 1 if there are any
      --diff              write a unified diff instead of the text (with --check: exit 1
                          if anything would change)
      --report FILE       write every edit to FILE as JSON Lines: file, line, column (in
                          characters, from 1), start and end (UTF-16 offsets into the file),
                          rule, rules, before, after, confidence
      --tone-style STYLE  where tone marks go in oa, oe, uy: classic (hòa, thủy; default),
                          modern (hoà, thuỷ) or preserve (leave either as found)
      --disable RULES     turn rules off, comma-separated; rules:
${OPTION_TEXT_INDENT}${wrapList(RULE_IDS, 70)}
      --min-confidence X  leave out missing-space and diacritic-typo repairs less sure than
                          X, from 0 to 1 (default: the library's); higher, fewer false edits
      --restore MODE      put diacritics back into words written without any: never
                          (default), auto (only sentences clearly in unaccented Vietnamese)
                          or always
      --from ENCODING     the input is in a legacy encoding: tcvn3, vni, viqr, viscii, vps,
                          cp1258, or auto to detect it (each input is read whole)
      --force             clean files that contain NUL bytes (refused as binary otherwise)
      --jsonl             read JSON Lines and clean one string field of each record; every
                          other byte of the record stays as it was
      --field NAME        the field --jsonl cleans (default: text)
  -j, --jobs N            worker threads (default: the number of CPU cores); output keeps
                          the order of the input
  -q, --quiet             no progress bar (shown on standard error only when it is a
                          terminal) and no summary line after --check
      --stats             print the number of edits per rule on standard error at the end
  -h, --help              show this help
  -v, --version           show the version

Exit codes:
  0  done (with --check or --diff --check: nothing would change)
  1  --check: something would change
  2  usage error; an input that is missing, unreadable, binary, not valid UTF-8, or (with
     --jsonl) holds a line that is not JSON; or a report file that cannot be written
`;
}
