// The tile map page. In "pick" mode (a screenshot of a page no content script can enter) the user
// first drags the region to use.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Rect } from '../core/region-crop';
import { runTiles, type StopReason } from '../core/run-tiles';
import { MAX_TILES, defaultWindowPx, minWindowFor, tileGrid, type ImageScaleSource } from '../core/tile-grid';
import { summariseTiles } from '../core/tile-summary';
import type { StoredImage } from '../shared/tile-map-store';
import type { OverlayState } from '../shared/messages';
import { toErrorInfo } from '../shared/errors';
import { ResultView } from '../ui/ResultView';
import { cropToPng } from './crop-to-png';
import { ScaleControl } from './ScaleControl';
import { TileMapResults } from './TileMapResults';
import { TileMapView, type TileRun } from './TileMapView';
import type { TileMapActions } from './tilemap-api';
import type { ClassName } from './tile-text';
import { plural, t } from '../shared/i18n';

export interface TileMapAppProps {
  /** The id the background stored the image under: the model host cuts the tiles from that copy. */
  storedId: string;
  stored: StoredImage;
  bitmap: ImageBitmap;
  classes: readonly ClassName[];
  actions: TileMapActions;
  /** Nucleus size measured in the image, when the model has a scale calibration: sets the default window. */
  measured?: Extract<ImageScaleSource, { kind: 'measured' }> | null;
}

/** Windows per message: the host cuts them and runs the tissue ones as one model pass. */
const BATCH = 16;
const BUDGETS = [30, 60, 120, 300];

