/** Name, version and weight checksum of the bundled model, read once from model/metadata.json. */
import { modelChecksum } from '../core/model-checksum';
import type { ModelIdentity } from '../core/history-entry';
import type { ModelMetadata } from '../core/model-metadata';
import { browser } from '../shared/browser-api';

let cached: Promise<ModelIdentity> | null = null;

async function load(): Promise<ModelIdentity> {
  const response = await fetch(browser.runtime.getURL('model/metadata.json'));
  if (!response.ok) throw new Error(`model/metadata.json could not be read (HTTP ${response.status})`);
  const metadata = (await response.json()) as ModelMetadata;
  return { name: metadata.name, version: metadata.version, checksum: await modelChecksum(metadata) };
}

export function modelIdentity(): Promise<ModelIdentity> {
  cached ??= load().catch((err: unknown) => {
    cached = null; // try again next time rather than keep a failure
    throw err;
  });
  return cached;
}
