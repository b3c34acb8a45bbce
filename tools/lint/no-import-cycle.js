// Reports a relative import that leads back to the importing file. A cycle makes the order
// modules load in matter, and two files that need each other are one concept split in two.
// Type-only imports count too: they tie the files' meanings together just the same.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const FROM = /^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.{1,2}\/[^'"?]+)['"]/gm;
const CANDIDATES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
const edges = new Map();

function resolveImport(file, spec) {
  const base = resolve(dirname(file), spec);
  return CANDIDATES.map((ext) => base + ext).find((path) => /\.tsx?$/.test(path) && existsSync(path));
}

function importsOf(file) {
  if (!edges.has(file)) {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    edges.set(file, [...text.matchAll(FROM)].map((m) => resolveImport(file, m[1])).filter(Boolean));
  }
  return edges.get(file);
}

/** A path of files from `start` back to `target`, or null. */
function pathBack(start, target) {
  const seen = new Set();
  const walk = (file, path) => {
    if (file === target) return path;
    if (seen.has(file)) return null;
    seen.add(file);
    for (const next of importsOf(file)) {
      const found = walk(next, [...path, next]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, [start]);
}

export default {
  meta: { type: 'problem', schema: [], messages: { cycle: 'Import cycle: {{cycle}}. Move what both files need into a third.' } },
  create(context) {
    const file = context.filename;
    edges.delete(file); // the text being linted may differ from the file on disk
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = resolveImport(file, spec.split('?')[0]);
      const cycle = target && pathBack(target, file);
      if (cycle) {
        const root = context.cwd;
        context.report({ node, messageId: 'cycle', data: { cycle: [file, ...cycle].map((f) => f.replace(`${root}/`, '')).join(' → ') } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
