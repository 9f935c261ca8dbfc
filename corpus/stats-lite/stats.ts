// stats-lite@2.2.0, stats.js (MIT, see LICENSE). Types added; the functions behind
// `module.exports.sum`, `.mean`, `.populationVariance`, `.sampleVariance` and `.sampleStdev` are
// written as `export function`, with the helpers they call; `require("isnumber")` as an import.
import isNumber from "isnumber"

function numbers(vals: any): number[] {
  var nums = []
  if (vals == null)
    return nums

  for (var i = 0; i < vals.length; i++) {
    if (isNumber(vals[i]))
      nums.push(+vals[i])
  }
  return nums
}

export function sum(vals: number[]): number {
  vals = numbers(vals)
  var total = 0
  for (var i = 0; i < vals.length; i++) {
    total += vals[i]
  }
  return total
}

export function mean(vals: number[]): number {
  vals = numbers(vals)
  if (vals.length === 0) return NaN
  return (sum(vals) / vals.length)
}

function valuesMinusMeanSquared(vals: number[]): number[] {
  vals = numbers(vals)
  var avg = mean(vals)
  var diffs = []
  for (var i = 0; i < vals.length; i++) {
    diffs.push(Math.pow((vals[i] - avg), 2))
  }
  return diffs
}

export function populationVariance(vals: number[]): number {
  return mean(valuesMinusMeanSquared(vals))
}

export function sampleVariance(vals: number[]): number {
  var diffs = valuesMinusMeanSquared(vals)
  if (diffs.length <= 1) return NaN

  return sum(diffs) / (diffs.length - 1)
}

export function sampleStdev(vals: number[]): number {
  return Math.sqrt(sampleVariance(vals))
}
