import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveTime } from './archive-time';
import { dosTime, filesUnder, zipFiles } from './zip-files';

const COMMIT_TIME = new Date('2026-11-30T15:17:26Z');
let dir: string;
let savedTz: string | undefined;

function write(path: string, text: string, mtime: Date): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
  utimesSync(join(dir, path), mtime, mtime);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zip-files-'));
  savedTz = process.env.TZ;
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  process.env.TZ = savedTz;
});

describe('zipFiles', () => {
  it('gives the same bytes for the same files, whatever their mtimes, creation order or the time zone', () => {
    write('b/second.js', 'b', new Date('2020-01-01'));
    write('a.json', '{"a":1}', new Date('2021-06-01'));
    write('manifest.json', '{}', new Date('2022-03-03'));
    process.env.TZ = 'UTC';
    const first = zipFiles(dir, filesUnder(dir), COMMIT_TIME);

    rmSync(dir, { recursive: true });
    mkdirSync(dir);
    write('manifest.json', '{}', new Date());
    write('b/second.js', 'b', new Date());
    write('a.json', '{"a":1}', new Date());
    process.env.TZ = 'Pacific/Auckland';
    const second = zipFiles(dir, filesUnder(dir).reverse(), COMMIT_TIME);

    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('writes the entries sorted by path, with their contents intact', () => {
    write('z.txt', 'last', new Date());
    write('assets/A.js', 'upper case sorts first', new Date());
    write('assets/a.js', 'lower', new Date());
    const entries = unzipSync(zipFiles(dir, filesUnder(dir), COMMIT_TIME));
    expect(Object.keys(entries)).toEqual(['assets/A.js', 'assets/a.js', 'z.txt']);
    expect(Buffer.from(entries['z.txt']!).toString()).toBe('last');
  });

  it('stamps the commit time in UTC wall-clock fields', () => {
    process.env.TZ = 'America/New_York';
    const local = dosTime(COMMIT_TIME);
    expect([local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes()]).toEqual([2026, 10, 30, 15, 17]);
  });

  it('refuses a name JavaScript would enumerate out of order', () => {
    write('10', 'x', new Date());
    expect(() => zipFiles(dir, ['10'], COMMIT_TIME)).toThrow(/integer-like/);
  });
});

describe('archiveTime', () => {
  it('prefers SOURCE_DATE_EPOCH, then the last commit', () => {
    expect(archiveTime(dir, { SOURCE_DATE_EPOCH: '1764515846' }).toISOString()).toBe('2025-11-30T15:17:26.000Z');
    expect(archiveTime(process.cwd(), {}).getTime()).toBeGreaterThan(Date.UTC(2024, 0, 1));
    expect(() => archiveTime(dir, { SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
