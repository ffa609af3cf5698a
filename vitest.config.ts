import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/support/count-reporter.ts'],
    setupFiles: ['./tests/support/property-seed.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
