// simple-statistics@7.12.1, src/logit.js (ISC, see LICENSE). Types added from the package's own
// src/logit.d.ts; otherwise as written (the function is its module's default export).
/**
 * The [Logit](https://en.wikipedia.org/wiki/Logit)
 * is the inverse of cumulativeStdLogisticProbability,
 * and is also known as the logistic quantile function.
 *
 * @param {number} p
 * @returns {number} logit
 */
function logit(p: number): number {
    if (p <= 0 || p >= 1) {
        throw new Error("p must be strictly between zero and one");
    }
    return Math.log(p / (1 - p));
}

export default logit;
