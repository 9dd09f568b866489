/**
 * What contributed MDX may contain beyond Markdown: the site's own components and a few inline HTML
 * elements, each with the attributes it may carry. Everything else is refused by the MDX guard.
 * Documented for contributors in CONTRIBUTING.md; keep the two in step.
 */
import { DATE_RULE, parsePartialDate } from './dates.ts';

/** Returns a problem with an attribute's value, or undefined when it is fine. */
type AttributeRule = (value: string) => string | undefined;

const anyText: AttributeRule = () => undefined;
const partialDateValue: AttributeRule = (value) => {
  const parsed = parsePartialDate(value);
  return 'error' in parsed ? `${parsed.error}; expected ${DATE_RULE}` : undefined;
};

interface AllowedElement {
  attributes: Record<string, AttributeRule>;
  /** Attributes the element cannot do without. */
  required?: string[];
  /** Shown in the guard's hint and in CONTRIBUTING.md. */
  purpose: string;
}

/** Site components, rendered by src/components/mdx/. */
export const ALLOWED_COMPONENTS: Record<string, AllowedElement> = {
  Correction: {
    attributes: { date: partialDateValue },
    required: ['date'],
    purpose: 'a dated correction notice: <Correction date="2026-01-15">What was wrong and what changed.</Correction>',
  },
};

/** Inline HTML elements with no behaviour and no way to load anything. */
export const ALLOWED_HTML: Record<string, AllowedElement> = Object.fromEntries(
  ['abbr', 'sub', 'sup', 'mark', 'small', 'kbd', 'q', 'br'].map((name) => [
    name,
    { attributes: { title: anyText, lang: anyText }, purpose: `<${name}>` },
  ]),
);

export function allowedElement(name: string): AllowedElement | undefined {
  return Object.hasOwn(ALLOWED_COMPONENTS, name)
    ? ALLOWED_COMPONENTS[name]
    : Object.hasOwn(ALLOWED_HTML, name)
      ? ALLOWED_HTML[name]
      : undefined;
}

export function describeAllowList(): string {
  return [
    ...Object.keys(ALLOWED_COMPONENTS).map((name) => `<${name}>`),
    ...Object.keys(ALLOWED_HTML).map((name) => `<${name}>`),
  ].join(', ');
}
