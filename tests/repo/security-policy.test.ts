/**
 * One Content-Security-Policy: the header policy every host setup in docs/deployment.md and
 * public/_headers spell out, and the `<meta>` policy every page carries, are the ones
 * src/lib/security-policy.ts writes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';
import { HEADER_ONLY_DIRECTIVES, HEADER_POLICY, META_POLICY } from '../../src/lib/security-policy.ts';

const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

/** Every header policy a text spells out: `Name: value`, `Name = "value"` (TOML), `Name "value"` (nginx, Caddy). */
function headerPolicies(text: string): string[] {
  return [...text.matchAll(/Content-Security-Policy(?::[ \t]*|[ \t]*=[ \t]*"|[ \t]+")([^"\n]+)/g)].map((match) =>
    match[1]!.trim(),
  );
}

/** The directive names of a policy. */
const directiveNames = (policy: string) => policy.split(';').map((directive) => directive.trim().split(/\s+/)[0]!);

describe('the Content-Security-Policy', () => {
  it('is the same in every host setup of docs/deployment.md', () => {
    const policies = headerPolicies(read('docs/deployment.md'));
    // The headers block, Netlify, nginx and Caddy.
    expect(policies.length).toBeGreaterThanOrEqual(4);
    for (const policy of policies) expect(policy).toBe(HEADER_POLICY);
  });

  it('is the one public/_headers sends', () => {
    expect(headerPolicies(read('public/_headers'))).toEqual([HEADER_POLICY]);
  });

  it('is documented as the meta policy every page carries', () => {
    const metas = [
      ...read('docs/deployment.md').matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/g),
    ];
    expect(metas.map((match) => match[1])).toEqual([META_POLICY]);
  });

  it('carries in its meta form every directive of the header but those only a header can carry', () => {
    const header = directiveNames(HEADER_POLICY);
    expect(directiveNames(META_POLICY)).toEqual(header.filter((name) => !HEADER_ONLY_DIRECTIVES.has(name)));
    expect(header).toContain('frame-ancestors');
    for (const name of HEADER_ONLY_DIRECTIVES) expect(META_POLICY).not.toContain(name);
  });
});
