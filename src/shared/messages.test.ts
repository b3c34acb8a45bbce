// The message contract: every message has exactly one handler, in the registry of the
// target it is addressed to, and nothing malformed or unknown ever reaches a handler.
import { describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../background/handlers';
import { contentHandlers } from '../content/handlers';
import { modelHostHandlers } from '../model-host/handlers';
import { unwrapReply } from './typed-sender';
import { ClassifierError } from './errors';
import { MESSAGE_TARGETS, envelope, type MessageType } from './messages';
import { validateEnvelope } from './validate-message';

const registries = { background: backgroundHandlers, 'model-host': modelHostHandlers, content: contentHandlers };

describe('message contract', () => {
  it('every message has exactly one handler, in its target', () => {
    for (const type of Object.keys(MESSAGE_TARGETS) as MessageType[]) {
      const owners = Object.entries(registries).filter(([, r]) => type in r).map(([t]) => t);
      expect(owners, type).toEqual([MESSAGE_TARGETS[type]]);
    }
    const handled = Object.values(registries).flatMap((r) => Object.keys(r));
    expect(handled.sort()).toEqual(Object.keys(MESSAGE_TARGETS).sort());
  });

  it('accepts well-formed requests', () => {
    const image = { base64: 'AAAA', mimeType: 'image/png', name: 'x.png' };
    expect(validateEnvelope(envelope('classify-image', { image }))).toMatchObject({ type: 'classify-image' });
    expect(validateEnvelope(envelope('host-classify-image', { image, backend: 'wasm' }))).toMatchObject({ type: 'host-classify-image' });
    expect(validateEnvelope(envelope('read-blob-url', { url: 'blob:http://x/1' }))).toMatchObject({ type: 'read-blob-url' });
    expect(validateEnvelope(envelope('host-classify-image', { image, backend: 'wasm', options: { tta: true, inputCheck: 'strict' } }))).toMatchObject({ type: 'host-classify-image' });
    expect(validateEnvelope(envelope('explain-image', { image }))).toMatchObject({ type: 'explain-image' });
    expect(validateEnvelope(envelope('explain-image', { grant: '5b0c-1' }))).toMatchObject({ type: 'explain-image' });
    expect(validateEnvelope(envelope('open-model-card', {}))).toMatchObject({ type: 'open-model-card' });
  });

  it('rejects malformed trust requests (run options, explain sources)', () => {
    const image = { base64: 'AAAA', mimeType: 'image/png', name: 'x.png' };
    expect(validateEnvelope({ type: 'host-classify-image', target: 'model-host', request: { image, backend: 'wasm', options: { tta: 'yes', inputCheck: 'off' } } })).toMatch(/options: tta/);
    expect(validateEnvelope({ type: 'host-classify-image', target: 'model-host', request: { image, backend: 'wasm', options: { tta: true, inputCheck: 'max' } } })).toMatch(/inputCheck/);
    expect(validateEnvelope({ type: 'explain-image', target: 'background', request: { grant: 5 } })).toMatch(/grant/);
    expect(validateEnvelope({ type: 'explain-image', target: 'background', request: { srcUrl: 'https://intranet/secret.png' } })).toMatch(/grant/);
    expect(validateEnvelope({ type: 'open-model-card', target: 'background', request: null })).toMatch(/expected an object/);
    // It carries nothing now (only extension pages may send it): unknown fields are ignored.
    expect(validateEnvelope({ type: 'open-model-card', target: 'background', request: { grant: '' } })).toMatchObject({ type: 'open-model-card' });
  });

  it('accepts the history, batch and shortcut messages', () => {
    expect(validateEnvelope(envelope('history-list', {}))).toMatchObject({ type: 'history-list' });
    expect(validateEnvelope(envelope('history-delete', { id: 'abc' }))).toMatchObject({ type: 'history-delete' });
    expect(validateEnvelope(envelope('history-delete', {}))).toMatchObject({ type: 'history-delete' });
    expect(validateEnvelope(envelope('batch-start', { tabId: 3 }))).toMatchObject({ type: 'batch-start' });
    expect(validateEnvelope(envelope('find-images', { minSize: 128 }))).toMatchObject({ type: 'find-images' });
    expect(validateEnvelope(envelope('batch-badge', { id: 'ltc-1', status: 'done', text: 'Benign tissue 95.6 %' }))).toMatchObject({ type: 'batch-badge' });
    expect(validateEnvelope(envelope('overlay-update', { requestId: 'a', srcUrl: 'b', state: { kind: 'loading', stage: 'classifying' }, focus: true }))).toMatchObject({ type: 'overlay-update' });
  });

  it('rejects malformed history, batch and badge requests', () => {
    expect(validateEnvelope({ type: 'history-delete', target: 'background', request: { id: 7 } })).toMatch(/id: expected a string/);
    expect(validateEnvelope({ type: 'batch-start', target: 'background', request: { tabId: -1 } })).toMatch(/tabId: expected a tab id/);
    expect(validateEnvelope({ type: 'batch-cancel', target: 'background', request: { tabId: 1.5 } })).toMatch(/tab id/);
    expect(validateEnvelope({ type: 'find-images', target: 'content', request: { minSize: 'big' } })).toMatch(/minSize/);
    expect(validateEnvelope({ type: 'batch-badge', target: 'content', request: { id: 'x', status: 'hacked', text: '' } })).toMatch(/status: expected one of/);
    expect(validateEnvelope({ type: 'overlay-update', target: 'content', request: { requestId: 'a', srcUrl: 'b', state: { kind: 'loading', stage: 'classifying' }, focus: 'yes' } })).toMatch(/focus/);
    expect(validateEnvelope({ type: 'overlay-update', target: 'content', request: { requestId: 'a', srcUrl: 'b', state: { kind: 'loading', stage: 'x' } } })).toMatch(/state: stage: expected one of/);
  });

  it('rejects unknown types, wrong targets and malformed requests', () => {
    expect(validateEnvelope({ type: 'steal-cookies', target: 'background', request: {} })).toMatch(/unknown message type/);
    expect(validateEnvelope({ type: 'classify-image', target: 'model-host', request: {} })).toMatch(/wrong target/);
    expect(validateEnvelope({ type: 'classify-image', target: 'background', request: { image: { base64: 1 } } })).toMatch(/image: base64/);
    expect(validateEnvelope({ type: 'read-blob-url', target: 'content', request: { url: 'https://evil/' } })).toMatch(/blob: URL/);
    expect(validateEnvelope({ type: 'host-classify-image', target: 'model-host', request: { image: { base64: '', mimeType: '', name: '' }, backend: 'cuda' } })).toMatch(/backend/);
    expect(validateEnvelope({ type: 'overlay-update', target: 'content', request: { requestId: 'a', srcUrl: 'b', state: { kind: 'result' } } })).toMatch(/result/);
  });

  it('turns {ok:false} replies back into errors with their code', () => {
    expect(() => unwrapReply({ ok: false, error: { code: 'too-small', message: 'tiny' } }, 'x')).toThrow(ClassifierError);
    expect(() => unwrapReply(undefined, 'the model host')).toThrow(/No answer from the model host/);
    expect(unwrapReply({ ok: true, value: 3 }, 'x')).toBe(3);
  });
});
