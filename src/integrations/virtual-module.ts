/**
 * The Vite plugin behind each of the build's virtual modules (`virtual:ept/…`): it answers for one
 * module id and hands Vite the module's text. The integrations that pass data to the pages this
 * way (content-check.ts, entry-history.ts) each make theirs here.
 */
import type { Plugin } from 'vite';

export interface VirtualModule {
  /** The id Vite resolves the module to, for finding it in the dev server's module graph. */
  resolvedId: string;
  plugin: Plugin;
}

/** A plugin serving `source()` as the module `id`; `source` is called each time the module is loaded. */
export function virtualModule(id: `virtual:ept/${string}`, source: () => string): VirtualModule {
  const resolvedId = `\0${id}`;
  return {
    resolvedId,
    plugin: {
      name: `ept-${id.slice('virtual:ept/'.length)}`,
      resolveId: (requested: string) => (requested === id ? resolvedId : undefined),
      load: (requested: string) => (requested === resolvedId ? source() : undefined),
    },
  };
}
