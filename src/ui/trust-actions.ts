/** What the result view may ask of its host (popup or overlay) beyond showing a result. */
import type { Explanation } from '../shared/messages';

export interface TrustActions {
  explain?: () => Promise<Explanation>;
  openModelCard?: () => void;
}
