/**
 * Where a build's wall time goes, read from when each of Astro's log lines arrived (its own
 * timestamps are whole seconds). The same markers appear in our build, the plain baseline and
 * Starlight, so their phases compare one to one.
 */
export interface BuildPhases {
  /** Node, Vite and the config: every integration's setup (our content check and git among them). */
  startupMs: number;
  /** The content layer: globbing, frontmatter, schemas, the data store. */
  contentSyncMs: number;
  /** Type generation and collecting build info. */
  buildInfoMs: number;
  /** Vite/Rolldown bundling the server and client builds; every MDX file is compiled here. */
  bundleMs: number;
  /** Rendering every page to HTML. */
  renderMs: number;
  /** `astro:build:done` hooks: Pagefind and its checks, sitemap; then the process exits. */
  afterBuildMs: number;
  /** Times the integrations report of themselves, where they do. */
  checkMs?: number;
  pagefindMs?: number;
}

const MARKERS = [
  ['content', /\[content\] Syncing content/],
  ['synced', /\[content\] Synced content/],
  ['bundle', /Building static entrypoints/],
  ['render', /generating static routes/],
  ['rendered', /^\s*(\S+ )?✓ Completed in/],
] as const;

/** Phases of one build from its timed output lines; undefined if a marker is missing. */
export function buildPhases(lines: { atMs: number; text: string }[], wallMs: number): BuildPhases | undefined {
  const at: Record<string, number> = {};
  let from = 0;
  for (const [name, pattern] of MARKERS) {
    // Each marker is looked for after the one before it: "✓ Completed" also ends earlier steps.
    const index = lines.findIndex((line, i) => i >= from && pattern.test(line.text));
    if (index < 0) return undefined;
    at[name] = lines[index]!.atMs;
    from = index + 1;
  }
  const reported = (pattern: RegExp) => {
    const match = lines.map((line) => pattern.exec(line.text)).find(Boolean);
    if (!match) return undefined;
    return match[2] === 's' ? Number(match[1]) * 1000 : Number(match[1]);
  };
  return {
    startupMs: at.content!,
    contentSyncMs: at.synced! - at.content!,
    buildInfoMs: at.bundle! - at.synced!,
    bundleMs: at.render! - at.bundle!,
    renderMs: at.rendered! - at.render!,
    afterBuildMs: wallMs - at.rendered!,
    checkMs: reported(/entries checked in ([\d.]+) (ms)/),
    pagefindMs: reported(/(?:indexed .* in|search index in) ([\d.]+) ?(ms|s)\b/),
  };
}

export const PHASE_LABELS: [keyof BuildPhases, string][] = [
  ['startupMs', 'start-up and config (check, git)'],
  ['contentSyncMs', 'content sync'],
  ['buildInfoMs', 'types, build info'],
  ['bundleMs', 'bundling (Vite/Rolldown, MDX compile)'],
  ['renderMs', 'rendering pages'],
  ['afterBuildMs', 'after the build (Pagefind), exit'],
];
