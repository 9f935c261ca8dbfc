// Finding 1 (refused, message and hint misread the program): a module-level string constant read by a
// differentiated function (nlp.ngramLogistic hashes the character trigrams of a fixed sentence).
//
// Expected: the README's rule for strings at module level ("a constant of another type, a string, is refused:
// TSG1002"), said in these words: 'TEXT' is a string constant, which tsgrad does not read inside a differentiated
// function; hint: pass it as a parameter (a string parameter is inactive data), or hash it outside into an
// Int32Array of indices.
// Actual (`npx tsgrad compile trial43/repro/string_constant_hint.ts`):
//   21:23 - error TSG1008: 'TEXT' is an array kept at module level: tsgrad reads such an array only as a constant
//   table, which no function writes
//   hint: allocate the buffer inside the function (const TEXT = new Float64Array(n)), or take it as a parameter
// TEXT is neither an array nor written by any function, and the hint would replace a sentence by a buffer of zeros.
// Taking it as a parameter (charFeaturesParam), as the hint's second half says, is refused too, as an object:
//   26:23 - error TSG1002: property access 'text.length' is not supported
//   hint: read numbers from parameters, … pass numbers and arrays of numbers as parameters instead of objects
// so no form of the hint compiles; the one that does is hashing outside into an Int32Array of bucket indices.
const TEXT = 'tsgrad';

export function charFeatures(w: Float64Array): number {
  let z = 0;
  for (let i = 0; i < TEXT.length; i++) z += w[TEXT.charCodeAt(i) % w.length];
  return z * z;
}
export function charFeaturesParam(w: Float64Array, text: string): number {
  let z = 0;
  for (let i = 0; i < text.length; i++) z += w[text.charCodeAt(i) % w.length];
  return z * z;
}
