/**
 * A local HTTP server (two origins on 127.0.0.1) for the hardening tests: the bad inputs
 * (generated on the fly from the real fixture tiles), failure modes of a web server
 * (404, 500, never answering, a redirect to the other origin), a beacon that counts what
 * a hostile SVG script would send, test pages, and a log of every request it received.
 * Also an endless chunked image (no Content-Length) and an image that changes at the same
 * address while telling caches to keep it for an hour.
 */
import { readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  TISSUE, animatedGif, bombPng, htmlAsJpeg, onePixelPng, paddedJpeg, readTissuePng, svgWithScript, tissueBytes, truncatedJpeg,
} from '../helpers/bad-images';

export interface HardeningServer {
  origin: string;
  crossOrigin: string;
  /** Every request received: `${origin}${path}`. */
  requests: string[];
  beaconHits(): number;
  /** Bytes of /bad/endless.jpg sent so far, and whether the client has closed it. */
  endless(): { sent: number; closed: boolean };
  close(): Promise<void>;
}

/** The animated GIF's frames: a benign tile first, a squamous cell carcinoma tile second. */
export const GIF_FRAMES = ['benign-lungn726.png', 'squamous_cell_carcinoma-lungscc2148.png'];
/** The 30 MB image behind the data: URL case: this tile plus comment padding. */
export const BIG_TILE = 'benign-lungn726.jpg';
export const FIXTURE_IMAGES = readdirSync(TISSUE).filter((f) => /\.(jpg|png)$/.test(f)).sort();

type Body = { type: string; bytes: Buffer };
const lazy = (make: () => Body) => {
  let cached: Body | null = null;
  return () => (cached ??= make());
};

function badInputs(beacon: string): Record<string, () => Body> {
  return {
    '/bad/truncated.jpg': lazy(() => ({ type: 'image/jpeg', bytes: truncatedJpeg() })),
    '/bad/zero.jpg': lazy(() => ({ type: 'image/jpeg', bytes: Buffer.alloc(0) })),
    '/bad/one-pixel.png': lazy(() => ({ type: 'image/png', bytes: onePixelPng() })),
    '/bad/bomb.png': lazy(() => ({ type: 'image/png', bytes: bombPng() })),
    '/bad/animated.gif': lazy(() => ({ type: 'image/gif', bytes: animatedGif(GIF_FRAMES.map(readTissuePng)) })),
    '/bad/script.svg': lazy(() => ({ type: 'image/svg+xml', bytes: svgWithScript(beacon) })),
    '/bad/html-as.jpg': lazy(() => ({ type: 'image/jpeg', bytes: htmlAsJpeg() })),
    '/bad/big-30mb.jpg': lazy(() => ({ type: 'image/jpeg', bytes: paddedJpeg(BIG_TILE, 30) })),
  };
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{margin:0;font:14px sans-serif} img{width:112px;height:112px;margin:4px;object-fit:cover;vertical-align:top}</style>
</head><body>${body}</body></html>`;
}

/** `/page/grid?from=0&count=10&tag=a`: a grid of fixture tiles, each at its own URL. */
function gridPage(url: URL): string {
  const from = Number(url.searchParams.get('from') ?? 0);
  const count = Number(url.searchParams.get('count') ?? 10);
  const tag = url.searchParams.get('tag') ?? 'a';
  const imgs = FIXTURE_IMAGES.slice(from, from + count)
    .map((f, i) => `<img id="t${i}" src="/images/${f}?tab=${tag}" alt="${f}" style="position:absolute;left:${(i % 2) * 640 + 8}px;top:${Math.floor(i / 2) * 150 + 8}px">`)
    .join('');
  return page(`grid ${tag}`, imgs);
}

export async function startHardeningServer(): Promise<HardeningServer> {
  const requests: string[] = [];
  let beacon = 0;
  const endless = { sent: 0, closed: false };
  let changing = 0;
  let origin = '';
  let crossOrigin = '';
  const hanging = new Set<ServerResponse>();
  let bad: Record<string, () => Body> = {};

  const handle = (self: () => string) => (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${self()}${url.pathname}${url.search}`);
    const send = (status: number, type: string, body: Buffer | string, extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
      res.end(body);
    };
    if (url.pathname === '/beacon') {
      beacon++;
      return send(204, 'text/plain', '');
    }
    if (url.pathname === '/bad/status-500.jpg') return send(500, 'text/plain', 'internal server error');
    if (url.pathname === '/bad/never-answers.jpg') {
      hanging.add(res); // accepted, never answered: only the client's timeout ends it
      return;
    }
    if (url.pathname === '/bad/endless.jpg') {
      res.writeHead(200, { 'content-type': 'image/jpeg', 'cache-control': 'no-store' }); // chunked
      const chunk = Buffer.alloc(1 << 20, 0xff);
      const push = () => {
        while (!res.destroyed && res.write(chunk)) endless.sent += chunk.length;
        if (!res.destroyed) res.once('drain', () => { endless.sent += chunk.length; push(); });
      };
      res.on('close', () => { endless.closed = true; });
      return push();
    }
    if (url.pathname === '/images/changing.jpg') {
      // A different tissue on every request, each "fresh for an hour": only a client that
      // asks the server again sees the change.
      const file = changing++ % 2 === 0 ? 'benign-lungn726.jpg' : 'squamous_cell_carcinoma-lungscc2148.jpg';
      return send(200, 'image/jpeg', tissueBytes(file), { 'cache-control': 'max-age=3600' });
    }
    if (url.pathname === '/bad/redirect.jpg') return send(302, 'text/plain', '', { location: `${crossOrigin}/images/benign-lungn726.jpg` });
    const made = bad[url.pathname]?.();
    if (made) return send(200, made.type, made.bytes);
    if (url.pathname.startsWith('/images/')) {
      const file = decodeURIComponent(url.pathname.slice('/images/'.length));
      if (FIXTURE_IMAGES.includes(file)) return send(200, file.endsWith('.png') ? 'image/png' : 'image/jpeg', tissueBytes(file));
    }
    if (url.pathname === '/page/grid') return send(200, 'text/html; charset=utf-8', gridPage(url));
    if (url.pathname === '/page/blank') return send(200, 'text/html; charset=utf-8', page('blank', '<main id="main"></main>'));
    return send(404, 'text/plain', 'not found');
  };

  const servers: Server[] = [createServer(handle(() => origin)), createServer(handle(() => crossOrigin))];
  const ports = await Promise.all(servers.map((s) => new Promise<number>((ok, fail) => {
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => ok((s.address() as AddressInfo).port));
  })));
  origin = `http://127.0.0.1:${ports[0]}`;
  crossOrigin = `http://127.0.0.1:${ports[1]}`;
  bad = badInputs(`${origin}/beacon`);
  return {
    origin,
    crossOrigin,
    requests,
    beaconHits: () => beacon,
    endless: () => ({ ...endless }),
    close: async () => {
      for (const res of hanging) res.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((ok) => {
        s.closeAllConnections();
        s.close(() => ok());
      })));
    },
  };
}
