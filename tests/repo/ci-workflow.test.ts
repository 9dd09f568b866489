/**
 * The pull-request gate is safe for forks: `pull_request` only (never `pull_request_target`), a
 * read-only token, every action pinned to a full commit SHA, and it runs the check, the build and
 * the tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';

const text = readFileSync(path.join(PROJECT_ROOT, '.github/workflows/ci.yml'), 'utf8');
const workflow = parse(text) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<
    string,
    { permissions?: unknown; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }
  >;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('.github/workflows/ci.yml', () => {
  it('runs on pull requests and pushes to main, never on pull_request_target', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    // Anywhere outside a comment (the comment at the top explains why it is not used).
    expect(
      text
        .split('\n')
        .filter((line) => !line.trim().startsWith('#'))
        .join('\n'),
    ).not.toContain('pull_request_target');
  });

  it('has a read-only token, and no job widens it', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined();
  });

  it('pins every action to a full commit SHA', () => {
    const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });

  it('does not keep the token in the checkout, and fetches the history the dates need', () => {
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ 'persist-credentials': false, 'fetch-depth': 0 });
  });

  it('installs Debian\u2019s Chromium, then runs the check, the build and every test, in that order', () => {
    const runs = steps.flatMap((step) => (step.run ? [step.run.trim()] : []));
    expect(runs[0]).toContain('apt-get install');
    expect(runs[0]).toContain('chromium');
    expect(runs.slice(1)).toEqual(['npm ci', 'npm run check', 'npm run build', 'npm test']);
  });
});
