/** Jest's globalTeardown: removes the run's temporary directory (see temp-setup.cjs). */
const { rmSync } = require('node:fs');

module.exports = async function teardown() {
  const dir = process.env.TSGRAD_TEST_TMPDIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
};
