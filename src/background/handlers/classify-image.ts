/** Popup upload/drop/paste → the inference host. */
import type { Handler } from '../../shared/dispatch';
import { backendPreference } from '../backend-preference';
import { runOptions } from '../run-options';
import { inferenceHost } from '#inference-host';

export const classifyImage: Handler<'classify-image'> = async ({ image }) =>
  inferenceHost.run(image, await backendPreference(), await runOptions());
