/** The built runtime, the same module instance the transpiled generated code imports. */
export * from '../../dist/runtime/index.js';
