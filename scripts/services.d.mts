import type { ChildProcess } from 'node:child_process';

export interface Service {
  name: string;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
  ready(): Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function freePort(): Promise<number>;
export function waitForUrl(
  url: string,
  options?: { timeoutMs?: number; child?: ChildProcess },
): Promise<void>;
export function startService(
  name: string,
  command: string,
  args: string[],
  options?: {
    env?: Record<string, string>;
    cwd?: string;
    quiet?: boolean;
    readyUrl?: string;
    timeoutMs?: number;
  },
): Service;
