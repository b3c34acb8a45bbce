/**
 * A production build of one target of a checkout (this one or an extracted past commit)
 * through Vite's API, into `outDir`, with extra plugins. Never a dev server, so dist/ is
 * left alone unless `outDir` points there.
 */
import { join } from 'node:path';
import { build, type Plugin } from 'vite';

export async function viteBuild(root: string, target: 'chrome' | 'firefox', outDir: string, plugins: Plugin[] = []): Promise<void> {
  const savedTarget = process.env.TARGET;
  const savedCwd = process.cwd();
  process.env.TARGET = target; // read by the project's vite.config.ts when it loads
  process.chdir(root); // the config's page inputs are relative to the working directory
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true }, plugins });
  } finally {
    process.chdir(savedCwd);
    if (savedTarget === undefined) delete process.env.TARGET;
    else process.env.TARGET = savedTarget;
  }
}
