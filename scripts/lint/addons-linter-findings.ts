/** Sorts addons-linter's findings into reviewed warnings and everything else. */

export interface LinterFinding {
  type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
}

export interface LinterReport {
  errors: LinterFinding[];
  warnings: LinterFinding[];
  notices: LinterFinding[];
}

export interface AcceptedWarning {
  code: string;
  /** Matched against the finding's file in the build (hashed chunk names vary). */
  file: RegExp;
  /** One line; the full reason is in docs/STORE_LINT.md. */
  why: string;
}

export const ACCEPTED_WARNINGS: AcceptedWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\/jsxRuntime-[\w-]+\.js$/,
    why: "Preact's own dangerouslySetInnerHTML support; the extension never passes that prop.",
  },
];

/** Every error and notice, and each warning not matched by an accepted one. */
export function unexpectedFindings(report: LinterReport, accepted: AcceptedWarning[]): LinterFinding[] {
  const isAccepted = (f: LinterFinding) => accepted.some((a) => a.code === f.code && a.file.test(f.file ?? ''));
  return [...report.errors, ...report.notices, ...report.warnings.filter((f) => !isAccepted(f))];
}
