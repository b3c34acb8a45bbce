// The body shared by the page overlay and the popup: progress, the result with one bar per
// class, or the error. The same component serves both so they always say the same thing.
import type { ClassProbability, Classification } from '../core/types';
import type { ErrorInfo } from '../shared/errors';
import type { OverlayState } from '../shared/messages';
import { NotAssessable } from './NotAssessable';
import { announcement, formatPercent, loadingText, type LoadingStage } from './result-text';
import type { TrustActions } from './trust-actions';
import { TrustPanel } from './TrustPanel';
import { t } from '../shared/i18n';
import { checkReason } from '../shared/core-words-text';

export interface ResultViewProps {
  state: OverlayState;
  /** Level of the result/error heading, so it fits under the host's own title (h2 or h1). */
  headingLevel?: 2 | 3;
  trust?: TrustActions;
}

export function ResultView({ state, headingLevel = 3, trust }: ResultViewProps) {
  return (
    <div class="ltc-result">
      {/* Rendered in every state so it already exists when its text changes: screen readers
          only announce changes to live regions that were in the tree before the change. */}
      <p class="ltc-live" aria-live="polite" aria-atomic="true" data-testid="ltc-announcement">
        {liveText(state)}
      </p>
      {state.kind === 'loading' && <Loading stage={state.stage} />}
      {state.kind === 'result' && <Result result={state.result} headingLevel={headingLevel} trust={trust} />}
      {state.kind === 'error' && <Failure error={state.error} headingLevel={headingLevel} />}
    </div>
  );
}

function liveText(state: OverlayState): string {
  switch (state.kind) {
    case 'loading':
      return loadingText(state.stage);
    case 'result':
      return state.result.inputCheck?.assessable === false ? t('result_not_assessable_reason', checkReason(state.result.inputCheck) ?? '') : announcement(state.result);
    case 'error':
      return state.error.message;
  }
}

function Loading({ stage }: { stage: LoadingStage }) {
  const text = loadingText(stage);
  return (
    <div class="ltc-loading">
      {/* No aria-valuenow: an indeterminate progress bar. The live region speaks the text,
          so the visible text below is hidden from screen readers to avoid saying it twice. */}
      <div class="ltc-progress" role="progressbar" aria-busy="true" aria-label={text}>
        <div class="ltc-progress-bar" />
      </div>
      <p class="ltc-loading-text" aria-hidden="true">
        {text}
      </p>
    </div>
  );
}

function Result({ result, headingLevel, trust }: { result: Classification; headingLevel: 2 | 3; trust?: TrustActions }) {
  const check = result.inputCheck;
  if (check && !check.assessable) {
    return (
      <NotAssessable check={check} headingLevel={headingLevel}>
        <Answer result={result} headingLevel={headingLevel} trust={trust} />
      </NotAssessable>
    );
  }
  return <Answer result={result} headingLevel={headingLevel} trust={trust} />;
}

function Answer({ result, headingLevel, trust }: { result: Classification; headingLevel: 2 | 3; trust?: TrustActions }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div>
      <Heading class="ltc-top">
        <span data-testid="ltc-top-class">{result.top.displayName}</span>
        <span class="ltc-top-sep"> — </span>
        <span class="ltc-pct">{formatPercent(result.top.probability)}</span>
      </Heading>
      <ul class="ltc-probs" aria-label={t('result_probabilities_label')}>
        {result.probabilities.map((p) => (
          <ProbabilityRow key={p.label} p={p} />
        ))}
      </ul>
      {result.model.labelsGuessed && (
        <p class="ltc-shift-note" role="note" data-testid="ltc-labels-guessed">
          {t('result_labels_guessed')}
        </p>
      )}
      <TrustPanel result={result} actions={trust} />
      <p class="ltc-meta" data-testid="ltc-backend">
        {t('result_timing', result.backend.toUpperCase(), Math.round(result.timings.totalMs))}
      </p>
      <p class="ltc-note">{t('research_only')}</p>
    </div>
  );
}

/** Plain text carries the value; the bar is hidden from assistive technology (a <meter> is read twice, inconsistently). */
function ProbabilityRow({ p }: { p: ClassProbability }) {
  const width = `${Math.min(100, Math.max(0, p.probability * 100))}%`;
  return (
    <li class="ltc-prob">
      <div class="ltc-prob-line">
        <span class="ltc-prob-name">{p.displayName}</span>
        <span class="ltc-pct ltc-prob-pct" data-testid={`ltc-prob-${p.label}`}>
          {formatPercent(p.probability)}
        </span>
      </div>
      <div class="ltc-bar" aria-hidden="true">
        {/* A style object, not a string: Preact sets it through the CSSOM, which a page's
            Content-Security-Policy does not block (inline style attributes can be). */}
        <div class="ltc-bar-fill" data-label={p.label} style={{ width }} />
      </div>
    </li>
  );
}

function Failure({ error, headingLevel }: { error: ErrorInfo; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="ltc-error" role="alert" data-code={error.code}>
      <svg class="ltc-error-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5" />
        <path d="M8 4.2v4.6" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        <circle cx="8" cy="11.4" r="0.95" fill="currentColor" />
      </svg>
      <div>
        <Heading class="ltc-error-title">{t('result_error_title')}</Heading>
        <p class="ltc-error-message" data-testid="ltc-error">
          {error.message}
        </p>
      </div>
    </div>
  );
}
