/**
 * Characters that make an entry read one way to a reviewer and another to a reader or a parser:
 * line separators other than \n (U+2028, U+2029, a carriage return), which some tools end a line at
 * and others do not; bidirectional embedding, override and isolate controls, which reorder what is
 * displayed; invisible zero-width spaces, word joiners and stray byte-order marks; C0 and C1 control
 * characters other than tab and line feed, which break the XML feeds and the files readers download;
 * and noncharacters and lone surrogates, which are no text at all. The joiners scripts need
 * (U+200C, U+200D) stay allowed.
 *
 * The rules apply to what is published, not only to the bytes of the file: YAML escapes (`"\u202E"`,
 * `"\0"`) and character references in a body (`&#x202E;`) decode to such characters, so every parsed
 * frontmatter string and every string of the parsed body is checked too. The file itself is still
 * read, for what no value holds: comments, and separators that change where a line ends.
 */
import { describeCharacter } from './character-names.ts';
import { fieldName, type Problem } from './problems.ts';

const BIDI_AND_INVISIBLE = '\\u200b\\u2028\\u2029\\u202a-\\u202e\\u2060\\u2066-\\u2069\\ufeff';

/**
 * In a value every refused character counts, a carriage return included. Paired surrogates are one
 * code point under the `u` flag, so `\p{Cs}` matches only a lone one.
 */
const IN_VALUE = new RegExp(`(?![\\t\\n])\\p{Cc}|[${BIDI_AND_INVISIBLE}]|\\p{Noncharacter_Code_Point}|\\p{Cs}`, 'gu');

/** In the file (and in a body's text, which keeps the file's line ends) a \r before a \n is a Windows line end. */
const IN_FILE = new RegExp(
  `\\r(?!\\n)|(?![\\t\\n\\r])\\p{Cc}|[${BIDI_AND_INVISIBLE}]|\\p{Noncharacter_Code_Point}|\\p{Cs}`,
  'gu',
);

/** How many such characters one file reports, so a pasted block does not bury every other problem. */
export const MAX_REPORTED = 5;

const LINE_SEPARATORS = new Set([0x0d, 0x2028, 0x2029]);

/** The report's message and what to do instead, for one refused character. */
function refusal(char: string, fromFile: boolean): { message: string; expected: string } {
  const codePoint = char.codePointAt(0)!;
  const crAlone = fromFile && codePoint === 0x0d ? ' not followed by a line feed' : '';
  const message = `contains ${describeCharacter(codePoint)}${crAlone}`;
  if (LINE_SEPARATORS.has(codePoint)) {
    return {
      message,
      expected: 'an ordinary line break (\\n): other line separators are read differently by different tools',
    };
  }
  if (/\p{Cc}/u.test(char)) {
    return {
      message,
      expected:
        'remove it: control characters other than tab and line feed are not text, and break the feeds and files readers download',
    };
  }
  if (/\p{Noncharacter_Code_Point}|\p{Cs}/u.test(char)) {
    return { message, expected: 'remove it: it is not a character, and no reader can show it' };
  }
  return {
    message,
    expected:
      'remove it: it is invisible, or changes the order in which text is shown, so readers would not see what reviewers read',
  };
}

/** True when the text (a file, or a body) holds a refused character as itself. */
export function holdsRefusedCharacter(text: string): boolean {
  return text.search(IN_FILE) !== -1; // search() ignores the pattern's lastIndex
}

/** Each refused character of a string with its offset; a \r before a \n passes when `lineEnds` allows it. */
export function refusedCharacters(text: string, lineEnds = false): { index: number; char: string }[] {
  return [...text.matchAll(lineEnds ? IN_FILE : IN_VALUE)].map((match) => ({ index: match.index, char: match[0] }));
}

/**
 * Every refused character in a file, with its line and the field it is in (`body` after the
 * frontmatter). A byte-order mark at the very start is what some editors write, and is allowed.
 */
