/**
 * The workflow that turns an accepted suggestion into a pull request runs only on a label, only for
 * someone with write access, with the least permissions on its one job, actions pinned by SHA, and
 * never with issue text (or any expression) inside a `run:` script: the body reaches it as data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
type Workflow = {
  on: Record<string, unknown>;
  permissions: unknown;
  jobs: Record<string, { if?: string; permissions?: unknown; steps: Step[] }>;
};

const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, '.github/workflows', file), 'utf8');
const text = read('suggestion-to-pr.yml');
const workflow = parse(text) as Workflow;
const jobs = Object.values(workflow.jobs);
const steps = jobs.flatMap((job) => job.steps);
const runs = steps.flatMap((step) => (step.run ? [step.run] : []));

/** Every place an expression reads the event (issue, label, sender), as "path: value", outside an `env:` mapping. */
function eventReadsOutsideEnv(node: unknown, at: string[] = []): string[] {
  if (typeof node === 'string')
    return /\$\{\{[^}]*github\.event\./.test(node) && at.at(-2) !== 'env' ? [`${at.join('.')}: ${node}`] : [];
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([key, value]) => eventReadsOutsideEnv(value, [...at, key]));
  return [];
}

describe('.github/workflows/suggestion-to-pr.yml', () => {
  it('reads the event (issue number, body, labeler) only in env: lines, as data', () => {
    expect(eventReadsOutsideEnv({ concurrency: { group: 'x-${{ github.event.issue.number }}' } })).toEqual([
      'concurrency.group: x-${{ github.event.issue.number }}',
    ]);
    expect(eventReadsOutsideEnv({ steps: [{ env: { N: '${{ github.event.issue.number }}' } }] })).toEqual([]);
    expect(eventReadsOutsideEnv(workflow)).toEqual([]);
  });

  it('runs when an issue is labelled, and acts only on the `accepted` label', () => {
    expect(workflow.on).toEqual({ issues: { types: ['labeled'] } });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.if).toBe("github.event.label.name == 'accepted'");
  });

  it('gives the token nothing at the top, and its one job only what it needs', () => {
    expect(workflow.permissions).toEqual({});
    expect(jobs[0]!.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
  });

  it('pins every action to a full commit SHA, the same as CI’s', () => {
    const pinned = (file: string) =>
      new Map(
        [...read(file).matchAll(/uses: ([\w.-]+\/[\w.-]+)@(\S+)/g)].map((match) => [match[1]!, match[2]!] as const),
      );
    const ci = pinned('ci.yml');
    const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) {
      expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      const [name, sha] = action.split('@') as [string, string];
      if (ci.has(name)) expect(sha).toBe(ci.get(name));
    }
  });

  it('puts no expression, and so no issue text, inside any run: script', () => {
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) {
      expect(run).not.toContain('${{');
      expect(run).not.toMatch(/github\.event\.(issue|comment)|head_ref/);
    }
  });

  it('hands the body over as data: toJSON in an env variable, written to a file by Node', () => {
    const save = steps.find((step) => step.env?.ISSUE_BODY_JSON);
    expect(save?.env?.ISSUE_BODY_JSON).toBe('${{ toJSON(github.event.issue.body) }}');
    expect(save?.run).toContain('JSON.parse(process.env.ISSUE_BODY_JSON)');
    // Nowhere else: no other step reads the issue's body or title, even through env.
    const mentions = [...text.matchAll(/github\.event\.issue\.(body|title)/g)];
    expect(mentions).toHaveLength(1);
  });

  it('first asks the API for the labeler’s permission, and every later step needs write access', () => {
    const [check, ...rest] = jobs[0]!.steps;
    expect(check!.env).toMatchObject({ LABELER: '${{ github.event.sender.login }}' });
    expect(check!.run).toContain('gh api "repos/$REPOSITORY/collaborators/$LABELER/permission" --jq .permission');
    expect(check!.run).toMatch(/admin\|write\) echo "allowed=true" >> "\$GITHUB_OUTPUT"/);
    for (const step of rest) expect(step.if).toMatch(/^steps\.labeler\.outputs\.allowed == 'true'/);
  });

  it('keeps the token out of the checkout', () => {
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ 'persist-credentials': false });
  });

  it('runs npm run from-issue, then opens a pull request that closes the issue, or comments the problems', () => {
    const fromIssue = steps.find((step) => step.run?.includes('npm run from-issue'));
    expect(fromIssue?.id).toBe('suggestion');
    const pr = steps.find((step) => step.run?.includes('gh pr create'));
    expect(pr?.if).toContain("steps.suggestion.outputs.status == '0'");
    expect(pr?.run).toContain('Closes #%s');
    expect(pr?.run).toContain('--body-file "$RUNNER_TEMP/report.md"');
    const comment = steps.find((step) => step.run?.includes('gh issue comment'));
    expect(comment?.if).toContain("steps.suggestion.outputs.status != '0'");
    expect(comment?.run).toContain('gh issue comment "$ISSUE_NUMBER" --body-file "$RUNNER_TEMP/report.md"');
  });
});
