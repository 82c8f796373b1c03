// Which processes on this machine belong to a test's world: any process (ours or not, alive and not a zombie)
// whose command line or environment names the world's root directory. Every run of a world puts its private
// CODEX_HOME, state dir and config under that root, so Codex, its sandbox helpers (bwrap names the deny paths on
// its command line) and anything the agent started carry it.
import { readdirSync, readFileSync } from 'node:fs';

export interface SeenProcess {
  readonly pid: number;
  readonly state: string;
  readonly cmdline: string;
}

export function processesMentioning(root: string): SeenProcess[] {
  const found: SeenProcess[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^[0-9]+$/.test(name) || Number(name) === process.pid) continue;
    const read = (file: string) => {
      try {
        return readFileSync(`/proc/${name}/${file}`, 'utf8');
      } catch {
        return '';
      }
    };
    const stat = read('stat');
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? '?';
    if (state === 'Z' || stat === '') continue;
    const cmdline = read('cmdline').replaceAll('\0', ' ');
    if (cmdline.includes(root) || read('environ').includes(root)) {
      found.push({ pid: Number(name), state, cmdline: cmdline.slice(0, 300) });
    }
  }
  return found;
}
