/** Keras activation names → TF.js ones, for those whose formulas agree exactly. */
import type { KerasLayer } from './config';

const SAME: Record<string, string> = {
  linear: 'linear',
  relu: 'relu',
  relu6: 'relu6',
  sigmoid: 'sigmoid',
  softmax: 'softmax',
  tanh: 'tanh',
  // Keras's Activation("gelu") is the exact erf form, as is TF.js's 'gelu'.
  gelu: 'gelu',
  elu: 'elu',
  selu: 'selu',
  softplus: 'softplus',
  softsign: 'softsign',
  swish: 'swish',
  silu: 'swish',
  mish: 'mish',
};

export type TfActivation = 'linear' | 'relu' | 'relu6' | 'sigmoid' | 'softmax' | 'tanh' | 'gelu' | 'elu' | 'selu'
  | 'softplus' | 'softsign' | 'swish' | 'mish';

export function tfActivation(layer: KerasLayer, value: unknown = layer.config.activation): TfActivation {
  const name = typeof value === 'string'
    ? value
    : value && typeof value === 'object' && typeof (value as { config?: unknown }).config === 'string'
      ? (value as { config: string }).config
      : value === null || value === undefined ? 'linear' : '';
  const mapped = SAME[name];
  if (!mapped) {
    throw new Error(`layer "${layer.config.name}" (${layer.class_name}) uses activation ${JSON.stringify(value)}, which has no exact TF.js equivalent`);
  }
  return mapped as TfActivation;
}
