/**
 * The weekly source check (.github/workflows/verify-sources.yml) runs only on a schedule or by hand,
 * may read the code and write issues and nothing else, uses no secrets, pins every action to a full
 * commit SHA, keeps the state file between runs, and hands the report to `gh` as a file: no text from
 * the report, the event or a page is ever expanded into a shell command.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';

const text = readFileSync(path.join(PROJECT_ROOT, '.github/workflows/verify-sources.yml'), 'utf8');
interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
const workflow = parse(text) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { permissions?: unknown; steps: Step[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.flatMap((step) => (step.run ? [step.run] : []));

describe('.github/workflows/verify-sources.yml', () => {
  it('runs weekly and on demand, never on a pull request or a push', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const [schedule] = workflow.on.schedule as { cron: string }[];
    // minute hour * * one-day-of-the-week: once a week.
    expect(schedule!.cron).toMatch(/^\d+ \d+ \* \* [0-6]$/);
  });

  it('may read the code and write issues, nothing else, and no job widens that', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write' });
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined();
  });

  it('uses no secret but the default token', () => {
    const code = text
      .split('\n')
      .filter((line) => !line.trim().startsWith('#'))
      .join('\n');
    expect(code).not.toMatch(/secrets/);
    const expressions = text.match(/\$\{\{[^}]*\}\}/g) ?? [];
    expect(new Set(expressions)).toEqual(
      new Set(['${{ github.run_id }}', '${{ github.token }}', '${{ github.repository }}']),
    );
  });

  it('pins every action to a full commit SHA, and does not keep the token in the checkout', () => {
    const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ 'persist-credentials': false });
  });

  it('restores the state file before the check and saves it after, even when the check fails', () => {
    const restore = steps.findIndex((step) => step.uses?.startsWith('actions/cache/restore@'));
    const check = steps.findIndex((step) => step.run?.includes('npm run verify'));
    const save = steps.findIndex((step) => step.uses?.startsWith('actions/cache/save@'));
    expect(restore).toBeGreaterThanOrEqual(0);
    expect(restore).toBeLessThan(check);
    expect(save).toBeGreaterThan(check);
    for (const index of [restore, save]) expect(steps[index]!.with?.path).toBe('.verify-state.json');
    expect(steps[save]!.if).toContain('always()');
  });

  it('writes the report to files and hands it to gh as a file, never into a shell command', () => {
    expect(runs).toContain('npm run verify -- --report report.md --json report.json');
    const issueStep = runs.find((run) => run.includes('gh issue'))!;
    expect(issueStep).toContain('gh issue edit "$number" --body-file report.md');
    expect(issueStep).toMatch(/gh issue create .*--label source-check --body-file report\.md/);
    // One issue, found by its label.
    expect(issueStep).toContain('gh issue list --label source-check --state open --limit 1');
    for (const run of runs) {
      expect(run).not.toMatch(/\$\{\{/);
      expect(run).not.toMatch(/\$\(cat report|--body "/);
    }
  });
});
