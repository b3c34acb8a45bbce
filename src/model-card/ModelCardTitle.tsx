/** Both model card pages open the same way: the model's name and version, and what it is not for. */
import type { ModelMetadata } from '../core/model-metadata';

export function ModelCardTitle({ metadata }: { metadata: ModelMetadata }) {
  return (
    <>
      <h1>Model card: {metadata.name} {metadata.version}</h1>
      <p class="mc-warning" role="note">
        <strong>Research and education only — not a medical device, not for diagnosis.</strong>
      </p>
    </>
  );
}
