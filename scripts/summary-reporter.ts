import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one closing line that CI and people can read at a glance:
 * `N passed, N failed` (plus `, N skipped` when any test was skipped). A failure outside any test (a
 * module that does not load, a failing beforeAll, an unhandled error) counts as a failure too.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else skipped++;
      }
      for (const suite of module.children.allSuites()) {
        if (suite.state() === 'failed' && [...suite.children.allTests('failed')].length === 0) failedHere++;
      }
      if (module.state() === 'failed' && failedHere === 0) failedHere++;
      failed += failedHere;
    }
    failed += unhandledErrors.length;
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`);
  }
}
