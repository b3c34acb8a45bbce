/** What the benchmark ran on: CPU model (from /proc/cpuinfo on Linux), cores, memory, OS, Node. */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem, type as osType } from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  browser?: string;
}

export function machineInfo(): MachineInfo {
  let cpu = cpus()[0]?.model ?? 'unknown CPU';
  if (existsSync('/proc/cpuinfo')) {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) cpu = line.split(':')[1].trim();
  }
  return {
    cpu,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
  };
}

/** A file-name-safe name for the machine: CPU model and core count (never the host name). */
export function machineSlug(info: MachineInfo): string {
  const cpu = info.cpu.toLowerCase().replace(/\((r|tm)\)|cpu|processor|@.*$/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${cpu || 'cpu'}-${info.cores}c`;
}
