// The toolbar popup: classify an image the user chooses, drops or pastes. All extension
// plumbing sits behind `actions`, so the component also runs on a plain page (preview, tests).
import type { TargetedDragEvent, TargetedEvent } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Classification } from '../core/types';
import { errorInfoFrom, type ErrorInfo } from '../shared/errors';
import type { Explanation, OverlayState } from '../shared/messages';
import { ResultView } from '../ui/ResultView';
import { t } from '../shared/i18n';

export interface PopupActions {
  classify(file: Blob & { name?: string }): Promise<Classification>;
  explain?(file: Blob & { name?: string }): Promise<Explanation>;
  openModelCard?(): void;
}

export interface PopupProps {
  actions: PopupActions;
}

type ImageFile = Blob & { name?: string };

interface Chosen {
  /** Object URL of the thumbnail; null when there is nothing displayable (not an image). */
  url: string | null;
  alt: string;
  state: OverlayState;
  file?: ImageFile;
}

export function Popup({ actions }: PopupProps) {
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // Identifies the latest choice: a slow answer for an earlier image must not overwrite it.
  const latest = useRef(0);

  const fail = useCallback((error: ErrorInfo) => {
    latest.current++;
    setChosen({ url: null, alt: '', state: { kind: 'error', error } });
  }, []);

  const accept = useCallback(
    (file: ImageFile, alt: string) => {
      if (!file.type.startsWith('image/')) {
        fail({ code: 'not-an-image', message: file.name ? t('popup_not_image_named', file.name) : t('popup_not_image') });
        return;
      }
      const id = ++latest.current;
      setChosen({ url: URL.createObjectURL(file), alt, file, state: { kind: 'loading', stage: 'classifying' } });
      const settle = (state: OverlayState) => {
        if (id === latest.current) setChosen((c) => c && { ...c, state });
      };
      actions.classify(file).then(
        (result) => settle({ kind: 'result', result }),
        (err: unknown) => settle({ kind: 'error', error: errorInfoFrom(err) }),
      );
    },
    [actions, fail],
  );

  // Each thumbnail URL is released when it is replaced and when the popup closes.
  const url = chosen?.url;
  useEffect(() => {
    if (!url) return;
    return () => URL.revokeObjectURL(url);
  }, [url]);

  // Answers that arrive after the popup is gone are dropped.
  useEffect(
    () => () => {
      latest.current++;
    },
    [],
  );

  // Paste works wherever focus is in the popup, so it listens on the whole document.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const data = event.clipboardData;
      if (!data) return;
      event.preventDefault();
      const files = filesOf(data);
      const image = files.find(isImage);
      if (image) accept(image, t('popup_pasted_image'));
      else if (files[0]) accept(files[0], files[0].name);
      else fail({ code: 'not-an-image', message: t('popup_clipboard_empty') });
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [accept, fail]);

  const onChange = (event: TargetedEvent<HTMLInputElement>) => {
    const el = event.currentTarget;
    const file = el.files?.[0];
    // Cleared so choosing the same file again still fires a change.
    el.value = '';
    if (file) accept(file, file.name || t('popup_chosen_image'));
  };

  // The whole popup takes drops: a file dropped next to the zone would otherwise make the
  // popup navigate to it.
  const onDragOver = (event: TargetedDragEvent<HTMLDivElement>) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (event: TargetedDragEvent<HTMLDivElement>) => {
    const to = event.relatedTarget;
    if (to instanceof Node && event.currentTarget.contains(to)) return;
    setDragging(false);
  };
  const onDrop = (event: TargetedDragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = event.dataTransfer ? Array.from(event.dataTransfer.files) : [];
    const file = files.find(isImage) ?? files[0];
    if (file) accept(file, file.name || t('popup_dropped_image'));
    else
      fail({
        code: 'not-an-image',
        message: t('popup_drop_nothing'),
      });
  };

  return (
    <div class="ltc-card ltc-popup" onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
      <h1 class="ltc-popup-title">{t('app_title')}</h1>
      {/* A real button: focusable, and Enter and Space open the picker without extra code. */}
      <button
        type="button"
        class={dragging ? 'ltc-drop ltc-drop--active' : 'ltc-drop'}
        onClick={() => input.current?.click()}
      >
        <svg class="ltc-drop-icon" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            d="M12 16V4m0 0L7.5 8.5M12 4l4.5 4.5M4 15v3.5A1.5 1.5 0 0 0 5.5 20h13a1.5 1.5 0 0 0 1.5-1.5V15"
            fill="none"
            stroke="currentColor"
            stroke-width="1.8"
            stroke-linecap="round"
            stroke-linejoin="round"
          />
        </svg>
        <span>{t('popup_drop_label')}</span>
        <span class="ltc-drop-hint">{t('popup_drop_formats')}</span>
      </button>
      <input
        ref={input}
        type="file"
        accept="image/*"
        hidden
        tabIndex={-1}
        data-testid="ltc-file-input"
        onChange={onChange}
      />
      {chosen?.url && <img class="ltc-thumb" src={chosen.url} alt={chosen.alt} />}
      {chosen && (
        <div class="ltc-popup-result">
          <ResultView
            state={chosen.state}
            headingLevel={2}
            trust={{
              explain: actions.explain && chosen.file ? () => actions.explain!(chosen.file!) : undefined,
              openModelCard: actions.openModelCard,
            }}
          />
        </div>
      )}
      <p class="ltc-footer">{t('popup_footer')}</p>
    </div>
  );
}

function isImage(file: File): boolean {
  return file.type.startsWith('image/');
}

/** Files on the clipboard: `items` is where browsers put pasted screenshots, `files` a fallback. */
function filesOf(data: DataTransfer): File[] {
  const fromItems = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.getAsFile())
    .filter((file): file is File => file !== null);
  return fromItems.length > 0 ? fromItems : Array.from(data.files);
}
