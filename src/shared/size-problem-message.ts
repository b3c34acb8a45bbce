/** The words for an image core's size check refuses, with the limits from their one source. */
import { MAX_PIXELS, MIN_SIDE, type SizeProblem } from '../core/image-limits';
import { t } from './i18n';

export function sizeProblemMessage({ code, width, height }: NonNullable<SizeProblem>): string {
  return code === 'too-small'
    ? t('error_image_too_small', width, height, MIN_SIDE)
    : t('error_image_too_large', width, height, ((width * height) / 1e6).toFixed(0), MAX_PIXELS / 1e6);
}
