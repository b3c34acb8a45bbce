/** The model's name, version and the SHA-256 of every bundled file, from its metadata (both model card pages). */
import type { ModelMetadata } from '../core/model-metadata';

export function ChecksumsSection({ metadata }: { metadata: ModelMetadata }) {
  return (
    <>
      <h2>Version and checksums</h2>
      <p>Model <code>{metadata.name}</code> version <code data-testid="mc-version">{metadata.version}</code>.</p>
      <table>
        <caption>Bundled files (SHA-256)</caption>
        <thead><tr><th scope="col">File</th><th scope="col">Bytes</th><th scope="col">SHA-256</th></tr></thead>
        <tbody>
          {metadata.weights.map((w) => (
            <tr key={w.file}><th scope="row">{w.file}</th><td>{w.bytes.toLocaleString('en')}</td><td><code class="mc-hash" data-testid="mc-sha256">{w.sha256}</code></td></tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
