/**
 * Recognises script-bearing URL schemes however they are disguised: any case, entity-encoded
 * (`&#106;avascript:`), or broken up by whitespace and control characters, which browsers ignore.
 */
import { parseEntities } from 'parse-entities';

const DANGEROUS_SCHEME = /^(javascript|data|vbscript):/;

export function dangerousScheme(url: string): string | undefined {
  const normalised = parseEntities(url)
    // Browsers drop ASCII whitespace and control characters inside a scheme.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
    .toLowerCase();
  return DANGEROUS_SCHEME.exec(normalised)?.[1];
}
