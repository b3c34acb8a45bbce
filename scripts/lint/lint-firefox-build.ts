// Runs Mozilla's addons-linter (what `web-ext lint` runs, and what addons.mozilla.org runs
// on every upload) on dist/firefox. Errors and notices fail; a warning fails unless it is
// one of the reviewed ones below, each explained in docs/STORE_LINT.md.
//
//   npm run lint:firefox      (after npm run build:firefox)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ACCEPTED_WARNINGS, unexpectedFindings, type LinterReport } from './addons-linter-findings';
import { linterBin, root } from './linters';

const build = join(root, 'dist/firefox');
if (!existsSync(join(build, 'manifest.json'))) throw new Error('dist/firefox is missing: run npm run build:firefox first.');
const linter = linterBin('addons-linter/bin/addons-linter');

// addons-linter exits 1 when it finds errors; the JSON report is on stdout either way.
let stdout: string;
try {
  stdout = execFileSync(process.execPath, [linter, '--output', 'json', build], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
} catch (err) {
  stdout = (err as { stdout?: string }).stdout ?? '';
  if (!stdout) throw err;
}
const report = JSON.parse(stdout) as LinterReport;
const unexpected = unexpectedFindings(report, ACCEPTED_WARNINGS);
const accepted = report.warnings.length - unexpected.filter((f) => f.type === 'warning').length;
for (const f of unexpected) console.error(`${f.type.toUpperCase()} ${f.code} ${f.file ?? ''}:${f.line ?? ''} ${f.message}`);
console.log(`addons-linter: ${report.errors.length} errors, ${report.notices.length} notices, ${report.warnings.length} warnings (${accepted} reviewed, see docs/STORE_LINT.md)`);
if (unexpected.length > 0) process.exit(1);
