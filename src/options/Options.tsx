// The options page: each setting a labelled radio group, saved at once; the background reads
// settings per request and open cards follow `watchSettings`, so nothing needs a reload.
import { strictnessWords } from '../ui/input-check-words';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { t } from '../shared/i18n';

export interface SettingsStore {
  read(): Promise<Settings>;
  write(change: Partial<Settings>): Promise<Settings>;
  watch(onChange: (s: Settings) => void): () => void;
}

type Choice<K extends keyof Settings> = { value: Settings[K]; label: string; help?: string };

// Functions, not constants: the words are read when the page renders, in the user's language.
const BACKENDS = (): Choice<'backend'>[] => [
  { value: 'auto', label: t('options_backend_auto'), help: t('options_backend_auto_help') },
  { value: 'webgpu', label: t('options_backend_webgpu'), help: t('options_backend_webgpu_help') },
  { value: 'wasm', label: t('options_backend_wasm') },
];
const TTA = (): Choice<'tta'>[] => [
  { value: false, label: t('options_off'), help: t('options_tta_off_help') },
  { value: true, label: t('options_on'), help: t('options_tta_on_help') },
];
const POSITIONS = (): Choice<'overlayPosition'>[] => [
  { value: 'auto', label: t('options_position_auto') },
  { value: 'right', label: t('options_position_right') },
  { value: 'left', label: t('options_position_left') },
  { value: 'over', label: t('options_position_over') },
];
const HISTORY = (): Choice<'historyEnabled'>[] => [
  { value: true, label: t('options_history_on'), help: t('options_history_on_help') },
  { value: false, label: t('options_history_off'), help: t('options_history_off_help') },
];
const STRICTNESS = (): Choice<'inputCheck'>[] => [
  { value: 'off', label: t('options_off'), help: t('options_check_off_help') },
  { value: 'lenient', label: t('options_check_lenient'), help: t('options_check_lenient_help', strictnessWords('lenient')) },
  { value: 'standard', label: t('options_check_standard'), help: strictnessWords('standard') },
  { value: 'strict', label: t('options_check_strict'), help: t('options_check_strict_help', strictnessWords('strict')) },
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
    store.read().then(setSettings, (err: Error) => setSaved(t('options_read_failed', err.message)));
    return store.watch(setSettings);
  }, [store]);

  const change = (c: Partial<Settings>) =>
    store.write(c).then(
      (next) => { setSettings(next); setSaved(t('options_saved')); },
      (err: Error) => setSaved(t('options_not_saved', err.message)),
    );

  return (
    <main class="ltc-card ltc-options">
      <h1>{t('options_title')}</h1>
      <p class="ltc-option-help">{t('options_intro')}</p>
      {settings && (
        <form onSubmit={(e) => e.preventDefault()}>
          <Group name="backend" legend={t('options_group_backend')} choices={BACKENDS()} settings={settings} onChange={change} />
          <Group name="tta" legend={t('options_group_tta')} choices={TTA()} settings={settings} onChange={change} />
          <Group name="overlayPosition" legend={t('options_group_position')} choices={POSITIONS()} settings={settings} onChange={change} />
          <Group name="historyEnabled" legend={t('options_group_history')} choices={HISTORY()} settings={settings} onChange={change} />
          <Group name="inputCheck" legend={t('options_group_check')} choices={STRICTNESS()} settings={settings} onChange={change} />
        </form>
      )}
      <p class="ltc-saved" role="status" aria-live="polite" data-testid="options-status">{saved}</p>
      <p class="ltc-note">{t('options_note')}</p>
    </main>
  );
}
