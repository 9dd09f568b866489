/**
 * The untrusted-MDX guard. MDX is a programming language, so contributed bodies are held to an
 * allow-list: Markdown, the site's allow-listed elements with plain string attributes, and
 * `{/* comments *\/}`. Everything that could run code, load a resource or restyle the page is
 * refused with its line. Rejecting beats stripping: the contributor learns what to change.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { dangerousScheme } from './unsafe-url.ts';
import { allowedElement, describeAllowList } from './mdx-allow-list.ts';

interface BodyProblem {
  line?: number;
  column?: number;
  message: string;
  hint: string;
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string };
}

interface JsxElement extends Node {
  name: string | null;
  attributes: JsxAttribute[];
}

/** Elements named here get a sharper message than "not on the allow-list". */
const DANGEROUS_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'base',
  'meta',
  'form',
  'link',
  'frame',
  'frameset',
  'svg',
  'math',
  'template',
]);

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'cite',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'srcset',
]);

/**
 * Whether an expression's braces hold nothing but whitespace and comments (`{/* note *\/}`, `// note`).
 * Read left to right, as JavaScript reads the start of an expression, so no code can hide in what
 * looks like a comment: a block comment ends at its first `*\/`, whatever follows. Works on the
 * expression's source text, which every MDX parser keeps.
 */
function isCommentOnly(node: Node): boolean {
  const value = (node as { value?: unknown }).value;
  return typeof value === 'string' && /^(?:\s|\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\/|\/\/[^\n\r\u2028\u2029]*)*$/.test(value);
}

function checkElement(node: JsxElement, report: (message: string, hint: string) => void): void {
  const name = node.name;
  if (name === null) {
    report('fragments <>…</> are not allowed', 'remove the <> and </> around the text');
    return;
  }
  const allowed = allowedElement(name);
  if (!allowed) {
    const what = DANGEROUS_ELEMENTS.has(name.toLowerCase())
      ? `<${name}> is not allowed in contributed MDX`
      : `<${name}> is not on the allow-list`;
    report(what, `use Markdown, or one of: ${describeAllowList()}`);
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(`<${name}> has a spread attribute {…}`, 'write each attribute as name="text"');
      continue;
    }
    const attributeName = attribute.name ?? '';
    const value = attribute.value;
    if (/^on/i.test(attributeName)) {
      report(
        `<${name}> has an event handler attribute ${attributeName}=`,
        'remove it: contributed MDX cannot run scripts',
      );
      continue;
    }
    if (value !== null && typeof value === 'object') {
      report(`<${name}> ${attributeName}= has an expression value {…}`, `write it as ${attributeName}="text"`);
      continue;
    }
    if (typeof value === 'string' && (URL_ATTRIBUTES.has(attributeName.toLowerCase()) || dangerousScheme(value))) {
      const scheme = dangerousScheme(value);
      if (scheme) {
        report(
          `<${name}> ${attributeName}= uses a ${scheme}: URL`,
          'link to an https:// page or a site path such as /people/josh-earnest/',
        );
        continue;
      }
    }
    if (allowed && !Object.hasOwn(allowed.attributes, attributeName)) {
      const accepted = Object.keys(allowed.attributes);
      report(
        `<${name}> does not take the attribute ${attributeName}=`,
        accepted.length ? `accepted: ${accepted.join(', ')}` : 'it takes no attributes',
      );
      continue;
    }
    if (allowed && typeof value === 'string') {
      const problem = allowed.attributes[attributeName]!(value);
      if (problem) report(`<${name}> ${attributeName}=: ${problem}`, allowed.purpose);
    }
  }
  for (const required of allowed?.required ?? []) {
    if (!node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === required)) {
      report(`<${name}> needs the attribute ${required}=`, allowed!.purpose);
    }
  }
}

/** The MDX node types the guard has something to say about: a plugin visits these and no others. */
export const GUARDED_NODE_TYPES = [
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'html',
  'link',
  'definition',
  'image',
] as const;

/** What one node of a parsed MDX body does that contributed content may not, without its place. */
export function unsafeNodeProblems(node: Node): Omit<BodyProblem, 'line' | 'column'>[] {
  const problems: Omit<BodyProblem, 'line' | 'column'>[] = [];
  const report = (message: string, hint: string) => problems.push({ message, hint });
  switch (node.type) {
    case 'mdxjsEsm':
      report(
        'import and export are not allowed in contributed MDX',
        'remove the line (the site components need no import); a paragraph that starts with the word import or export is read as code, so start it with another word',
      );
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isCommentOnly(node)) {
        report(
          '{…} expressions are not allowed in contributed MDX',
          'write plain text; to write a literal brace, escape it as \\{',
        );
      }
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node as JsxElement, report);
      break;
    case 'html':
      report('raw HTML is not allowed', `use Markdown, or one of: ${describeAllowList()}`);
      break;
    case 'link':
    case 'definition':
    case 'image': {
      const url = (node as { url?: string }).url ?? '';
      const scheme = dangerousScheme(url);
      if (scheme) {
        report(`a link uses a ${scheme}: URL`, 'link to an https:// page or a site path such as /people/josh-earnest/');
      } else if (node.type === 'image' && !/^\/(?![/\\])/.test(url)) {
        // Only a site path stays on this site: //host and /\host are other hosts to a browser.
        report(
          'images from other sites are not allowed: they would make readers\u2019 browsers contact a third party',
          'link to the image instead',
        );
      }
      break;
    }
  }
  return problems;
}

/** Lists every construct in a parsed MDX body that contributed content may not use, with its place. */
export function findUnsafeMdx(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  visit(tree, (node: Node) => {
    for (const problem of unsafeNodeProblems(node)) {
      problems.push({ line: node.position?.start.line, column: node.position?.start.column, ...problem });
    }
  });
  return problems;
}
