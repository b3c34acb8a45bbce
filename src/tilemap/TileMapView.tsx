// The image with its colour map, a selection rectangle and a tooltip per tile that the arrow keys
// move and screen readers hear.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent, TargetedPointerEvent } from 'preact';
import { classColour } from '../core/class-colours';
import type { Rect } from '../core/region-crop';
import type { TileGrid } from '../core/tile-grid';
import type { TileOutcome } from '../core/tile-summary';
import { tileText, type ClassName } from './tile-text';
import { t } from '../shared/i18n';

export interface TileRun {
  grid: TileGrid;
  offset: { x: number; y: number };
  outcomes: TileOutcome[];
}

export interface TileMapViewProps {
  bitmap: ImageBitmap;
  scale: number;
  run: TileRun | null;
  classes: readonly ClassName[];
  opacity: number;
  selection: Rect | null;
  selectable: boolean;
  onSelect(rect: Rect | null): void;
}

export function TileMapView({ bitmap, scale, run, classes, opacity, selection, selectable, onSelect }: TileMapViewProps) {
  const imageCanvas = useRef<HTMLCanvasElement>(null);
  const overlayCanvas = useRef<HTMLCanvasElement>(null);
  const [active, setActive] = useState<number | null>(null);
  const [drag, setDrag] = useState<{ x: number; y: number; rect: Rect } | null>(null);
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);

  useEffect(() => {
    const ctx = imageCanvas.current!.getContext('2d')!;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, width, height);
  }, [bitmap, width, height]);

  useEffect(() => {
    const ctx = overlayCanvas.current!.getContext('2d')!;
    ctx.clearRect(0, 0, width, height);
    if (!run) return;
    for (const tile of run.grid.tiles) {
      const out = run.outcomes[tile.index];
      if (out.kind === 'classified') ctx.fillStyle = classColour(classes[out.top]?.label ?? '', out.top);
      else if (out.kind === 'not-run' || out.kind === 'failed') ctx.fillStyle = 'rgba(90, 98, 108, 0.55)';
      else continue;
      ctx.fillRect((run.offset.x + tile.x) * scale, (run.offset.y + tile.y) * scale, tile.size * scale, tile.size * scale);
    }
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.lineWidth = 1;
    for (const tile of run.grid.tiles) {
      if (run.outcomes[tile.index].kind !== 'classified') continue;
      ctx.strokeRect((run.offset.x + tile.x) * scale + 0.5, (run.offset.y + tile.y) * scale + 0.5, tile.size * scale - 1, tile.size * scale - 1);
    }
  }, [run, classes, scale, width, height]);

  const tileAt = (px: number, py: number): number | null => {
    if (!run) return null;
    const x = px / scale - run.offset.x;
    const y = py / scale - run.offset.y;
    let found: number | null = null;
    for (const t of run.grid.tiles) if (x >= t.x && x < t.x + t.size && y >= t.y && y < t.y + t.size) found = t.index;
    return found;
  };
  const local = (e: TargetedPointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return { x: Math.min(Math.max(e.clientX - box.left, 0), width), y: Math.min(Math.max(e.clientY - box.top, 0), height) };
  };
  const toImage = (r: Rect): Rect => ({ x: Math.round(r.x / scale), y: Math.round(r.y / scale), width: Math.round(r.width / scale), height: Math.round(r.height / scale) });

  const onPointerDown = (e: TargetedPointerEvent<HTMLDivElement>) => {
    if (!selectable || e.button !== 0) return;
    const p = local(e);
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ ...p, rect: { ...p, width: 0, height: 0 } });
  };
  const onPointerMove = (e: TargetedPointerEvent<HTMLDivElement>) => {
    const p = local(e);
    if (drag) setDrag({ ...drag, rect: { x: Math.min(drag.x, p.x), y: Math.min(drag.y, p.y), width: Math.abs(p.x - drag.x), height: Math.abs(p.y - drag.y) } });
    else setActive(tileAt(p.x, p.y));
  };
  const onPointerUp = () => {
    if (!drag) return;
    const r = drag.rect;
    setDrag(null);
    onSelect(r.width >= 8 && r.height >= 8 ? toImage(r) : null);
  };
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (!run) return;
    const { cols, tiles } = run.grid;
    const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -cols, ArrowDown: cols, Home: -Infinity, End: Infinity };
    if (!(e.key in moves)) return;
    e.preventDefault();
    const next = (active ?? -1) + moves[e.key];
    setActive(Math.min(Math.max(Number.isFinite(next) ? next : next > 0 ? tiles.length - 1 : 0, 0), tiles.length - 1));
  };

  const activeTile = run && active !== null ? run.grid.tiles[active] : null;
  const activeText = activeTile && run ? tileText(activeTile, run.outcomes[activeTile.index], classes) : '';
  const shown = drag?.rect ?? (selection ? { x: selection.x * scale, y: selection.y * scale, width: selection.width * scale, height: selection.height * scale } : null);
  const tilesJson = run
    ? JSON.stringify(run.grid.tiles.map((tile) => {
        const o = run.outcomes[tile.index];
        return { x: run.offset.x + tile.x, y: run.offset.y + tile.y, size: tile.size, kind: o.kind, label: o.kind === 'classified' ? classes[o.top]?.label : null };
      }))
    : '[]';

  return (
    <div>
      <div
        class="tm-stage"
        style={{ width: `${width}px`, height: `${height}px` }}
        tabIndex={0}
        role="application"
        aria-roledescription={t('tm_stage_role')}
        aria-label={run ? t('tm_stage_label', run.grid.cols, run.grid.rows) : t('tm_stage_label_image')}
        data-testid="tm-stage"
        data-tiles={tilesJson}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerLeave={() => !drag && setActive(null)}
        onKeyDown={onKeyDown}
      >
        <canvas ref={imageCanvas} width={width} height={height} aria-hidden="true" />
        <canvas ref={overlayCanvas} class="tm-overlay" width={width} height={height} style={{ opacity }} aria-hidden="true" />
        {shown && <div class="tm-selection" data-testid="tm-selection" style={{ left: `${shown.x}px`, top: `${shown.y}px`, width: `${shown.width}px`, height: `${shown.height}px` }} />}
        {activeTile && run && (
          <div
            class="tm-tooltip"
            role="tooltip"
            data-testid="tm-tooltip"
            style={{
              left: `${Math.min((run.offset.x + activeTile.x) * scale, Math.max(0, width - 320))}px`,
              top: `${(run.offset.y + activeTile.y + activeTile.size) * scale + 4}px`,
            }}
          >
            {activeText}
          </div>
        )}
      </div>
      <p class="sr-only" aria-live="polite">{activeText}</p>
    </div>
  );
}
