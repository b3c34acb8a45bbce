// How far an image's pooled features lie from the training images': a Mahalanobis distance
// under probabilistic PCA (training/fit_input_check.py). Other organs and other laboratories'
// H&E are "unlike" too, so it flags answers rather than refusing them.
export interface FeatureScore {
  layer: string;
  encoding: 'float32le-base64';
  dimensions: number;
  mean: string;
  components: string;
  variances: string;
  restVariance: number;
  unlikeAbove: number;
}

interface Decoded {
  mean: Float32Array;
  components: Float32Array;
  variances: Float32Array;
}

const decoded = new WeakMap<FeatureScore, Decoded>();

function float32(base64: string): Float32Array {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const view = new DataView(bytes.buffer);
  return Float32Array.from({ length: bytes.length / 4 }, (_, i) => view.getFloat32(i * 4, true));
}

function decode(p: FeatureScore): Decoded {
  let d = decoded.get(p);
  if (!d) {
    d = { mean: float32(p.mean), components: float32(p.components), variances: float32(p.variances) };
    if (d.mean.length !== p.dimensions || d.components.length !== d.variances.length * p.dimensions) {
      throw new Error('model metadata: featureScore arrays do not match its dimensions');
    }
    decoded.set(p, d);
  }
  return d;
}

export function featureDistance(features: Float32Array, p: FeatureScore, offset = 0): number {
  const { mean, components, variances } = decode(p);
  const n = p.dimensions;
  const centred = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    centred[i] = features[offset + i] - mean[i];
    total += centred[i] * centred[i];
  }
  let inPlane = 0;
  let distance = 0;
  for (let k = 0; k < variances.length; k++) {
    let proj = 0;
    for (let i = 0; i < n; i++) proj += components[k * n + i] * centred[i];
    inPlane += proj * proj;
    distance += (proj * proj) / variances[k];
  }
  return distance + Math.max(0, total - inPlane) / p.restVariance;
}

/** Median distance over a batch of feature rows (zoom windows): one odd window does not decide. */
export function medianFeatureDistance(features: Float32Array, rows: number, p: FeatureScore): number {
  const d = Array.from({ length: rows }, (_, r) => featureDistance(features, p, r * p.dimensions)).sort((a, b) => a - b);
  return rows % 2 ? d[(rows - 1) / 2] : (d[rows / 2 - 1] + d[rows / 2]) / 2;
}
