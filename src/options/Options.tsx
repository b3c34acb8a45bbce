/**
 * The options page: every user setting of src/shared/settings.ts as labelled radio groups
 * (fieldset + legend, so screen readers name each group). A change is saved at once and
 * takes effect without a reload: the background reads settings on every request and the
 * page overlays follow `watchSettings`.
 */
import { strictnessLine } from '../core/input-check-numbers';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';

export interface SettingsStore {
  read(): Promise<Settings>;
  write(change: Partial<Settings>): Promise<Settings>;
  watch(onChange: (s: Settings) => void): () => void;
}

type Choice<K extends keyof Settings> = { value: Settings[K]; label: string; help?: string };

const BACKENDS: Choice<'backend'>[] = [
  { value: 'auto', label: 'Automatic', help: 'WebGPU on a hardware GPU, otherwise WebAssembly.' },
  { value: 'webgpu', label: 'WebGPU', help: 'Even on a software adapter (much slower); falls back to WebAssembly where WebGPU is missing.' },
  { value: 'wasm', label: 'WebAssembly (CPU)' },
];
const TTA: Choice<'tta'>[] = [
  { value: false, label: 'Off', help: 'One pass: fastest.' },
  { value: true, label: 'On', help: 'Averages the 8 flips and rotations of the image and reports how many agree; slower.' },
];
const POSITIONS: Choice<'overlayPosition'>[] = [
  { value: 'auto', label: 'Automatic (beside the image where there is room)' },
  { value: 'right', label: 'Right of the image' },
  { value: 'left', label: 'Left of the image' },
  { value: 'over', label: 'Over the image (top-left corner)' },
];
const HISTORY: Choice<'historyEnabled'>[] = [
  { value: true, label: 'Keep a history', help: 'Stored on this device only: thumbnail, result, page and image address, time. At most 200 entries.' },
  { value: false, label: 'Do not keep a history', help: 'Existing entries stay until you delete them in the popup.' },
];
const STRICTNESS: Choice<'inputCheck'>[] = [
  { value: 'off', label: 'Off', help: 'Classify every image, even if it does not look like H&E tissue.' },
  { value: 'lenient', label: 'Lenient', help: `Also accepts figures with white margins, labels or scale bars (up to 80 % background). ${strictnessLine('lenient')}` },
  { value: 'standard', label: 'Standard (recommended)', help: strictnessLine('standard') },
  { value: 'strict', label: 'Strict', help: `Refuses anything that is not clearly H&E tissue. ${strictnessLine('strict')}` },
];

function Group<K extends keyof Settings>(props: { name: K; legend: string; choices: Choice<K>[]; settings: Settings; onChange: (c: Partial<Settings>) => void }) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.choices.map((c) => (
        <label key={String(c.value)}>
          <input
            type="radio"
            name={props.name}
            value={String(c.value)}
            checked={props.settings[props.name] === c.value}
            onChange={() => props.onChange({ [props.name]: c.value } as Partial<Settings>)}
            data-testid={`option-${props.name}-${String(c.value)}`}
          />
          <span>
            {c.label}
            {c.help && <span class="ltc-option-help">{c.help}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function Options({ store }: { store: SettingsStore }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    store.read().then(setSettings, (err: Error) => setSaved(`The settings could not be read: ${err.message}`));
    return store.watch(setSettings);
  }, [store]);

  const change = (c: Partial<Settings>) =>
    store.write(c).then(
      (next) => { setSettings(next); setSaved('Saved. The change applies to the next classification.'); },
      (err: Error) => setSaved(`Not saved: ${err.message}`),
    );

  return (
    <main class="ltc-card ltc-options">
      <h1>Lung tissue classifier — options</h1>
      <p class="ltc-option-help">Changes are saved as you make them and apply without reloading.</p>
      {settings && (
        <form onSubmit={(e) => e.preventDefault()}>
          <Group name="backend" legend="Where the model runs" choices={BACKENDS} settings={settings} onChange={change} />
          <Group name="tta" legend="Test-time augmentation" choices={TTA} settings={settings} onChange={change} />
          <Group name="overlayPosition" legend="Result card position on web pages" choices={POSITIONS} settings={settings} onChange={change} />
          <Group name="historyEnabled" legend="History" choices={HISTORY} settings={settings} onChange={change} />
          <Group name="inputCheck" legend="Input check (is this an H&E tissue image?)" choices={STRICTNESS} settings={settings} onChange={change} />
        </form>
      )}
      <p class="ltc-saved" role="status" aria-live="polite" data-testid="options-status">{saved}</p>
      <p class="ltc-note">Research and education use only — not for diagnosis. Nothing leaves this device.</p>
    </main>
  );
}
