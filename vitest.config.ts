import { defineConfig } from 'vitest/config';

const ci = process.env['CI'] === 'true';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // In CI a JSON report lets .ci/run print the plain "N passed, N failed" line CI reads.
    reporters: ci ? ['default', ['json', { outputFile: '.tmp/vitest-report.json' }]] : ['default'],
  },
});
