/**
 * An unquoted date or timestamp in frontmatter YAML, kept as written (src/lib/frontmatter-yaml.ts).
 * On its own, without the YAML reader, so the browser code that formats dates does not load js-yaml.
 */
export class YamlTimestamp {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toJSON(): string {
    return this.text;
  }
}
