/**
 * Shapes of "Classify all images on this page": what the content script finds, what the
 * background reports while it works through them, and the badge each image gets.
 */
import * as v from 'valibot';
import { oneOf, record, text } from '../core/schema-parts';

/** How the image's URL was found (docs/WORKFLOW.md explains each). */
export type CandidateOrigin = 'current-src' | 'lazy-loaded' | 'data-src';

export interface ImageCandidate {
  /** Identifies the element in the page for its badge (the page cannot see it). */
  id: string;
  srcUrl: string;
  /** Rendered size in CSS pixels. */
  width: number;
  height: number;
  alt: string;
  origin: CandidateOrigin;
}

export interface PageScan {
  candidates: ImageCandidate[];
  /** Visible images left out for being under the minimum size. */
  tooSmall: number;
  /** Hidden images (display: none, zero size, transparent) left out. */
  hidden: number;
}

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
  /** Why the whole batch failed (state 'failed'). */
  message?: string;
}

/** The `batch-badge` request (background → content script). */
export const BadgeUpdateSchema = record({
  id: text(100),
  status: BatchItemStatusSchema,
  /** Short text on the badge ("Adenocarcinoma 91 %", "Not assessable"). */
  text: text(200),
});
export type BadgeUpdate = v.InferOutput<typeof BadgeUpdateSchema>;
