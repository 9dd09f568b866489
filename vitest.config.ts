import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // unit/ mirrors src/lib; tools/ runs the command-line tools and git; repo/ reads the repository's own
    // files (the guide, the CI workflows); build/ builds fixture sites.
    include: ['tests/{unit,tools,repo,build}/**/*.test.ts'],
    // Build tests run `astro build` on fixture trees: give them room, and not too many at once on 2 cores.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
  },
});
