/** The model's name, version and the SHA-256 of every bundled file, from its metadata (both model card pages). */
import type { ModelMetadata } from '../core/model-metadata';
import { t } from '../shared/i18n';
import { richMessage } from '../ui/rich-message';

export function ChecksumsSection({ metadata }: { metadata: ModelMetadata }) {
  return (
    <>
      <h2>{t('mc_checksums')}</h2>
      <p>{richMessage('mc_version_line', <code>{metadata.name}</code>, <code data-testid="mc-version">{metadata.version}</code>)}</p>
      <table>
        <caption>{t('mc_files_caption')}</caption>
        <thead><tr><th scope="col">{t('mc_column_file')}</th><th scope="col">{t('mc_column_bytes')}</th><th scope="col">{t('mc_column_sha256')}</th></tr></thead>
        <tbody>
          {metadata.weights.map((w) => (
            <tr key={w.file}><th scope="row">{w.file}</th><td>{w.bytes.toLocaleString('en')}</td><td><code class="mc-hash" data-testid="mc-sha256">{w.sha256}</code></td></tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
