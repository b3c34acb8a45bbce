// Builds one target of a checkout with Vite's API (production build, into a temporary
// folder, so dist/ is left alone) and measures its JavaScript: the chunk that holds TF.js
// (Chrome: the offscreen document's; Firefox: the one the event page imports on first use)
// and every chunk together.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { moduleSizes, type ChunkSizes } from './module-sizes';
import { viteBuild } from './vite-build';

export interface TargetSizes {
  /** The chunk with tfjs-core in it: what the inference host parses before its first answer. */
  inferenceChunk: { fileName: string; bytes: number; gzipBytes: number; parts: Record<string, number> };
  /** The WebGPU backend when it is a chunk of its own (loaded only with an adapter); 0 when it is not. */
  webgpuChunkBytes: number;
  allJsBytes: number;
}

export async function measureBuild(root: string, target: 'chrome' | 'firefox'): Promise<TargetSizes> {
  const outDir = mkdtempSync(join(tmpdir(), `ltc-bundle-${target}-`));
  let chunks: (ChunkSizes & { code: string })[] = [];
  try {
    await viteBuild(root, target, outDir, [moduleSizes((c) => { chunks = c; })]);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  const tf = chunks.find((c) => '@tensorflow/tfjs-core' in c.parts);
  if (!tf) throw new Error(`No chunk of the ${target} build contains @tensorflow/tfjs-core.`);
  return {
    inferenceChunk: { fileName: tf.fileName, bytes: tf.bytes, gzipBytes: gzipSync(tf.code, { level: 9 }).length, parts: tf.parts },
    webgpuChunkBytes: chunks.find((c) => c !== tf && '@tensorflow/tfjs-backend-webgpu' in c.parts)?.bytes ?? 0,
    allJsBytes: chunks.reduce((sum, c) => sum + c.bytes, 0),
  };
}
