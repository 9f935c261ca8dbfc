/** @babel/generator's print function, however the module system hands the CommonJS package over. */
import generatorModule from './babel-generator.cjs';

type Generate = typeof import('@babel/generator').default;

export const generate: Generate =
  (generatorModule as unknown as { default?: Generate }).default ?? (generatorModule as unknown as Generate);
