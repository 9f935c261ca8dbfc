// d3-array@3.2.5, dist/d3-array.mjs (src/variance.js, src/deviation.js, src/mean.js, src/sum.js;
// ISC, see LICENSE). Types added, as in @types/d3-array but with `values` an array of numbers.

export function variance(values: number[], valueof?: (d: number, i: number, data: number[]) => number): number | undefined {
  let count = 0;
  let delta;
  let mean = 0;
  let sum = 0;
  if (valueof === undefined) {
    for (let value of values) {
      if (value != null && (value = +value) >= value) {
        delta = value - mean;
        mean += delta / ++count;
        sum += delta * (value - mean);
      }
    }
  } else {
    let index = -1;
    for (let value of values) {
      if ((value = valueof(value, ++index, values)) != null && (value = +value) >= value) {
        delta = value - mean;
        mean += delta / ++count;
        sum += delta * (value - mean);
      }
    }
  }
  if (count > 1) return sum / (count - 1);
}

export function deviation(values: number[], valueof?: (d: number, i: number, data: number[]) => number): number | undefined {
  const v = variance(values, valueof);
  return v ? Math.sqrt(v) : v;
}

export function mean(values: number[], valueof?: (d: number, i: number, data: number[]) => number): number | undefined {
  let count = 0;
  let sum = 0;
  if (valueof === undefined) {
    for (let value of values) {
      if (value != null && (value = +value) >= value) {
        ++count, sum += value;
      }
    }
  } else {
    let index = -1;
    for (let value of values) {
      if ((value = valueof(value, ++index, values)) != null && (value = +value) >= value) {
        ++count, sum += value;
      }
    }
  }
  if (count) return sum / count;
}

export function sum(values: number[], valueof?: (d: number, i: number, data: number[]) => number): number {
  let sum = 0;
  if (valueof === undefined) {
    for (let value of values) {
      if (value = +value) {
        sum += value;
      }
    }
  } else {
    let index = -1;
    for (let value of values) {
      if (value = +valueof(value, ++index, values)) {
        sum += value;
      }
    }
  }
  return sum;
}
