// The download cap, against a real HTTP server: an endless chunked response (no
// Content-Length) is cut off at the cap, not after the timeout, and the server sees the
// connection close. (Node's fetch has no HTTP cache: the cache mode is tested in the
// browser, hardening-bad-inputs.e2e.test.ts.)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../core/image-limits';
import { fetchImageBytes } from './fetch-image-bytes';

let server: Server;
let origin = '';
let endlessSent = 0;
let endlessClosed = false;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/endless.jpg') {
      res.writeHead(200, { 'content-type': 'image/jpeg' }); // chunked: no Content-Length
      const chunk = Buffer.alloc(1 << 20, 0xff);
      const push = () => {
        while (!res.destroyed && res.write(chunk)) endlessSent += chunk.length;
        if (!res.destroyed) res.once('drain', () => { endlessSent += chunk.length; push(); });
      };
      res.on('close', () => { endlessClosed = true; });
      push();
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

it('stops an endless chunked download at the cap, long before the timeout', async () => {
  const started = Date.now();
  await expect(fetchImageBytes(`${origin}/endless.jpg`)).rejects.toMatchObject({ code: 'too-large', message: expect.stringMatching(/larger than 42 MB \(the download was stopped there\)/) });
  expect(Date.now() - started).toBeLessThan(15_000);
  await expect.poll(() => endlessClosed, { timeout: 10_000 }).toBe(true);
  const sentAtClose = endlessSent;
  // The server counts a chunk once the socket took it, so its count can trail the client's by one chunk.
  expect(sentAtClose).toBeGreaterThanOrEqual(MAX_FILE_BYTES);
  // What was sent is the cap plus what sat in socket buffers, not 20 s of a local server.
  expect(sentAtClose).toBeLessThan(MAX_FILE_BYTES + 64 * 2 ** 20); // a loaded machine buffers more
});

