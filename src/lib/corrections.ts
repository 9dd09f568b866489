/**
 * Corrections to published entries: each `<Correction date="…">` in a body, read by the content
 * check from the tree it already parsed, carried into the entry graph, and listed on one page,
 * newest first, so a reader can see what was changed in the record and when.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { compareDates } from './dates.ts';

export interface EntryCorrection {
  /** The date the correction was made, as written (`YYYY-MM-DD`, or a partial date). */
  date: string;
  /** What was wrong and what changed, as plain text. */
  text: string;
}

interface JsxElement extends Node {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

/** The corrections in a body's tree, in the order they appear. */
export function findCorrections(tree: Root): EntryCorrection[] {
  const found: EntryCorrection[] = [];
  visit(tree, (node: Node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as JsxElement;
    if (element.name !== 'Correction') return;
    const date = element.attributes.find((attribute) => attribute.name === 'date')?.value;
    // The MDX guard refuses a Correction without a plain date; here it is only read.
    if (typeof date === 'string') found.push({ date, text: toString(node).replace(/\s+/g, ' ').trim() });
  });
  return found;
}

/** Corrections across entries, newest first; entries in the order given break ties. */
export function newestCorrectionsFirst<T extends { correction: EntryCorrection }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareDates(b.correction.date, a.correction.date));
}
