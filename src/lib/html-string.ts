/**
 * HTML written as a string, for the few lists so long that Astro's rendering of each element costs
 * more than the list itself: the timeline's jurisdiction filter lists every jurisdiction on every
 * timeline page (docs/performance.md, issue 24). Everything interpolated is text and is escaped;
 * only another `html` result is taken as markup, so a contributor's name cannot become a tag.
 */
import { stringifyEntitiesLight } from 'stringify-entities';

/** Markup built by `html`, and so safe to hand to `set:html`. */
export class HtmlString {
  // A plain field, not a parameter property: Node runs src/lib as it is, stripping types only.
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** Text as HTML that shows exactly that text, in content or in a quoted attribute value. */
export function escapeText(text: string): string {
  return stringifyEntitiesLight(text, { escapeOnly: true });
}

type Interpolation = HtmlString | string | number | false | null | undefined | readonly Interpolation[];

function written(value: Interpolation): string {
  if (value instanceof HtmlString) return value.value;
  if (Array.isArray(value)) return value.map(written).join('');
  if (value === false || value === null || value === undefined) return '';
  return escapeText(String(value));
}

/** A tagged template: the literal parts are markup, every value is escaped unless `html` made it. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): HtmlString {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += written(value) + strings[i + 1]!;
  });
  return new HtmlString(out);
}
