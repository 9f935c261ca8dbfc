/** Jest runs the TypeScript sources directly through @swc/jest (CommonJS output). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.c?ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
    // packages that ship only ES modules, which generated code of the corpus imports at run time
    '^.+/node_modules/(?:is-any-array|ml-array-sum)/.+\\.m?js$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(?:is-any-array|ml-array-sum)/)'],
  moduleNameMapper: {
    '^tsgrad/runtime$': '<rootDir>/runtime/index.ts',
    '^tsgrad$': '<rootDir>/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // compiler/frontend/typescript.cts, compiler/emit/babel-*.cts and cli/code-frame.cts, which
    // the build emits as .cjs
    '^(\\.{1,2}/(?:.*/)?)(typescript|babel-types|babel-generator|code-frame)\\.cjs$': '$1$2.cts',
  },
  testTimeout: 60000,
  // temporary files of the run go below one directory, removed at the end
  globalSetup: '<rootDir>/test/support/temp-setup.cjs',
  globalTeardown: '<rootDir>/test/support/temp-teardown.cjs',
  // (Jest's own cache stays with the install, not in the system's temporary directory)
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
};
