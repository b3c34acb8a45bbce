// Reads the variables of a Keras 3 `model.weights.h5` at the class-counter paths h5-paths.ts
// computes; optimizer state is never read.
import * as hdf5 from 'jsfive';
import type { NamedTensor } from '../core/safetensors';

const DATA_LAYOUT_MESSAGE = 0x0008;

export class KerasWeights {
  private readonly file: hdf5.File;
  private readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
      ? (bytes.buffer as ArrayBuffer)
      : (bytes.slice().buffer as ArrayBuffer);
    this.file = new hdf5.File(buffer, 'model.weights.h5');
  }

  vars(path: string): NamedTensor[] {
    const group = this.find(`${path}/vars`);
    if (!(group instanceof hdf5.Group)) return [];
    // Numeric order: "10" must come after "9", which a string sort gets wrong.
    const keys = group.keys.filter((k) => /^\d+$/.test(k)).sort((a, b) => Number(a) - Number(b));
    return keys.map((k) => {
      const ds = group.get(k);
      if (!(ds instanceof hdf5.Dataset)) throw new Error(`${path}/vars/${k} is not a dataset`);
      return { shape: [...ds.shape], data: this.readFloat32(ds, `${path}/vars/${k}`) };
    });
  }

  /** The group or dataset at `path`, or null: jsfive's own get() throws on a missing name. */
  private find(path: string): hdf5.Group | hdf5.Dataset | null {
    let node: hdf5.Group | hdf5.Dataset | null = this.file;
    for (const part of path.split('/')) {
      if (!(node instanceof hdf5.Group) || !node.keys.includes(part)) return null;
      node = node.get(part);
    }
    return node;
  }

  private readFloat32(ds: hdf5.Dataset, where: string): Float32Array {
    if (ds.dtype !== '<f4') throw new Error(`${where} has dtype ${String(ds.dtype)}; only float32 weights are supported`);
    const count = ds.shape.reduce((a, b) => a * b, 1);
    const direct = this.contiguousOffset(ds);
    if (direct !== null) {
      // jsfive decodes element by element into a JS array (8+ bytes per value); for the
      // 100 M-parameter original that costs seconds and gigabytes, so copy raw bytes instead.
      const out = new Float32Array(count);
      new Uint8Array(out.buffer).set(this.bytes.subarray(direct, direct + count * 4));
      return out;
    }
    return Float32Array.from(ds.value);
  }

  private contiguousOffset(ds: hdf5.Dataset): number | null {
    try {
      const msg = ds._dataobjects.find_msg_type(DATA_LAYOUT_MESSAGE)[0];
      const offset = msg?.get('offset_to_message');
      if (offset === undefined) return null;
      const [version, , layoutClass, property] = ds._dataobjects._get_data_message_properties(offset);
      if (version !== 3 || layoutClass !== 1) return null;
      const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
      const address = Number(view.getBigUint64(property, true));
      const count = ds.shape.reduce((a, b) => a * b, 1);
      return address + count * 4 <= this.bytes.byteLength ? address : null;
    } catch {
      return null;
    }
  }
}
