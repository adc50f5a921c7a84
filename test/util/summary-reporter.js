// Jest reporter that ends the run with the suites that were skipped and why (describeWithShared and the
// conformance tests put the reason in the suite name), then one plain closing line:
// `jest: N passed, N failed, N skipped`.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skippedSuites = new Set();
    for (const file of results.testResults) {
      for (const t of file.testResults) {
        if (t.status === 'pending' && t.ancestorTitles.length > 0) skippedSuites.add(t.ancestorTitles[0]);
      }
    }
    const lines = [...skippedSuites].sort().map((s) => `skipped suite: ${s}`);
    const skipped = results.numPendingTests + results.numTodoTests;
    lines.push(`jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`);
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}
module.exports = SummaryReporter;