export function characterProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  let line = 1;
  let lineStart = 0;
  let field: string | undefined;
  let inFrontmatter = false;
  let delimiters = 0;
  for (const { index, char } of refusedCharacters(text, true)) {
    if (index === 0 && char === '\ufeff') continue;
    // Advance the line count, and the field, up to this character.
    for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < index; nl = text.indexOf('\n', lineStart)) {
      const content = text.slice(lineStart, nl);
      if (/^\ufeff?---\s*$/.test(content) && delimiters < 2) {
        delimiters++;
        inFrontmatter = delimiters === 1;
      } else if (inFrontmatter) {
        field = /^([A-Za-z_][\w-]*)\s*:/.exec(content)?.[1] ?? field;
      }
      line++;
      lineStart = nl + 1;
    }
    const current = text.slice(lineStart, index);
    if (inFrontmatter) field = /^([A-Za-z_][\w-]*)\s*:/.exec(current)?.[1] ?? field;
    problems.push({
      file,
      line,
      field: inFrontmatter ? (field ?? 'frontmatter') : delimiters >= 2 ? 'body' : 'frontmatter',
      ...refusal(char, true),
    });
    if (problems.length === MAX_REPORTED) break;
  }
  return problems;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Every refused character in the parsed frontmatter: each string, however deeply nested (a role's
 * title, a list of topics), and each field name; one report per value and character.
 */
export function frontmatterCharacterProblems(
  file: string,
  data: Record<string, unknown>,
  lineOf: (path: readonly PropertyKey[]) => number,
): Problem[] {
  const problems: Problem[] = [];
  // A field name is reported at its own line, under its parent's name: printing it would print the character.
  const report = (text: string, path: PropertyKey[], what: string, at = path) => {
    const seen = new Set<string>();
    for (const { char } of refusedCharacters(text)) {
      if (seen.has(char) || problems.length === MAX_REPORTED) continue;
      seen.add(char);
      const { message, expected } = refusal(char, false);
      problems.push({
        file,
        line: lineOf(at),
        field: fieldName(path) || 'frontmatter',
        message: what + message,
        expected,
      });
    }
  };
  // Only plain objects, lists and strings hold text: a date kept as written and !!binary data do not.
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  while (stack.length && problems.length < MAX_REPORTED) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') report(value, path, '');
    else if (Array.isArray(value)) value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    else if (isPlainObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        report(key, path, 'a field name ', [...path, key]);
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return problems;
}

/**
 * Drops the file-level reports that a value-level report already names: the same character in the
 * same top-level field (the frontmatter) or on the same line (the body). What is left is what only
 * the file holds, such as a comment's characters or a separator between fields.
 */
export function withoutRepeats(fromFile: Problem[], fromValues: Problem[]): Problem[] {
  const topField = (field: string | undefined) => field?.split(/[.[]/)[0];
  const seen = new Set(
    fromValues.map((p) =>
      p.field === 'body'
        ? `body:${p.line}:${p.message}`
        : `${topField(p.field)}:${p.message.replace(/^a field name /, '')}`,
    ),
  );
  return fromFile.filter((p) => {
    const message = p.message.replace(/ not followed by a line feed$/, '');
    return !seen.has(p.field === 'body' ? `body:${p.line}:${message}` : `${p.field}:${message}`);
  });
}

/**
 * Refusals for a string found in a parsed body, by body line; `line` is where the string starts.
 * Text keeps its line breaks, so a character's line is where its string starts plus the breaks
 * before it, counted as the scan goes (linear however many characters a hostile body holds).
 */
export function bodyTextProblems(text: string, line: number): { line: number; message: string; expected: string }[] {
  const problems: { line: number; message: string; expected: string }[] = [];
  let at = line;
  let counted = 0;
  for (const match of text.matchAll(IN_FILE)) {
    for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < match.index; nl = text.indexOf('\n', nl + 1)) at++;
    counted = match.index;
    problems.push({ line: at, ...refusal(match[0], false) });
    if (problems.length === MAX_REPORTED) break;
  }
  return problems;
}
