/** The popup's one action: send the chosen file to the background for classification. */
import { MAX_FILE_BYTES } from '../core/image-limits';
import type { Classification } from '../core/types';
import { bytesToBase64 } from '../shared/base64';
import { ClassifierError } from '../shared/errors';
import { sendToBackground } from '../shared/send-to-background';
import { t } from '../shared/i18n';

export async function classifyInExtension(file: Blob & { name?: string }): Promise<Classification> {
  const name = file.name || 'Pasted image';
  if (file.size > MAX_FILE_BYTES) {
    throw new ClassifierError('too-large', t('error_file_too_large', name, (file.size / 1e6).toFixed(0), MAX_FILE_BYTES / 1e6));
  }
  const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  return sendToBackground('classify-image', { image: { base64, mimeType: file.type, name } });
}
