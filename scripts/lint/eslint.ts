// `npm run lint`: ESLint with the architecture rules (tools/lint/eslint.config.js) over the
// repository; extra arguments go to ESLint (`npm run lint -- --fix`).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { linterBin, root } from './linters';

const args = process.argv.slice(2).filter((a) => a !== '--');
const config = join(root, 'tools/lint/eslint.config.js');
const run = spawnSync(process.execPath, [linterBin('eslint/bin/eslint.js'), '-c', config, '--max-warnings', '0', ...(args.length ? args : ['.'])], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
