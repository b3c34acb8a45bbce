// The explained image with its heat map, an opacity slider and the strongest region in words (a
// map is never colour only). The caption names the method: a class-activation map and Grad-CAM
// can disagree.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Explanation } from '../shared/messages';
import type { HeatMapMethod } from '../core/heat-map';
import { drawHeatMap, strongestRegion } from './heat-map-colours';
import { t, type MessageKey } from '../shared/i18n';

const METHOD_NAMES: Record<HeatMapMethod, MessageKey> = {
  'class-activation': 'heat_method_class_activation',
  'grad-cam': 'heat_method_grad_cam',
};

const SIZE = 224;

export function HeatMapView({ explanation }: { explanation: Explanation }) {
  const [opacity, setOpacity] = useState(0.6);
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    drawHeatMap(ctx, explanation.heatMap, opacity, document.createElement('canvas'));
    // Lets tests (and anyone inspecting) know the pixels for this opacity are on the canvas.
    canvas.current!.setAttribute('data-opacity', String(opacity));
  }, [explanation, opacity]);
  const region = strongestRegion(explanation.heatMap);
  // The long side is SIZE; a zoomed image's map keeps the image's proportions.
  const aspect = explanation.aspect ?? 1;
  const width = Math.round(aspect >= 1 ? SIZE : SIZE * aspect);
  const height = Math.round(aspect >= 1 ? SIZE / aspect : SIZE);
  const windows = explanation.heatMap.windows?.length;
  return (
    <figure class="ltc-heat" data-testid="ltc-heat-map" data-method={explanation.heatMap.method}>
      <div class="ltc-heat-stack" style={{ width: `${width}px`, height: `${height}px` }}>
        <img src={explanation.image} width={width} height={height} alt="" />
        <canvas ref={canvas} width={width} height={height} data-testid="ltc-heat-canvas" aria-hidden="true" />
      </div>
      <figcaption class="ltc-heat-caption" data-testid="ltc-heat-caption">
        {t('heat_caption', t(METHOD_NAMES[explanation.heatMap.method]), explanation.displayName, region)}
        {windows ? ` ${t('heat_windows_note', windows)}` : ''}
      </figcaption>
      <label class="ltc-heat-opacity">
        {t('heat_opacity')}
        <input type="range" min={0} max={100} step={5} value={Math.round(opacity * 100)} data-testid="ltc-heat-opacity"
          onInput={(e) => setOpacity(Number((e.target as HTMLInputElement).value) / 100)} />
      </label>
    </figure>
  );
}
