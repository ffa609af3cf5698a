// Finds where a JSON text first goes wrong. JSON.parse in Node 20 does not always say where
// ("Unexpected token '}', "..." is not valid JSON") and quotes the text, newlines and all, so the
// loader scans the text itself to report a line and column with a one-line reason.

export interface JsonSyntaxError {
  /** UTF-16 index of the first character that is wrong (text.length at an unexpected end). */
  offset: number;
  message: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function findJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const what = () => (i >= text.length ? 'the end of the file' : JSON.stringify(String.fromCodePoint(text.codePointAt(i)!)));
  const stop = (message: string): never => {
    throw new Stop(i, message);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (c: string, message: string) => {
    if (text[i] !== c) stop(`${message}, found ${what()}`);
    i++;
  };

  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) stop('unterminated string');
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) stop('bad \\u escape in string');
          i += 5;
        } else if (i < text.length && '"\\/bfnrt'.includes(text[i]!)) i++;
        else stop(`bad escape in string: \\${text[i] ?? ''}`);
      } else if (c < ' ') stop('control character (a raw newline or tab?) in string');
      else i++;
    }
  };

  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') stop(`expected a property name in double quotes, found ${what()}`);
        string();
        space();
        expect(':', "expected ':' after the property name");
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect('}', "expected ',' or '}' after the property value");
        return;
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect(']', "expected ',' or ']' after the array element");
        return;
      }
    }
    if (c === '"') {
      string();
      return;
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) stop('invalid number');
      i = NUMBER.lastIndex;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    stop(`unexpected ${what()}`);
  };

  try {
    space();
    if (i >= text.length) return { offset: 0, message: 'the file is empty' };
    value();
    space();
    if (i < text.length) stop(`unexpected ${what()} after the end of the JSON value`);
    return undefined;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, message: e.message };
    if (e instanceof RangeError) return { offset: i, message: 'nested too deeply' };
    throw e;
  }
}

/** 1-based `line L:C` of a UTF-16 index (columns count UTF-16 units, as most editors show). */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}:${column}`;
}
