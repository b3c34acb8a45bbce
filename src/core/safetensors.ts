// Reader for the safetensors format (8-byte little-endian header length, a JSON header,
// then raw little-endian tensors). Training writes the trained weights in it: it is a
// plain, documented layout that needs no parser library and no Python to read.
export interface NamedTensor {
  shape: number[];
  data: Float32Array;
}

export type WeightMap = Map<string, NamedTensor>;

export function readSafetensors(bytes: Uint8Array): WeightMap {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = Number(view.getBigUint64(0, true));
  if (headerLength <= 0 || 8 + headerLength > bytes.byteLength) throw new Error('safetensors: bad header length');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Record<
    string,
    { dtype: string; shape: number[]; data_offsets: [number, number] }
  >;
  const base = 8 + headerLength;
  const out: WeightMap = new Map();
  for (const [name, info] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    if (info.dtype !== 'F32') throw new Error(`safetensors: ${name} has dtype ${info.dtype}, expected F32`);
    const [begin, end] = info.data_offsets;
    const count = info.shape.reduce((a, b) => a * b, 1);
    if (end - begin !== count * 4) throw new Error(`safetensors: ${name} size does not match its shape`);
    // Copy: the source offset need not be 4-byte aligned.
    const data = new Float32Array(count);
    new Uint8Array(data.buffer).set(bytes.subarray(base + begin, base + end));
    out.set(name, { shape: info.shape, data });
  }
  return out;
}
