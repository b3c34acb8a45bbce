// One checksum that names the model's exact weights: sha256 over the lines
// "<file> <sha256>\n" of metadata.json's weight list, in order. Anyone can recompute it
// from the model files (`sha256sum model/*.bin model/model.json` gives the inputs).
import type { ModelMetadata } from './model-metadata';

export function modelChecksumInput(metadata: Pick<ModelMetadata, 'weights'>): string {
  return metadata.weights.map((w) => `${w.file} ${w.sha256}\n`).join('');
}

export async function sha256Hex(data: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function modelChecksum(metadata: Pick<ModelMetadata, 'weights'>): Promise<string> {
  return sha256Hex(new TextEncoder().encode(modelChecksumInput(metadata)));
}
