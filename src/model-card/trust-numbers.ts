/**
 * Measured numbers of the trust features, shown on the model card page. They come from the
 * scripts named here (docs/INPUT_CHECK.md, docs/TRUST.md); rerun those after changing the
 * model or the check and update these together with the docs.
 */
/** scripts/trust/choose-wording-thresholds.ts: share of right answers per band on the test split. */
export const WORDING_NUMBERS = {
  likely: 'right in 95.7 % of test images',
  probably: 'right in 7 of 7 test images (the band is too narrow to rank)',
  uncertain: 'top class right in 57.7 %, the truth among the two named in 100 %',
};

