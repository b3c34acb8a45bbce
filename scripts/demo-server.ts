// Serves the demo page and sample images on 127.0.0.1, on two ports so one image is
// cross-origin (second port, deliberately without CORS headers). Also serves the error
// cases the tests use: a 404, an HTML page labelled image/jpeg, and a slow image.
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.json': 'application/json',
  '.pdf': 'application/pdf', '.map': 'application/json',
};

/** URL path → file, only inside demo/ and the tissue fixtures. */
function resolveFile(path: string): string | null {
  const clean = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  if (clean === '/' || clean === '/index.html') return join(root, 'demo/index.html');
  if (clean.startsWith('/demo/')) return join(root, clean);
  if (clean.startsWith('/images/')) return join(root, 'tests/fixtures/tissue', clean.slice('/images/'.length));
  // The deep-zoom demo's viewer, from the installed package (no CDN: nothing leaves 127.0.0.1).
  if (clean.startsWith('/vendor/openseadragon/')) return join(root, 'node_modules/openseadragon/build/openseadragon', clean.slice('/vendor/openseadragon/'.length));
  return null;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok((server.address() as AddressInfo).port));
  });
}

export interface DemoServer {
  origin: string;
  crossOrigin: string;
  close(): Promise<void>;
}

export async function startDemoServer(port = 0, crossPort = 0): Promise<DemoServer> {
  let crossOrigin = '';
  const handler = (cross: boolean) => createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/config.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      res.end(`window.DEMO_CROSS_ORIGIN = ${JSON.stringify(crossOrigin)};`);
      return;
    }
    if (url.pathname === '/errors/not-an-image.jpg') {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      res.end('<!doctype html><title>Login required</title><p>Please log in.</p>');
      return;
    }
    // ?delay=<ms> (at most 10 s): a slow image server, so tests can act while an image is in flight.
    const delay = Math.min(Number(url.searchParams.get('delay') ?? 0) || 0, 10_000);
    if (delay > 0) {
      url.searchParams.delete('delay');
      setTimeout(() => handle(url, res, cross), delay);
      return;
    }
    handle(url, res, cross);
  });
  const handle = (url: URL, res: ServerResponse, cross: boolean) => {
    const file = resolveFile(url.pathname);
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (cross) headers['x-served-by'] = 'second-origin'; // and no Access-Control-Allow-Origin
    res.writeHead(200, headers);
    res.end(readFileSync(file));
  };
  const main = handler(false);
  const second = handler(true);
  const mainPort = await listen(main, port);
  const secondPort = await listen(second, crossPort);
  crossOrigin = `http://127.0.0.1:${secondPort}`;
  return {
    origin: `http://127.0.0.1:${mainPort}`,
    crossOrigin,
    close: () => Promise.all([main, second].map((s) => new Promise<void>((ok) => { s.closeAllConnections(); s.close(() => ok()); }))).then(() => undefined),
  };
}
