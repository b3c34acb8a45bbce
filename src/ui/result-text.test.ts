import { describe, expect, it } from 'vitest';
import type { Classification } from '../core/types';
import { announcement, formatPercent, loadingText } from './result-text';

const result: Classification = {
  probabilities: [
    { label: 'adenocarcinoma', displayName: 'Adenocarcinoma', probability: 0.971 },
    { label: 'benign', displayName: 'Benign tissue', probability: 0.004 },
    { label: 'squamous_cell_carcinoma', displayName: 'Squamous cell carcinoma', probability: 0.025 },
  ],
  top: { label: 'adenocarcinoma', displayName: 'Adenocarcinoma', probability: 0.971 },
  backend: 'wasm',
  timings: { preprocessMs: 5, inferenceMs: 37, totalMs: 42.4 },
  model: { name: 'convnext-lung', version: '1.0.0' },
  source: { width: 768, height: 768 },
};

describe('formatPercent', () => {
  it('shows one decimal and a spaced percent sign', () => {
    expect(formatPercent(0.971)).toBe('97.1 %');
    expect(formatPercent(0.5)).toBe('50.0 %');
    expect(formatPercent(0)).toBe('0.0 %');
    expect(formatPercent(1)).toBe('100.0 %');
  });

  it('rounds to the nearest tenth', () => {
    expect(formatPercent(0.12345)).toBe('12.3 %');
    expect(formatPercent(0.99996)).toBe('100.0 %');
    expect(formatPercent(0.00004)).toBe('0.0 %');
  });

  it('clamps rounding artefacts instead of showing impossible values', () => {
    expect(formatPercent(-1e-9)).toBe('0.0 %');
    expect(formatPercent(1.0000001)).toBe('100.0 %');
    expect(formatPercent(Number.NaN)).toBe('0.0 %');
  });
});

describe('announcement', () => {
  it('names the top class and its percent', () => {
    expect(announcement(result)).toBe('Adenocarcinoma 97.1 %');
  });

  it('uses the top class, not the first in label order', () => {
    const squamous = { label: 'squamous_cell_carcinoma', displayName: 'Squamous cell carcinoma', probability: 0.8 };
    expect(announcement({ ...result, top: squamous })).toBe('Squamous cell carcinoma 80.0 %');
  });
});

describe('loadingText', () => {
  it('describes each stage', () => {
    expect(loadingText('reading-image')).toBe('Reading the image…');
    expect(loadingText('loading-model')).toBe('Loading the model (first use)…');
    expect(loadingText('classifying')).toBe('Classifying…');
  });
});
