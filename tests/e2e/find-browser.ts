/** Locates the browsers for end-to-end tests: an env var first, then the usual install paths. */
import { existsSync } from 'node:fs';

const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

function find(envVar: string, candidates: string[], hint: string): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar}=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`${hint} or set ${envVar}.`);
  return found;
}

export function findChromium(): string {
  return find('CHROME_PATH', CHROMIUM_CANDIDATES, 'No Chromium or Chrome found. Install one (Debian: apt-get install chromium)');
}

export function findFirefox(): string {
  return find('FIREFOX_PATH', FIREFOX_CANDIDATES, 'No Firefox found. Install one (Debian: apt-get install firefox-esr)');
}
