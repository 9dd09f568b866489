/**
 * Jurisdiction codes: ISO 3166-1 alpha-2, or `EU`. Validity comes from the runtime's ICU region
 * data rather than a hand-kept list; user-assigned codes (AA, QM–QZ, X*, ZZ) and the common mistake
 * `UK` (the ISO code is GB) are refused.
 */
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const USER_ASSIGNED = /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/;

export const REGION_RULE = 'an ISO 3166-1 alpha-2 code in capitals (e.g. GB, US, DE), or EU';

export function regionCodeProblem(code: string): string | undefined {
  if (code === 'EU') return undefined;
  if (code === 'UK') return '"UK" is not an ISO 3166-1 code: the United Kingdom is GB';
  if (!/^[A-Z]{2}$/.test(code) || USER_ASSIGNED.test(code)) return `"${code}" is not ${REGION_RULE}`;
  const name = regionNames.of(code);
  if (!name || name === code || name === 'Unknown Region') return `"${code}" is not ${REGION_RULE}`;
  return undefined;
}
