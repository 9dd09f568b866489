/**
 * Entry ids: lower-case a-z, 0-9 and single hyphens, 2–80 characters, no leading or trailing hyphen.
 */
export const ID_PATTERN = /^(?=.{2,80}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ID_RULE = 'lower-case a-z, 0-9 and single hyphens, 2–80 characters (e.g. josh-earnest)';

export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}
