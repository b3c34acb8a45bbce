/** What the result view may ask of its host (popup or overlay) beyond showing a result. */
import type { Explanation } from '../shared/messages';

export interface TrustActions {
  /** Computes a heat map of the classified image, on request. */
  explain?: () => Promise<Explanation>;
  /** Opens the model card page. */
  openModelCard?: () => void;
}
