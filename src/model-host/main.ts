/**
 * The offscreen document: hosts the model. Offscreen documents only get chrome.runtime,
 * so this file talks to it directly (no polyfill) and answers only 'offscreen' messages.
 */
import { dispatch } from '../shared/dispatch';
import { senderKind } from '../shared/sender-kind';
import { offscreenHandlers } from './handlers';

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const reply = dispatch('offscreen', offscreenHandlers, message, {
    kind: senderKind(sender, chrome.runtime.id, chrome.runtime.getURL('')),
    url: sender.url,
  });
  if (!reply) return false;
  void reply.then(sendResponse);
  return true; // keeps the channel open for the asynchronous answer
});
