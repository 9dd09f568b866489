import { describe, expect, it } from 'vitest';
import { virtualModule } from '../../src/integrations/virtual-module.ts';

type Hook = (id: string) => string | undefined;

describe('virtualModule', () => {
  it('resolves only its own id and loads its text afresh each time', () => {
    let version = 0;
    const { plugin, resolvedId } = virtualModule('virtual:ept/example', () => `export default ${++version};`);
    const resolve = plugin.resolveId as Hook;
    const load = plugin.load as Hook;
    expect(plugin.name).toBe('ept-example');
    expect(resolvedId).toBe('\0virtual:ept/example');
    expect(resolve('virtual:ept/example')).toBe(resolvedId);
    expect(resolve('virtual:ept/other')).toBeUndefined();
    expect(load(resolvedId)).toBe('export default 1;');
    expect(load(resolvedId)).toBe('export default 2;');
    expect(load('virtual:ept/example')).toBeUndefined();
  });
});
