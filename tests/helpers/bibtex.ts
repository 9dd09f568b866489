/**
 * Reads BibTeX the way BibTeX itself does, for tests: an `@` outside every entry starts an entry, and
 * a braced value ends at the brace that balances its first, counting every brace and ignoring
 * backslashes (so `\}` closes a field). Anything it cannot read throws, naming the position. Then
 * `latexText` reads a field's LaTeX as the text a reader sees, for the text-mode commands LaTeX's
 * own documentation lists.
 */

export interface BibtexEntry {
  type: string;
  /** The citation key; for `@preamble`, `@string` and `@comment`, their whole braced body. */
  key: string;
  fields: Record<string, string>;
}

/** The braced group starting at `start` (which must be `{`): its inner text and the index after it. */
function bracedGroup(text: string, start: number): { inner: string; end: number } {
  if (text[start] !== '{') throw new Error(`Expected { at ${start}: ${JSON.stringify(text.slice(start, start + 20))}`);
  let depth = 0;
  for (let index = start; index < text.length; index++) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}' && --depth === 0) return { inner: text.slice(start + 1, index), end: index + 1 };
  }
  throw new Error(`Unbalanced braces from ${start}`);
}

function expect(pattern: RegExp, text: string, at: number): RegExpExecArray {
  const sticky = new RegExp(pattern.source, 'y');
  sticky.lastIndex = at;
  const match = sticky.exec(text);
  if (!match) throw new Error(`Expected ${pattern} at ${at}: ${JSON.stringify(text.slice(at, at + 30))}`);
  return match;
}

export function parseBibtex(text: string): BibtexEntry[] {
  const entries: BibtexEntry[] = [];
  let at = text.indexOf('@');
  while (at >= 0) {
    const head = expect(/@([A-Za-z]+)\s*/, text, at);
    const type = head[1]!.toLowerCase();
    let index = at + head[0].length;
    if (type === 'preamble' || type === 'string' || type === 'comment') {
      const { inner, end } = bracedGroup(text, index);
      entries.push({ type, key: inner, fields: {} });
      at = text.indexOf('@', end);
      continue;
    }
    const key = expect(/\{\s*([^\s,{}]+)\s*,\s*/, text, index);
    index += key[0].length;
    const fields: Record<string, string> = {};
    while (text[index] !== '}') {
      const name = expect(/([A-Za-z]+)\s*=\s*/, text, index);
      const { inner, end } = bracedGroup(text, index + name[0].length);
      if (name[1]! in fields) throw new Error(`Field ${name[1]} twice in ${key[1]}`);
      fields[name[1]!] = inner;
      index = end + expect(/\s*,?\s*/, text, end)[0].length;
      if (index >= text.length) throw new Error(`Entry ${key[1]} never ends`);
    }
    entries.push({ type, key: key[1]!, fields });
    at = text.indexOf('@', index + 1);
  }
  return entries;
}

/** LaTeX's text-mode commands for the characters it reserves (LaTeX2e's "Special characters"). */
const TEXT_COMMANDS: Record<string, string> = {
  textbackslash: '\\',
  textbraceleft: '{',
  textbraceright: '}',
  textasciicircum: '^',
  textasciitilde: '~',
};

/** A field's LaTeX as the text it prints: text commands and escaped specials read, grouping braces dropped. */
export function latexText(latex: string): string {
  const unread = /(?<!\\)[%#&$_^~]/.exec(latex);
  if (unread) throw new Error(`LaTeX would read ${unread[0]} at ${unread.index} as syntax: ${latex}`);
  return latex.replace(/\\([A-Za-z]+)\{\}|\\([%#&$_{}])|(\\)|[{}]/g, (_, command: string, escaped: string, stray) => {
    if (stray) throw new Error(`A backslash LaTeX would read as a command in ${latex}`);
    if (command) {
      if (!(command in TEXT_COMMANDS)) throw new Error(`Unexpected command \\${command} in ${latex}`);
      return TEXT_COMMANDS[command]!;
    }
    return escaped ?? '';
  });
}
