// A Vite plugin that records, for every JavaScript chunk of a build, how many bytes each
// source module contributes after tree-shaking (Rollup's renderedLength, measured before
// minification: shares, not exact minified bytes), grouped by npm package or, for our own
// code, by src/ folder.
import type { Plugin } from 'vite';

export interface ChunkSizes {
  fileName: string;
  bytes: number;
  parts: Record<string, number>;
}

export function partOf(moduleId: string): string {
  const id = moduleId.replace(/\\/g, '/').replace(/^\0/, '');
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg) return pkg[1]!;
  const own = /\/(src\/[^/]+)\//.exec(id);
  if (own) return own[1]!;
  return 'other';
}

export function moduleSizes(onChunks: (chunks: (ChunkSizes & { code: string })[]) => void): Plugin {
  return {
    name: 'module-sizes',
    // writeBundle, not generateBundle: Vite's own plugins still edit chunks (preload
    // lists, import paths) in generateBundle; here the code is what lands on disk.
    enforce: 'post',
    writeBundle(_options, bundle) {
      const chunks: (ChunkSizes & { code: string })[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const parts: Record<string, number> = {};
        for (const [id, info] of Object.entries(output.modules)) {
          const part = partOf(id);
          parts[part] = (parts[part] ?? 0) + info.renderedLength;
        }
        chunks.push({ fileName: output.fileName, bytes: Buffer.byteLength(output.code), parts, code: output.code });
      }
      onChunks(chunks);
    },
  };
}
