import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Tests run the TypeScript sources, never dist/: the `cupstage-source` export condition (see each
 * package.json) is resolved first by Vite, by the test processes and by every process they start
 * (worker threads inherit `execArgv`; child processes such as `cupstage` inherit NODE_OPTIONS).
 */
const SOURCE = 'cupstage-source';

export default defineConfig({
  resolve: { conditions: [SOURCE, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE, ...defaultServerConditions] } },
  test: {
    include: [
      'packages/*/src/**/*.test.{ts,tsx}',
      'packages/*/test/**/*.test.ts',
      'bench/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    reporters: ['default', './scripts/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    execArgv: [`--conditions=${SOURCE}`],
    env: { NODE_OPTIONS: `--conditions=${SOURCE}` },
  },
});
