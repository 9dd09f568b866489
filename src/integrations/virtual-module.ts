/**
 * The Vite plugin behind each of the build's virtual modules (`virtual:ept/…`): it answers for one
 * module id and hands Vite the module's text. The integrations that pass data to the pages this
 * way (content-check.ts, entry-history.ts) each make theirs here.
 */
import { exactRegex } from '@rolldown/pluginutils';
import type { Plugin } from 'vite';

export interface VirtualModule {
  /** The id Vite resolves the module to, for finding it in the dev server's module graph. */
  resolvedId: string;
  plugin: Plugin;
}

/**
 * A plugin serving `source()` as the module `id`; `source` is called each time the module is loaded.
 * Its hooks carry filters, so the bundler calls them for this module alone rather than for every
 * one of the build's thousands of modules.
 */
export function virtualModule(id: `virtual:ept/${string}`, source: () => string): VirtualModule {
  const resolvedId = `\0${id}`;
  return {
    resolvedId,
    plugin: {
      name: `ept-${id.slice('virtual:ept/'.length)}`,
      // The handlers check the id too: a host that ignores filters still gets the right answer.
      resolveId: {
        filter: { id: exactRegex(id) },
        handler: (requested) => (requested === id ? resolvedId : undefined),
      },
      load: {
        filter: { id: exactRegex(resolvedId) },
        handler: (requested) => (requested === resolvedId ? source() : undefined),
      },
    },
  };
}
