/**
 * Shapes of "Classify all images on this page": what the content script finds, what the
 * background reports while it works through them, and the badge each image gets.
 */
import * as v from 'valibot';
import { list, num, oneOf, record, text } from '../core/schema-parts';

/** A page listing thousands must not keep the extension fetching for an hour. */
export const MAX_BATCH_IMAGES = 100;
export const MAX_CANDIDATES = 1000;
const count = () => v.pipe(num(0, 1e6), v.integer('expected a whole number'));

/** Only what the page shows (`currentSrc`; http(s), data:, blob:), checked on arrival: the content script speaks for the page. */
export const ImageCandidateSchema = record({
  /** Identifies the element in the page for its badge (the page cannot see it). */
  id: text(100),
  srcUrl: v.pipe(text(64 * 1024 * 1024), v.regex(/^(https?:|data:|blob:)/i, 'expected an http(s), data: or blob: address')),
  /** Rendered size in CSS pixels. */
  width: num(0, 1e6),
  height: num(0, 1e6),
  alt: text(4096),
});
export type ImageCandidate = v.InferOutput<typeof ImageCandidateSchema>;

export const PageScanSchema = record({
  candidates: list(ImageCandidateSchema, MAX_CANDIDATES),
  tooSmall: count(),
  /** Hidden images (display: none, zero size, transparent) left out. */
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
  /** For 'done': the top class and its probability. */
  label?: string;
  displayName?: string;
  probability?: number;
  /** For 'not-assessable' and 'error': why, in words. */
  message?: string;
}

export interface BatchStatus {
  tabId: number;
  state: 'idle' | 'scanning' | 'running' | 'done' | 'cancelled' | 'failed';
  items: BatchItem[];
  tooSmall: number;
  hidden: number;
  /** Left out because they showed nothing, or showed it from a file: or other address. */
  notShown: number;
  otherScheme: number;
  overCap: number;
  /** Why the whole batch failed (state 'failed'). */
  message?: string;
}

export const BadgeUpdateSchema = record({
  id: text(100),
  status: BatchItemStatusSchema,
  /** Short text on the badge ("Adenocarcinoma 91 %", "Not assessable"). */
  text: text(200),
});
export type BadgeUpdate = v.InferOutput<typeof BadgeUpdateSchema>;
