// The offscreen document: hosts the model. Offscreen documents only get chrome.runtime,
// so this file talks to it directly (no polyfill) and answers only 'model-host' messages.
import { dispatch } from '../shared/dispatch';
import { senderKind } from '../shared/sender-kind';
import { modelHostHandlers } from './handlers';
import { getClassifier, mark } from './classifier-cache';

mark('script-start');
// Created for a click (ensure-offscreen-document.chrome.ts): start loading the model at once,
// while the background still reads the image, instead of on the first request.
const preload = new URLSearchParams(location.search).get('preload');
if (preload === 'auto' || preload === 'webgpu' || preload === 'wasm') {
  getClassifier(preload, chrome.runtime.getURL('/')).catch(() => undefined); // the request reports any failure
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const reply = dispatch('model-host', modelHostHandlers, message, {
    kind: senderKind(sender, chrome.runtime.id, chrome.runtime.getURL('')),
    url: sender.url,
  });
  if (!reply) return false;
  void reply.then(sendResponse);
  return true; // keeps the channel open for the asynchronous answer
});
