/** 0.971 → "97.1 %". Always one decimal so the numbers in a column line up. */
export function formatPercent(p: number): string {
  // A probability outside [0, 1] is a rounding artefact; never show "-0.0 %" or "100.2 %".
  const clamped = Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0;
  return `${(clamped * 100).toFixed(1)} %`;
}