export function TileMapApp({ storedId, stored, bitmap, classes, actions, measured }: TileMapAppProps) {
  const [selection, setSelection] = useState<Rect | null>(null);
  const area = selection ?? { x: 0, y: 0, width: bitmap.width, height: bitmap.height };
  const source: ImageScaleSource = measured ?? stored.scale;
  const defaultPx = defaultWindowPx(source, area.width, area.height);
  const [windowPx, setWindowPx] = useState(defaultWindowPx(source, bitmap.width, bitmap.height));
  const [budgetS, setBudgetS] = useState(120);
  const [opacity, setOpacity] = useState(0.55);
  const [run, setRun] = useState<TileRun | null>(null);
  const [status, setStatus] = useState<{ running: boolean; stopped?: StopReason; elapsedMs?: number; error?: string }>({ running: false });
  const [selectionResult, setSelectionResult] = useState<OverlayState | null>(null);
  const abort = useRef({ aborted: false });

  const minPx = minWindowFor(area.width, area.height);
  const maxPx = Math.min(area.width, area.height);
  const effectivePx = Math.min(Math.max(windowPx, minPx), maxPx);
  const planned = useMemo(() => tileGrid(area.width, area.height, effectivePx), [area.width, area.height, effectivePx]);
  const summary = useMemo(() => (run ? summariseTiles(run.outcomes, classes.map((c) => c.label)) : null), [run, classes]);
  const scale = Math.min(1, 860 / bitmap.width);

  const start = async () => {
    const grid = planned;
    if (grid.tiles.length > MAX_TILES) return;
    abort.current = { aborted: false };
    const signal = abort.current;
    const offset = { x: area.x, y: area.y };
    setSelectionResult(null);
    setRun({ grid, offset, outcomes: grid.tiles.map(() => ({ kind: 'pending' })) });
    setStatus({ running: true });
    const result = await runTiles({
      tiles: grid.tiles,
      classify: async (batch) => {
        const verdicts = await actions.classifyTiles(storedId, batch.map((t) => ({ x: offset.x + t.x, y: offset.y + t.y, size: t.size })));
        return verdicts.map((v) => ({ tissueFraction: v.tissueFraction, probabilities: v.result ? v.result.probabilities.map((p) => p.probability) : null }));
      },
      batchSize: BATCH,
      budgetMs: budgetS * 1000,
      signal,
      now: () => performance.now(),
      onProgress: (outcomes) => setRun({ grid, offset, outcomes: [...outcomes] }),
    });
    const failure = result.outcomes.find((o) => o.kind === 'failed');
    setStatus({ running: false, stopped: result.stopped, elapsedMs: result.elapsedMs, error: failure?.kind === 'failed' ? failure.message : undefined });
  };

  const classifySelection = async () => {
    if (!selection) return;
    setSelectionResult({ kind: 'loading', stage: 'classifying' });
    try {
      const base64 = await cropToPng(bitmap, selection);
      const result = await actions.classifyImage({ base64, mimeType: 'image/png', name: `selection of ${stored.title}` });
      setSelectionResult({ kind: 'result', result });
    } catch (err) {
      setSelectionResult({ kind: 'error', error: toErrorInfo(err) });
    }
  };

  const done = run ? run.outcomes.filter((o) => o.kind !== 'pending').length : 0;
  const total = run?.grid.tiles.length ?? 0;
  const stoppedText = status.stopped === 'cancelled' ? t('tm_cancelled', done - (summary?.notRun ?? 0), total)
    : status.stopped === 'time-budget' ? t('tm_budget_reached', budgetS, summary?.notRun ?? 0)
    : status.stopped === 'failed' ? t('tm_stopped', status.error ?? t('tm_batch_failed'))
    : status.stopped === 'done' ? t('tm_done', total, ((status.elapsedMs ?? 0) / 1000).toFixed(1)) : '';

  return (
    <main>
      <h1>{t('tm_title')}</h1>
      <p class="tm-note">{t('tm_image_line', stored.title, bitmap.width, bitmap.height)} <strong>{t('research_only_short')}</strong></p>
      {stored.pick && <p class="tm-panel" data-testid="tm-pick-help">{t('tm_pick_help')}</p>}
      <div class="tm-layout">
        <div>
          <TileMapView bitmap={bitmap} scale={scale} run={run} classes={classes} opacity={opacity} selection={selection}
            selectable={!status.running} onSelect={(r) => { setSelection(r); setRun(null); setStatus({ running: false }); }} />
          <p class="tm-explain">{t('tm_drag_hint', selection ? t('tm_selected', selection.width, selection.height) : '')}</p>
        </div>
        <div>
          <section class="tm-panel" aria-labelledby="tm-controls-title">
            <h2 id="tm-controls-title">{t('tm_tiles_heading')}</h2>
            <ScaleControl value={effectivePx} min={minPx} max={maxPx} defaultPx={defaultPx} source={source} disabled={status.running}
              tileCount={planned.tiles.length} onChange={setWindowPx} />
            <div class="tm-field">
              <label for="tm-budget">{t('tm_budget')}</label>
              <select id="tm-budget" value={budgetS} disabled={status.running} onChange={(e) => setBudgetS(Number(e.currentTarget.value))}>
                {BUDGETS.map((s) => <option key={s} value={s}>{s < 60 ? t('tm_seconds', s) : plural(s / 60, 'tm_minute', 'tm_minutes')}</option>)}
              </select>
            </div>
            <div class="tm-row">
              <button type="button" class="tm-primary" data-testid="tm-run" disabled={status.running} onClick={() => void start()}>
                {run ? t('tm_run_again') : t('tm_run')}
              </button>
              <button type="button" data-testid="tm-cancel" disabled={!status.running} onClick={() => (abort.current.aborted = true)}>{t('common_cancel')}</button>
              {selection && <button type="button" data-testid="tm-classify-selection" disabled={status.running} onClick={() => void classifySelection()}>{t('tm_classify_selection')}</button>}
            </div>
            {run && (
              <div class="tm-field" style={{ marginTop: '10px' }}>
                <progress max={total} value={done} aria-label={t('tm_progress_label')} data-testid="tm-progress" />
                <p class="tm-explain" aria-live="polite" data-testid="tm-status" data-stopped={status.stopped ?? ''}
                  data-elapsed-ms={status.elapsedMs === undefined ? '' : Math.round(status.elapsedMs)}>
                  {status.running ? t('tm_running', done, total) : stoppedText}
                </p>
              </div>
            )}
          </section>
          {selectionResult && <section class="tm-panel ltc-card" aria-label={t('tm_selection_result')}><ResultView state={selectionResult} headingLevel={2} /></section>}
          <TileMapResults classes={classes} summary={summary} opacity={opacity} onOpacity={setOpacity} />
        </div>
      </div>
    </main>
  );
}
