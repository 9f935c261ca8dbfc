// simple-statistics@7.12.1, src/cumulative_std_logistic_probability.js (ISC, see LICENSE). Types added from the package's own
// src/cumulative_std_logistic_probability.d.ts; otherwise as written (the function is its module's default export).
/**
 * **[Logistic Cumulative Distribution Function](https://en.wikipedia.org/wiki/Logistic_distribution)**
 *
 * @param {number} x
 * @returns {number} cumulative standard logistic probability
 */
function cumulativeStdLogisticProbability(x: number): number {
    return 1 / (Math.exp(-x) + 1);
}

export default cumulativeStdLogisticProbability;
