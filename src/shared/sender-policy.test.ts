// The sender policy, for every message and every kind of sender: a sender the table does
// not list is refused with `forbidden` before any handler runs, and one it lists reaches
// the handler. What the browser reports about real senders is classified as expected.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../background/handlers';
import { contentHandlers } from '../content/handlers';
import { modelHostHandlers } from '../model-host/handlers';
import { VALID_REQUESTS } from '../../tests/helpers/valid-requests';
import { dispatch, type HandlerRegistry } from './dispatch';
import { MESSAGE_TARGETS, envelope, type MessageType, type Target } from './messages';
import { SENDER_KINDS, senderKind, type SenderKind } from './sender-kind';
import { SENDER_POLICY } from './sender-policy';

const TYPES = Object.keys(MESSAGE_TARGETS) as MessageType[];
const REGISTRIES: { [T in Target]: HandlerRegistry<T> } = { background: backgroundHandlers, 'model-host': modelHostHandlers, content: contentHandlers };

function recorder(target: Target, calls: string[]): HandlerRegistry<Target> {
  return Object.fromEntries(Object.keys(REGISTRIES[target]).map((type) => [type, async () => {
    calls.push(type);
    return {};
  }])) as unknown as HandlerRegistry<Target>;
}

describe('sender policy', () => {
  it.each(TYPES)('%s: only the senders in the table reach the handler', async (type) => {
    for (const kind of SENDER_KINDS) {
      const calls: string[] = [];
      const reply = await dispatch(MESSAGE_TARGETS[type], recorder(MESSAGE_TARGETS[type], calls), envelope(type, VALID_REQUESTS[type]), { kind, tabId: 4, frameId: 0 });
      if (SENDER_POLICY[type].includes(kind)) {
        expect(reply, `${type} from ${kind}`).toEqual({ ok: true, value: {} });
        expect(calls).toEqual([type]);
      } else {
        expect(reply, `${type} from ${kind}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(calls).toEqual([]);
      }
    }
  });

  it('no message is open to an unknown sender, and a page may send only the two that carry a region-pick grant', () => {
    for (const type of TYPES) expect(SENDER_POLICY[type], type).not.toContain('unknown');
    const fromPages = TYPES.filter((type) => SENDER_POLICY[type].includes('content')).sort();
    // Each of these is checked against a grant in its handler (user-grants.test.ts); adding
    // a message a page may send needs the same, so this list is pinned.
    expect(fromPages).toEqual(['region-cancelled', 'region-selected']);
    // Nothing a page may send reads the history, fetches an address, runs the model directly
    // or acts for a result card (the card's buttons speak from the card's own frame).
    const notFromPages = ['history-list', 'history-delete', 'classify-image', 'classify-tiles', 'host-classify-image', 'host-explain-image', 'host-classify-tiles', 'batch-start',
      'explain-image', 'open-tile-map', 'open-model-card'] as const;
    for (const type of notFromPages) {
      expect(SENDER_POLICY[type], type).not.toContain('content');
    }
  });
});

describe('docs/HARDENING.md', () => {
  // The table readers see is the `from` column of the message table (messages.ts) in words.
  const SENDER_WORDS: Record<string, SenderKind> = {
    popup: 'popup', 'result card frame': 'card', 'tile map page': 'tile-map', 'benchmark page': 'bench', 'content script': 'content', background: 'background',
  };
  const TARGET_WORDS: Record<string, Target> = { background: 'background', 'model host (Chrome: offscreen document)': 'model-host', 'content script': 'content' };

  it('shows every message once, with its target and exactly the senders the table allows', () => {
    const doc = readFileSync(new URL('../../docs/HARDENING.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## Sender policy'), doc.indexOf('**Grants**'));
    const rows = section.split('\n').filter((line) => line.startsWith('| `'));
    const shown: Record<string, { target: Target; from: SenderKind[] }> = {};
    for (const row of rows) {
      const [messages, target, senders] = row.split('|').slice(1, 4).map((cell) => cell.trim());
      const from = senders.split(/;|,/).map((s) => SENDER_WORDS[s.replace(/\(.*\)/, '').trim()]).sort();
      for (const [, type] of messages.matchAll(/`([a-z-]+)`/g)) {
        expect(shown[type], `${type} is in two rows`).toBeUndefined();
        shown[type] = { target: TARGET_WORDS[target], from };
      }
    }
    const expected = Object.fromEntries(TYPES.map((type) => [type, { target: MESSAGE_TARGETS[type], from: [...SENDER_POLICY[type]].sort() }]));
    expect(shown).toEqual(expected);
  });
});

describe('sender kind, from what the browser reports', () => {
  const id = 'abcdefghijklmnop';
  const base = `chrome-extension://${id}/`;
  const cases: [string, Parameters<typeof senderKind>[0], SenderKind][] = [
    ['Chrome service worker', { id, url: `${base}service-worker-loader.js` }, 'background'],
    ['Firefox event page', { id, url: `${base}_generated_background_page.html` }, 'background'],
    ['offscreen document', { id, url: `${base}src/model-host/index.html` }, 'model-host'],
    ['toolbar popup', { id, url: `${base}src/popup/index.html` }, 'popup'],
    ['popup opened in a tab', { id, url: `${base}src/popup/index.html`, tab: { id: 9 } }, 'popup'],
    ['tile map page with its query', { id, url: `${base}src/tilemap/index.html?id=x-1`, tab: { id: 9 } }, 'tile-map'],
    ['options page', { id, url: `${base}src/options/index.html#history`, tab: { id: 9 } }, 'options'],
    ['model card page', { id, url: `${base}src/model-card/index.html`, tab: { id: 9 } }, 'model-card'],
    ['result card framed in a web page', { id, url: `${base}src/card/index.html`, tab: { id: 3 } }, 'card'],
    ['content script on a web page', { id, url: 'https://journal.example/paper', tab: { id: 3 } }, 'content'],
    ['content script on a local file', { id, url: 'file:///home/me/figure.html', tab: { id: 3 } }, 'content'],
    ['content script in an about:blank frame', { id, url: 'about:blank', tab: { id: 3 } }, 'content'],
    ['another extension', { id: 'zzzz', url: 'chrome-extension://zzzz/src/popup/index.html' }, 'unknown'],
    ['a web address without a tab', { id, url: 'https://evil.example/' }, 'unknown'],
    ['an unknown extension path in a tab', { id, url: `${base}other.html`, tab: { id: 3 } }, 'unknown'],
    ['no address at all', { id, tab: { id: 3 } }, 'unknown'],
    ['a web page that spells the extension path', { id, url: 'https://evil.example/src/popup/index.html', tab: { id: 3 } }, 'content'],
  ];
  it.each(cases)('%s', (_what, sender, kind) => {
    expect(senderKind(sender, id, base)).toBe(kind);
  });
});
