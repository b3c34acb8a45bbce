// Shapes of "Classify all images on this page": what the content script finds, what the
// background reports while it works through them, and the badge each image gets.
import * as v from 'valibot';
import { list, num, oneOf, record, text } from '../core/schema-parts';

/** A page listing thousands must not keep the extension fetching for an hour. */
export const MAX_BATCH_IMAGES = 100;
export const MAX_CANDIDATES = 1000;
const count = () => v.pipe(num(0, 1e6), v.integer('expected a whole number'));

/** Only what the page shows (`currentSrc`; http(s), data:, blob:), checked on arrival: the content script speaks for the page. */
export const ImageCandidateSchema = record({
  id: text(100),
  srcUrl: v.pipe(text(64 * 1024 * 1024), v.regex(/^(https?:|data:|blob:)/i, 'expected an http(s), data: or blob: address')),
  width: num(0, 1e6),
  height: num(0, 1e6),
  alt: text(4096),
});
export type ImageCandidate = v.InferOutput<typeof ImageCandidateSchema>;

export const PageScanSchema = record({
  candidates: list(ImageCandidateSchema, MAX_CANDIDATES),
  tooSmall: count(),
  hidden: count(),
  notShown: count(),
  otherScheme: count(),
});
export type PageScan = v.InferOutput<typeof PageScanSchema>;

export const BatchItemStatusSchema = oneOf(['queued', 'running', 'done', 'not-assessable', 'error', 'cancelled']);
export type BatchItemStatus = v.InferOutput<typeof BatchItemStatusSchema>;

export interface BatchItem {
  id: string;
  srcUrl: string;
  alt: string;
  status: BatchItemStatus;
  label?: string;
  displayName?: string;
  probability?: number;
  message?: string;
}

export interface BatchStatus {
  tabId: number;
  state: 'idle' | 'scanning' | 'running' | 'done' | 'cancelled' | 'failed';
  items: BatchItem[];
  tooSmall: number;
  hidden: number;
  notShown: number;
  otherScheme: number;
  overCap: number;
  message?: string;
}

export const BadgeUpdateSchema = record({
  id: text(100),
  status: BatchItemStatusSchema,
  text: text(200),
});
export type BadgeUpdate = v.InferOutput<typeof BadgeUpdateSchema>;
