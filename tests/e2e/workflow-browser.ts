/**
 * What each researcher-workflow test file starts with: the demo server and headless
 * Chromium with the built extension (dist/chrome) on the WASM backend. One per file, so a
 * feature's tests run alone (`vitest run -c vitest.e2e.config.ts workflow-batch`) and do not
 * depend on what another feature left in the history.
 */
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { launchWithExtension, setBackend, type ExtensionSession } from './extension-browser';

export async function openWorkflowBrowser(): Promise<{ server: DemoServer; session: ExtensionSession }> {
  const server = await startDemoServer();
  const session = await launchWithExtension();
  await setBackend(session.worker, 'wasm');
  return { server, session };
}

export async function closeWorkflowBrowser(session: ExtensionSession | undefined, server: DemoServer | undefined): Promise<void> {
  await session?.close();
  await server?.close();
}
