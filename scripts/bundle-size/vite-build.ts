// A production build of one target of a checkout (this one or an extracted past commit)
// through Vite's API, into `outDir`, with extra plugins. Never a dev server, so dist/ is
// left alone unless `outDir` points there.
import { join } from 'node:path';
import { build, type Plugin } from 'vite';

export async function viteBuild(root: string, target: 'chrome' | 'firefox', outDir: string, plugins: Plugin[] = []): Promise<void> {
  const saved = { TARGET: process.env.TARGET, NODE_ENV: process.env.NODE_ENV };
  const savedCwd = process.cwd();
  process.env.TARGET = target; // read by the project's vite.config.ts when it loads
  // vite-node (which runs the scripts) sets NODE_ENV=development, and Vite builds for
  // whatever NODE_ENV says: measure the production build that ships.
  process.env.NODE_ENV = 'production';
  process.chdir(root); // the config's page inputs are relative to the working directory
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true }, plugins });
  } finally {
    process.chdir(savedCwd);
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
