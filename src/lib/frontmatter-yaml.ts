/**
 * Frontmatter YAML read as Astro reads it: Astro 7 parses frontmatter with js-yaml 4 and its default
 * schema (@astrojs/internal-helpers), so the check uses the same package and the same types —
 * numbers, booleans, nulls, merge keys and the explicit !!binary, !!omap, !!pairs and !!set. One
 * difference, on purpose: a timestamp is kept as written (a `YamlTimestamp`), where Astro makes a
 * Date and silently turns 2015-02-30 into 2 March. A date field reads its text; any other field
 * refuses it, as Astro's schema refuses a Date where text is expected.
 */
import * as jsYaml from 'js-yaml';
import { CORE_SCHEMA, load, Type } from 'js-yaml';
import { YamlTimestamp } from './yaml-timestamp.ts';

type TypeName = 'timestamp' | 'merge' | 'binary' | 'omap' | 'pairs' | 'set';
// js-yaml 4 exports its built-in types as `types`; @types/js-yaml does not declare them.
const { types } = jsYaml as unknown as { types: Record<TypeName, Type> };

const timestampAsWritten = new Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data: unknown) => types.timestamp.resolve(data),
  construct: (data: string) => new YamlTimestamp(data),
  instanceOf: YamlTimestamp,
});

/** js-yaml 4's DEFAULT_SCHEMA (core, then these types, in this order), with timestamps kept as text. */
const FRONTMATTER_SCHEMA = CORE_SCHEMA.extend({
  implicit: [timestampAsWritten, types.merge],
  explicit: [types.binary, types.omap, types.pairs, types.set],
});

/** Parses frontmatter YAML; throws js-yaml's YAMLException (with its mark) on malformed input. */
export function loadFrontmatterYaml(yaml: string): unknown {
  return load(yaml, { schema: FRONTMATTER_SCHEMA });
}

/**
 * The first object or list that appears twice in the data: only an alias (`*name`) makes one, and
 * aliases are how a small file asks for an exponentially large value. Visits each object once.
 */
export function hasSharedValue(data: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [data];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || value instanceof YamlTimestamp || ArrayBuffer.isView(value))
      continue;
    if (seen.has(value)) return true;
    seen.add(value);
    stack.push(...(Array.isArray(value) ? value : Object.values(value)));
  }
  return false;
}
