/**
 * Jest's globalSetup: every temporary file of the run (tests' mkdtemp, the compiler's, child
 * processes') goes below one directory, which the teardown removes, so that `npm test` leaves
 * nothing behind in the system's temporary directory. Workers and child processes inherit
 * TMPDIR, and os.tmpdir() reads it.
 */
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-test-run-'));
  process.env.TSGRAD_TEST_TMPDIR = dir;
  process.env.TMPDIR = dir;
};
