/**
 * Where "Edit this page" links point. There is no public repository yet, so nothing is assumed:
 * the link appears only when the site is told where its files can be edited —
 *
 * - `EDIT_URL`: the address a file's path is appended to, for any host, e.g.
 *   `https://github.com/example/encryption-policy-tracker/edit/main/`;
 * - otherwise package.json's `repository`, when it is on GitHub (`github:owner/repo`,
 *   `owner/repo`, or an https, git or ssh URL), with `EDIT_BRANCH` (default `main`).
 */
import { URL_RULE, urlProblem } from './urls.ts';

interface EditBase {
  /** The base URL, ending in `/`; undefined when the site has not been told. */
  base?: string;
  /** Why the configuration was refused; the build stops on it rather than link nowhere. */
  problem?: string;
}

/** `owner/repo` when package.json's `repository` is on GitHub; undefined otherwise. */
export function githubRepository(repository: unknown): string | undefined {
  const url = typeof repository === 'string' ? repository : (repository as { url?: unknown } | null)?.url;
  if (typeof url !== 'string') return undefined;
  const shorthand = /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(url);
  if (shorthand) return `${shorthand[1]}/${shorthand[2]}`;
  const full =
    /^(?:(?:git\+)?(?:https|git|ssh):\/\/(?:git@)?github\.com\/|git@github\.com:)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(
      url,
    );
  return full ? `${full[1]}/${full[2]}` : undefined;
}

export function editBase(
  env: { EDIT_URL?: string | undefined; EDIT_BRANCH?: string | undefined },
  repository: unknown,
): EditBase {
  if (env.EDIT_URL) {
    const problem = urlProblem(env.EDIT_URL);
    if (problem) return { problem: `EDIT_URL: ${problem} — ${URL_RULE}` };
    return { base: env.EDIT_URL.endsWith('/') ? env.EDIT_URL : `${env.EDIT_URL}/` };
  }
  if (repository === undefined) return {};
  const github = githubRepository(repository);
  if (!github)
    return {
      problem: `package.json repository ${JSON.stringify(repository)} is not a GitHub repository — set EDIT_URL to the address a file's path is appended to`,
    };
  const branch = env.EDIT_BRANCH || 'main';
  return { base: `https://github.com/${github}/edit/${branch.split('/').map(encodeURIComponent).join('/')}/` };
}

/** The edit link of a file, given its path inside the repository. */
export function editUrl(base: string, repositoryPath: string): string {
  return base + repositoryPath.split('/').map(encodeURIComponent).join('/');
}
