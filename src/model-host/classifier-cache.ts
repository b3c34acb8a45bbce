// Loads the classifier lazily, once per backend choice, and reloads after a failure
// (a later request retries instead of being stuck with a broken promise).
import * as tf from './tfjs';
import { createClassifier, type Classifier } from '../core/classifier';
import type { ModelMetadata } from '../core/model-metadata';
import { ClassifierError } from '../shared/errors';
import type { BackendPreference } from '../shared/messages';
import { selectBackend } from './select-backend';
import { t } from '../shared/i18n';

let current: { preference: BackendPreference; classifier: Promise<Classifier> } | null = null;

/** Cold-start steps as performance marks, read by the benchmark (docs/PERFORMANCE.md, "Cold start"). */
export const mark = (name: string, startTime?: number) => void performance.mark(`host:${name}`, startTime === undefined ? undefined : { startTime });

async function load(preference: BackendPreference, baseUrl: string): Promise<Classifier> {
  try {
    mark('backend-start');
    await selectBackend(preference, `${baseUrl}wasm/`);
    mark('backend-ready');
    const response = await fetch(`${baseUrl}model/metadata.json`);
    const metadata = (await response.json()) as ModelMetadata;
    const classifier = await createClassifier(tf, {
      model: `${baseUrl}model/model.json`,
      metadata,
      onProgress: (fraction) => fraction >= 1 && mark('weights-fetched'),
      // The first request is already waiting when the model loads: it sets up the operators.
      warmUp: false,
    });
    mark('classifier-ready'); // loaded and compiled
    return classifier;
  } catch (err) {
    throw new ClassifierError('model-load-failed', t('error_model_load', (err as Error).message));
  }
}

export function getClassifier(preference: BackendPreference, baseUrl: string): Promise<Classifier> {
  if (current && current.preference !== preference) {
    const old = current.classifier;
    current = null;
    void old.then((c) => c.dispose(), () => undefined);
  }
  if (!current) {
    const classifier = load(preference, baseUrl);
    current = { preference, classifier };
    classifier.catch(() => {
      if (current?.classifier === classifier) current = null;
    });
  }
  return current.classifier;
}
