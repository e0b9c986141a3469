/** Builds a unified diff of a text and its repaired form as they stream by, one pair of pieces at a time. */
export interface UnifiedDiff {
  /**
   * Adds the next piece of the text and its output, which hold the same line breaks; returns diff text
   * that is ready to print.
   */
  add(before: string, after: string): string;
  /** Ends the text and returns the rest of the diff. */
  end(): string;
}

interface PendingLine {
  /** The line of the text, or undefined when only the output has it. */
  before: string | undefined;
  /** The line of the output, or undefined when only the text has it. */
  after: string | undefined;
  /** Whether the line ends with a line feed. */
  terminated: boolean;
}

const NO_NEWLINE = '\\ No newline at end of file\n';

function formatLine(prefix: string, content: string, terminated: boolean): string {
  return terminated ? prefix + content : `${prefix}${content}\n${NO_NEWLINE}`;
}

function formatRange(start: number, count: number): string {
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}

/**
 * Creates a streaming unified diff. Lines are split at line feeds, as `diff` and `patch` split them; since
 * repairs never add or remove line breaks, line n of the output is the repair of line n of the input, and
 * changed lines are paired in place rather than searched for.
 * @param label The name shown in the `---` and `+++` header lines.
 * @param contextLines Unchanged lines shown around each change (default 3).
 */
export function createUnifiedDiff(label: string, contextLines = 3): UnifiedDiff {
  let partialBefore = '';
  let partialAfter = '';
  let lineNumber = 0;
  let headerDone = false;
  // Unchanged lines kept as leading context while no hunk is open.
  let leading: PendingLine[] = [];
  let hunk:
    | { start: number; oldSize: number; newSize: number; body: string[]; trailing: PendingLine[]; removed: string[]; added: string[] }
    | undefined;

  function formatContext(line: PendingLine): string {
    return formatLine(' ', line.before ?? '', line.terminated);
  }

  function flushRun(): void {
    if (!hunk) return;
    hunk.body.push(...hunk.removed, ...hunk.added);
    hunk.removed = [];
    hunk.added = [];
  }

  function closeHunk(trailingKept: number): string {
    if (!hunk) return '';
    flushRun();
    const kept = hunk.trailing.slice(0, trailingKept);
    for (const line of kept) hunk.body.push(formatContext(line));
    const header = headerDone ? '' : `--- ${label}\n+++ ${label}\n`;
    headerDone = true;
    const oldRange = formatRange(hunk.start, hunk.oldSize + kept.length);
    const newRange = formatRange(hunk.start, hunk.newSize + kept.length);
    const text = `${header}@@ -${oldRange} +${newRange} @@\n${hunk.body.join('')}`;
    hunk = undefined;
    return text;
  }

  function addLine(line: PendingLine): string {
    lineNumber++;
    let out = '';
    if (line.before === line.after) {
      if (!hunk) {
        leading.push(line);
        if (leading.length > contextLines) leading.shift();
        return '';
      }
      flushRun();
      hunk.trailing.push(line);
      if (hunk.trailing.length > 2 * contextLines) {
        leading = hunk.trailing.slice(hunk.trailing.length - contextLines);
        out = closeHunk(contextLines);
      }
      return out;
    }
    if (!hunk) {
      const size = leading.length;
      hunk = { start: lineNumber - size, oldSize: size, newSize: size, body: leading.map(formatContext), trailing: [], removed: [], added: [] };
      leading = [];
    } else if (hunk.trailing.length > 0) {
      hunk.body.push(...hunk.trailing.map(formatContext));
      hunk.oldSize += hunk.trailing.length;
      hunk.newSize += hunk.trailing.length;
      hunk.trailing = [];
    }
    if (line.before !== undefined) {
      hunk.removed.push(formatLine('-', line.before, line.terminated));
      hunk.oldSize++;
    }
    if (line.after !== undefined) {
      hunk.added.push(formatLine('+', line.after, line.terminated));
      hunk.newSize++;
    }
    return out;
  }

  function splitLines(text: string): string[] {
    return text.split(/(?<=\n)/);
  }

  return {
    add(before, after) {
      const befores = splitLines(partialBefore + before);
      const afters = splitLines(partialAfter + after);
      partialBefore = befores[befores.length - 1].endsWith('\n') ? '' : (befores.pop() ?? '');
      partialAfter = afters[afters.length - 1].endsWith('\n') ? '' : (afters.pop() ?? '');
      if (befores.length !== afters.length) throw new Error('The output does not keep the line breaks of the input');
      let out = '';
      for (let index = 0; index < befores.length; index++) {
        out += addLine({ before: befores[index], after: afters[index], terminated: true });
      }
      return out;
    },
    end() {
      let out = '';
      // A text that ends with a line break has no last partial line; its output might (and the other way).
      if (partialBefore !== '' || partialAfter !== '') {
        const before = partialBefore === '' ? undefined : partialBefore;
        const after = partialAfter === '' ? undefined : partialAfter;
        out += addLine({ before, after, terminated: false });
      }
      partialBefore = '';
      partialAfter = '';
      return out + closeHunk(contextLines);
    },
  };
}
