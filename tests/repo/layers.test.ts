/**
 * The layers of docs/architecture.md hold: the project's ESLint config (run through ESLint's Node
 * API on in-memory code at paths in the tree) refuses src/lib importing a step built on it, browser
 * code importing what only runs in Node, and a runtime import cycle; no module of src/ imports
 * itself round a cycle even through type-only imports, which ESLint's cycle rule does not follow; and
 * no chain of imports from browser code reaches a Node built-in (the lint rule sees one file at a time).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

/** The rules that fire on `code` linted as the file at `file` (relative to the project). */
async function rulesFiring(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(PROJECT_ROOT, file) });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the lint config holds the layers', () => {
  it('refuses src/lib importing the steps built on it', async () => {
    const fired = await rulesFiring(
      'src/lib/layer-probe.ts',
      "import { siteContent } from '../data/site-graph.ts';\nexport const probe = siteContent;\n",
    );
    expect(fired).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .* src\/lib is the bottom layer/)]);
  });

  it('refuses browser code importing Node built-ins and the Node-only parts of src', async () => {
    const fired = await rulesFiring(
      'src/scripts/search/layer-probe.ts',
      [
        "import { readFileSync } from 'node:fs';",
        "import { checkContent } from '../../lib/check/index.ts';",
        'export const probe = [readFileSync, checkContent];',
        '',
      ].join('\n'),
    );
    expect(fired).toEqual([
      'import-x/no-nodejs-modules: Do not import Node.js builtin module "node:fs"',
      expect.stringMatching(/^import-x\/no-restricted-paths: .* Browser code may import only what runs in a browser/),
    ]);
  });

  it('lets browser code import the shared, browser-safe parts of src/lib', async () => {
    const fired = await rulesFiring(
      'src/scripts/search/layer-probe.ts',
      "import { FACET_KEYS } from '../../lib/search-facets.ts';\nexport const probe = FACET_KEYS;\n",
    );
    expect(fired).toEqual([]);
  });

  it('refuses a runtime import cycle', async () => {
    // relations.ts imports dates.ts, so dates.ts importing relations.ts closes a cycle.
    const fired = await rulesFiring(
      'src/lib/dates.ts',
      "import { relationProblems } from './check/relations.ts';\nexport const probe = relationProblems;\n",
    );
    expect(fired).toEqual([expect.stringMatching(/^import-x\/no-cycle: Dependency cycle/)]);
  });
});

/** Every TypeScript and Astro file under src/, relative to the project. */
function sourceFiles(): string[] {
  return readdirSync(path.join(PROJECT_ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|astro)$/.test(file))
    .map((file) => path.join('src', file));
}

/** Every module a file imports, as written, type-only imports included. */
function importedNames(file: string): string[] {
  const text = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
  return ts.preProcessFile(text, true, true).importedFiles.map((reference) => reference.fileName);
}

/** Each file's relative imports, type-only ones included, as project-relative paths. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const imported = importedNames(file)
        .filter((name) => name.startsWith('.'))
        .map((name) => path.join(path.dirname(file), name))
        .filter((target) => known.has(target));
      return [file, imported];
    }),
  );
}

/** One cycle of the graph as the files round it, or undefined when it has none (depth-first search). */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (file: string): string[] | undefined => {
    const at = onPath.indexOf(file);
    if (at >= 0) return [...onPath.slice(at), file];
    if (done.has(file)) return undefined;
    onPath.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    onPath.pop();
    done.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('import cycles, type-only imports included', () => {
  it('finds a cycle that runs through a type-only import', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(findCycle(graph)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
    expect(findCycle(new Map([...graph, ['c.ts', []]]))).toBeUndefined();
  });

  it('reads type-only imports as edges of the graph', () => {
    const graph = importGraph(['src/lib/check/duplicate-sources.ts', 'src/lib/check/relational-entry.ts']);
    expect(graph.get('src/lib/check/duplicate-sources.ts')).toEqual(['src/lib/check/relational-entry.ts']);
  });

  it('has none in src/', () => {
    expect(findCycle(importGraph(sourceFiles()))).toBeUndefined();
  });
});

describe('browser code, through every chain of imports', () => {
  it('reaches no Node built-in', () => {
    const files = sourceFiles();
    const graph = importGraph(files);
    const reached = new Set(files.filter((file) => file.startsWith('src/scripts/')));
    // A Set's iteration visits what is added during it: this walks every chain from src/scripts.
    for (const file of reached) for (const next of graph.get(file) ?? []) reached.add(next);
    expect(reached).toContain('src/lib/search-facets.ts');
    const builtins = [...reached].flatMap((file) =>
      importedNames(file)
        .filter((name) => isBuiltin(name))
        .map((name) => `${file} imports ${name}`),
    );
    expect(builtins).toEqual([]);
  });
});
