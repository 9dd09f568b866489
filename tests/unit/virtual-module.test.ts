import { describe, expect, it } from 'vitest';
import { virtualModule } from '../../src/integrations/virtual-module.ts';

type Hook = (id: string) => string | undefined;
interface FilteredHook {
  filter: { id: RegExp };
  handler: Hook;
}

describe('virtualModule', () => {
  it('resolves only its own id and loads its text afresh each time', () => {
    let version = 0;
    const { plugin, resolvedId } = virtualModule('virtual:ept/example', () => `export default ${++version};`);
    const resolve = plugin.resolveId as unknown as FilteredHook;
    const load = plugin.load as unknown as FilteredHook;
    expect(plugin.name).toBe('ept-example');
    expect(resolvedId).toBe('\0virtual:ept/example');
    expect(resolve.handler('virtual:ept/example')).toBe(resolvedId);
    expect(resolve.handler('virtual:ept/other')).toBeUndefined();
    expect(load.handler(resolvedId)).toBe('export default 1;');
    expect(load.handler(resolvedId)).toBe('export default 2;');
    expect(load.handler('virtual:ept/example')).toBeUndefined();
  });

  it('asks the bundler to call its hooks for its own id alone', () => {
    const { plugin, resolvedId } = virtualModule('virtual:ept/a.b', () => '');
    const resolve = (plugin.resolveId as unknown as FilteredHook).filter.id;
    const load = (plugin.load as unknown as FilteredHook).filter.id;
    expect(resolve.test('virtual:ept/a.b')).toBe(true);
    expect(resolve.test('virtual:ept/aXb')).toBe(false);
    expect(resolve.test('virtual:ept/a.b.js')).toBe(false);
    expect(resolve.test('/src/pages/x.astro')).toBe(false);
    expect(load.test(resolvedId)).toBe(true);
    expect(load.test('virtual:ept/a.b')).toBe(false);
    expect(load.test('/content/quotes/x.mdx')).toBe(false);
  });
});
