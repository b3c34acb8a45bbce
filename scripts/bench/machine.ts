/** What the benchmark ran on: CPU model (from /proc/cpuinfo on Linux), cores, memory, OS, Node. */
import { existsSync, readFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';

export interface MachineInfo {
  cpu: string;
  /** SIMD-relevant CPU flags (XNNPACK's WASM SIMD kernels map onto SSE/AVX). */
  cpuFlags: string[];
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  browser?: string;
}

export function machineInfo(): MachineInfo {
  let cpu = cpus()[0]?.model ?? 'unknown CPU';
  let cpuFlags: string[] = [];
  if (existsSync('/proc/cpuinfo')) {
    const lines = readFileSync('/proc/cpuinfo', 'utf8').split('\n');
    const field = (name: string) => lines.find((l) => l.startsWith(name))?.split(':')[1]?.trim();
    cpu = field('model name') ?? cpu;
    const flags = new Set((field('flags') ?? '').split(/\s+/));
    cpuFlags = ['sse4_2', 'avx', 'avx2', 'fma', 'avx512f', 'avx512_vnni', 'amx_tile'].filter((f) => flags.has(f));
  }
  return {
    cpu,
    cpuFlags,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${arch()}`,
    node: process.version,
  };
}

/** A file-name-safe name for the machine: CPU model and core count (never the host name). */
export function machineSlug(info: MachineInfo): string {
  const cpu = info.cpu.toLowerCase().replace(/\((r|tm)\)|cpu|processor|@.*$/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${cpu || 'cpu'}-${info.cores}c`;
}

export function loadAverage(): string {
  if (existsSync('/proc/loadavg')) return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return loadavg().map((v) => v.toFixed(2)).join(' ');
}

/** Whether other jobs shared the machine: a 1-minute load average over 2 (this project's 2-core machine). */
export const machineWasShared = (load: string) => Number(load.split(' ')[0]) > 2;
