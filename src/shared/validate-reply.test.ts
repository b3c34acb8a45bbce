// Replies from content scripts are the page's word: each has a schema in the message table,
// checked on arrival (`checkReply`), with the same caps as requests. Replies from the
// extension's own contexts have none and pass as they are.
import { describe, expect, it } from 'vitest';
import { MAX_BATCH_IMAGES } from './batch';
import { MAX_BLOB_BASE64 } from './message-shapes';
import { MESSAGES, type MessageType } from './messages';
import { checkReply } from './validate-message';

const scan = (srcUrl: string) => ({ candidates: [{ id: 'ltc-1', srcUrl, width: 300, height: 300, alt: 'Figure 1' }], tooSmall: 0, hidden: 0, notShown: 0, otherScheme: 0 });

describe('content-script replies', () => {
  it('every message a content script answers has a reply schema', () => {
    const content = (Object.keys(MESSAGES) as MessageType[]).filter((type) => MESSAGES[type].target === 'content');
    expect(content.length).toBeGreaterThan(5);
    for (const type of content) expect((MESSAGES[type].response as { kind?: string }).kind, type).toBe('schema');
  });

  it('a blob: image is at most the 40 MiB file cap (in base64)', () => {
    const at = { base64: 'A'.repeat(MAX_BLOB_BASE64), mimeType: 'image/jpeg', name: 'blob: URL image' };
    expect(checkReply('read-blob-url', at)).toBe(at);
    expect(() => checkReply('read-blob-url', { ...at, base64: `${at.base64}AAAA` })).toThrow(/invalid read-blob-url reply: base64: expected a string of at most/);
    expect(() => checkReply('read-blob-url', { base64: 42 })).toThrow(/invalid read-blob-url reply/);
  });

  it('a page scan names only http(s), data: and blob: addresses, at most 1000 of them', () => {
    for (const ok of ['https://journal.example/f1.jpg', 'http://127.0.0.1/x.png', 'data:image/png;base64,AAAA', 'blob:https://journal.example/1']) {
      expect(checkReply('find-images', scan(ok))).toEqual(scan(ok));
    }
    for (const bad of ['file:///etc/passwd', 'chrome://settings', 'javascript:alert(1)', 'ftp://x/y.jpg']) {
      expect(() => checkReply('find-images', scan(bad)), bad).toThrow(/candidates\[0\]: srcUrl: expected an http\(s\), data: or blob: address/);
    }
    const many = { ...scan('https://x/y.jpg'), candidates: Array.from({ length: 1001 }, (_, i) => ({ ...scan('https://x/y.jpg').candidates[0], id: `ltc-${i}` })) };
    expect(() => checkReply('find-images', many)).toThrow(/expected at most 1000 items/);
    expect(MAX_BATCH_IMAGES).toBe(100);
  });

  it('a region, a hovered image and a shown flag are checked too', () => {
    expect(() => checkReply('context-target-region', { selection: { rect: { x: 0, y: 0, width: -5, height: 1 } }, what: 'canvas' })).toThrow(/invalid context-target-region reply/);
    expect(checkReply('context-target-region', { selection: null, what: 'nothing here' })).toEqual({ selection: null, what: 'nothing here' });
    expect(() => checkReply('hovered-image', { srcUrl: 7 })).toThrow(/invalid hovered-image reply/);
    expect(() => checkReply('overlay-update', 'yes')).toThrow(/invalid overlay-update reply/);
  });

  it('replies from the extension’s own contexts are typed, not checked', () => {
    const value = { anything: true };
    expect(checkReply('classify-image', value)).toBe(value);
  });
});
