// simple-statistics@7.12.1, src/product.js (ISC, see LICENSE). Types added from the package's own
// src/product.d.ts; otherwise as written (the function is its module's default export).
/**
 * The [product](https://en.wikipedia.org/wiki/Product_(mathematics)) of an array
 * is the result of multiplying all numbers together, starting using one as the multiplicative identity.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x input
 * @return {number} product of all input numbers
 * @example
 * product([1, 2, 3, 4]); // => 24
 */
function product(x: readonly number[]): number {
    let value = 1;
    for (let i = 0; i < x.length; i++) {
        value *= x[i];
    }
    return value;
}

export default product;
