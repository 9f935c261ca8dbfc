// Activation names as the command line takes them, and the codes the models switch on.
import { CELU, ELU, LEAKYRELU, RELU, SIGMOID, TANH, TRELU } from './models/layers.js';

export const ACTIVATIONS = { relu: RELU, leakyrelu: LEAKYRELU, elu: ELU, celu: CELU, trelu: TRELU, tanh: TANH, sigmoid: SIGMOID } as const;
export type ActivationName = keyof typeof ACTIVATIONS;

/** What --activation-alpha means for each activation (and its default). */
export const ALPHA_MEANING: Record<ActivationName, [string, number]> = {
  relu: ['unused', 0],
  leakyrelu: ['slope below 0', 0.2],
  elu: ['scale of the negative part', 1],
  celu: ['scale of the negative part (> 0)', 1],
  trelu: ['threshold', 1],
  tanh: ['unused', 0],
  sigmoid: ['unused', 0],
};
