/**
 * The model card inside the extension: what the model is, its data, metrics, limits,
 * intended use, version and checksums — from the bundled metadata.json, so it always
 * describes the model that is actually installed.
 */
import { ChecksumsSection } from './ChecksumsSection';
import { ModelCardTitle } from './ModelCardTitle';
import wording from '../../training/artifacts/wording-bands.json';
import type { ModelMetadata } from '../core/model-metadata';
import { formatPercent } from '../ui/result-text';
import { modelMetrics, type SplitMetrics } from './model-metrics';
import { inputCheckSentence } from '../core/input-check-numbers';
import { ShiftSection } from './ShiftSection';

const pct = (v: number | undefined) => (v === undefined ? 'not measured' : formatPercent(v));

export function ModelCard({ metadata }: { metadata: ModelMetadata }) {
  const m = modelMetrics(metadata);
  const params = (metadata.training as { parameters?: number } | undefined)?.parameters;
  return (
    <article class="mc">
      <ModelCardTitle metadata={metadata} />

      <h2>What it is</h2>
      <p>
        A small convolutional network (ConvNeXt{params ? `, ${(params / 1e6).toFixed(2)} M parameters` : ''}) that sorts a
        {' '}{metadata.input.width}×{metadata.input.height} colour image of H&amp;E-stained lung tissue into one of three classes:
        {' '}{metadata.displayNames.join(', ')}. It runs entirely in your browser; no image leaves your device.
      </p>

      <h2>Intended use</h2>
      <ul>
        <li>Teaching and learning histopathology; exploring figures in papers and datasets.</li>
        <li><strong>Not</strong> for diagnosis, triage or any clinical decision; not for tissue other than lung or stains other than H&amp;E.</li>
      </ul>

      <h2>Data</h2>
      <p>
        LC25000, lung subset (Borkowski et al., 2019): 12,722 images at 224×224 from one hospital, made by augmenting about 750
        original images. The split keeps all copies of one original together (train 8,669 / validation 2,448 / test 1,605 images),
        so the test numbers are on tissue the model has never seen.
      </p>

      <h2>How well it works (group-held-out test split)</h2>
      <MetricsTable test={m.test} val={m.val} tta={m.test_tta8} />
      {m.test?.per_class && (
        <table>
          <caption>Per class, test split</caption>
          <thead><tr><th scope="col">Class</th><th scope="col">Precision</th><th scope="col">Recall</th><th scope="col">Images</th></tr></thead>
          <tbody>
            {metadata.labels.map((label, i) => {
              const c = m.test!.per_class![label];
              return c && <tr key={label}><th scope="row">{metadata.displayNames[i]}</th><td>{pct(c.precision)}</td><td>{pct(c.recall)}</td><td>{c.support}</td></tr>;
            })}
          </tbody>
        </table>
      )}
      <p>Its known weak spot: adenocarcinoma and squamous cell carcinoma are confused with each other; benign tissue is almost always right.</p>

      <h2>How to read a result</h2>
      <ul>
        <li>Probabilities are temperature-calibrated (T = {metadata.temperature.toFixed(3)}, fitted on the validation split) and always shown as numbers.</li>
        {/* Figures from training/artifacts/wording-bands.json, the source the docs quote too. */}
        <li data-testid="mc-wording">
          <strong>“Likely …”</strong> when the top probability is at least {formatPercent(wording.thresholds.single.likelyFrom)}
          {' '}({formatPercent(wording.thresholds.tta.likelyFrom)} with test-time augmentation): right in {formatPercent(wording.test.single.bands[0].accuracy)} of
          {' '}test images; <strong>“Uncertain: A or B”</strong> below it: top class right in {formatPercent(wording.test.single.bands[1].accuracy)}, the truth
          {' '}among the two named in {formatPercent(wording.test.single.bands[1].top2)}. Thresholds chosen on the validation split.
          {' '}<strong>“Probably …”</strong> replaces “Likely …” for an image unlike the training images.
        </li>
        <li>
          <strong>“Not assessable”</strong>: an input check refuses images that are too small, blank, mostly background, greyscale,
          noise, drawings, charts and screenshots, and images whose two stains are not haematoxylin and eosin (immunohistochemistry,
          trichromes, silver, fluorescence). At the default strictness it {inputCheckSentence()}. A score on the model's own features
          flags answers for images unlike the H&amp;E images it was trained on.
        </li>
        <li>
          <strong>Test-time augmentation</strong> (setting): the 8 flips and rotations are classified together and averaged;
          “8 of 8 views agree” says how stable the answer is. Test accuracy {pct(m.test?.accuracy)} → {pct(m.test_tta8?.accuracy)} with it.
        </li>
        <li><strong>Heat map</strong> (an exact class-activation map, computed on your device; Grad-CAM for imported models): where the model found evidence for its answer. It shows what the model used, not what is medically relevant.</li>
      </ul>

      <ShiftSection metadata={metadata} />

      <h2>Limits</h2>
      <ul>
        <li>
          Trained on one institution, one scanner and stain protocol, one magnification. Training on re-stained and shrunken
          images and zooming narrow that gap but were measured on made-up shifts only: expect worse results on real images from
          other laboratories, frozen sections, other organs and other stains.
        </li>
        <li>Whole images are squashed to {metadata.input.width}×{metadata.input.height} unless they are zoomed into; a figure with several panels is classified as one image.</li>
        <li>The calibration was fitted on validation images and transfers imperfectly to new source images.</li>
      </ul>

      <ChecksumsSection metadata={metadata} />
    </article>
  );
}

function MetricsTable({ test, val, tta }: { test?: SplitMetrics; val?: SplitMetrics; tta?: SplitMetrics }) {
  if (!test) return <p>No evaluation numbers are bundled with this model.</p>;
  return (
    <table>
      <caption>Accuracy and macro-F1</caption>
      <thead><tr><th scope="col">Split</th><th scope="col">Images</th><th scope="col">Accuracy</th><th scope="col">Macro-F1</th><th scope="col">Calibration error (ECE)</th></tr></thead>
      <tbody>
        <tr><th scope="row">Test</th><td>{test.n}</td><td data-testid="mc-test-accuracy">{pct(test.accuracy)}</td><td>{test.macro_f1.toFixed(3)}</td><td>{test.ece_15?.toFixed(3) ?? '—'}</td></tr>
        {tta && <tr><th scope="row">Test, 8-view TTA</th><td>{tta.n}</td><td>{pct(tta.accuracy)}</td><td>{tta.macro_f1.toFixed(3)}</td><td>{tta.ece_15?.toFixed(3) ?? '—'}</td></tr>}
        {val && <tr><th scope="row">Validation</th><td>{val.n}</td><td>{pct(val.accuracy)}</td><td>{val.macro_f1.toFixed(3)}</td><td>{val.ece_15?.toFixed(3) ?? '—'}</td></tr>}
      </tbody>
    </table>
  );
}
