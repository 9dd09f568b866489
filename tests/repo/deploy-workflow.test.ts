/**
 * The deploy workflow publishes only what the gate would pass, with the least it needs: it runs on
 * pushes to main (never on pull requests), builds with the same `npm run build` (the content check
 * included) under the Pages address and base path, lets only the deploy job write to Pages, never
 * runs two deployments at once, and pins every action to a full commit SHA.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
  jobs: Record<string, Job>;
}

const read = (file: string) =>
  parse(readFileSync(path.join(PROJECT_ROOT, '.github/workflows', file), 'utf8')) as Workflow;
const deploy = read('deploy.yml');
const jobs = Object.entries(deploy.jobs);
const steps = jobs.flatMap(([, job]) => job.steps);
const stepUsing = (action: string) => steps.find((step) => step.uses?.startsWith(`${action}@`));

describe('.github/workflows/deploy.yml', () => {
  it('runs on pushes to main (or by hand), never on pull requests', () => {
    expect(Object.keys(deploy.on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(deploy.on.push).toEqual({ branches: ['main'] });
  });

  it('has a read-only token at the top; only the deploy job may write to Pages, and only it gets an OIDC token', () => {
    expect(deploy.permissions).toEqual({ contents: 'read' });
    const writers = jobs.filter(([, job]) => Object.values(job.permissions ?? {}).includes('write'));
    expect(writers.map(([name]) => name)).toEqual(['deploy']);
    expect(deploy.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.jobs.deploy!.environment?.name).toBe('github-pages');
    expect(deploy.jobs.deploy!.needs).toBe('build');
  });

  it('never runs two deployments at once, and never cancels one half-way', () => {
    expect(deploy.concurrency?.group).toBeTruthy();
    expect(deploy.concurrency?.['cancel-in-progress']).toBe(false);
  });

  it('uses the official Pages actions, every action pinned to a full commit SHA', () => {
    for (const action of ['actions/checkout', 'actions/setup-node', 'actions/configure-pages']) {
      expect(stepUsing(action), action).toBeDefined();
    }
    expect(deploy.jobs.build!.steps.some((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))).toBe(true);
    expect(deploy.jobs.deploy!.steps.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
    const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });

  it('does not keep the token in the checkout, and fetches the history the dates need', () => {
    expect(stepUsing('actions/checkout')?.with).toMatchObject({ 'persist-credentials': false, 'fetch-depth': 0 });
  });

  it('builds with npm ci and npm run build (the content check included), under the Pages address and base path', () => {
    const build = deploy.jobs.build!.steps;
    expect(build.flatMap((step) => (step.run ? [step.run.trim()] : []))).toEqual(['npm ci', 'npm run build']);
    const pagesId = stepUsing('actions/configure-pages')?.id;
    expect(pagesId).toBeTruthy();
    const buildStep = build.find((step) => step.run?.trim() === 'npm run build');
    expect(buildStep?.env).toEqual({
      SITE_URL: `\${{ steps.${pagesId}.outputs.base_url }}`,
      BASE_PATH: `\${{ steps.${pagesId}.outputs.base_path }}`,
    });
    // Configured before the build, uploaded after it: the artifact is the build's dist/.
    const order = build.map((step) => step.uses?.split('@')[0] ?? step.run?.trim());
    expect(order.indexOf('actions/configure-pages')).toBeLessThan(order.indexOf('npm run build'));
    expect(order.indexOf('npm run build')).toBeLessThan(order.indexOf('actions/upload-pages-artifact'));
    expect(stepUsing('actions/upload-pages-artifact')?.with).toEqual({ path: 'dist' });
  });

  it('builds what `npm run build` builds: the content check runs inside it', () => {
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.build).toBe('node scripts/astro.ts build');
    const config = readFileSync(path.join(PROJECT_ROOT, 'astro.config.mjs'), 'utf8');
    expect(config).toMatch(/integrations: \[\s*checkedContent,/);
  });
});

describe('the pull-request gate stays read-only', () => {
  it('.github/workflows/ci.yml has no job or workflow permission beyond contents: read', () => {
    const ci = read('ci.yml');
    expect(ci.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(ci.jobs)) expect(job.permissions).toBeUndefined();
    expect(JSON.stringify(ci)).not.toContain('pages');
  });
});
