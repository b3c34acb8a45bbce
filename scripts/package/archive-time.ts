// The one modification time written into every archive entry: SOURCE_DATE_EPOCH when set
// (the reproducible-builds convention), else the time of the commit being packaged, so
// the same commit gives the same bytes on any machine and any day.
import { execFileSync } from 'node:child_process';

export function archiveTime(root: string, env: NodeJS.ProcessEnv = process.env): Date {
  const seconds = env.SOURCE_DATE_EPOCH ?? commitSeconds(root);
  const time = new Date(Number(seconds) * 1000);
  if (Number.isNaN(time.getTime())) throw new Error(`SOURCE_DATE_EPOCH is not a number of seconds: "${seconds}".`);
  return time;
}

function commitSeconds(root: string): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Packaging takes its timestamp from the last commit: run it inside the git checkout, or set SOURCE_DATE_EPOCH.');
  }
}
