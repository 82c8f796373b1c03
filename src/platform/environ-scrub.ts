import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';

// An unsandboxed agent (danger-full-access) can read /proc/<pid>/environ of every process of the same user,
// ours included. That file shows the environment block the kernel put on our stack at exec time, where the runner
// placed every input (INPUT_KEY among them). Changing process.env does not touch that block: libc's environ
// starts out pointing into it, but a value set later lives elsewhere. So the values are overwritten in place,
// through /proc/self/mem, once the inputs have been read. (A process may always write its own memory.)

/**
 * Overwrites, in this process's original environment block, the value of every variable whose value is one of
 * `secrets` (or whose name is in `names`). Linux only; returns how many values were overwritten, or null where
 * the block cannot be reached.
 */
export function scrubEnvironBlock(secrets: readonly string[], names: readonly string[] = []): number | null {
  if (process.platform !== 'linux') return null;
  let bounds: { start: number; end: number };
  try {
    bounds = environBounds(readFileSync('/proc/self/stat', 'latin1'));
  } catch {
    return null;
  }
  const wanted = new Set(secrets.filter((value) => value.length > 0));
  const wantedNames = new Set(names);
  let fd: number;
  try {
    fd = openSync('/proc/self/mem', 'r+');
  } catch {
    return null;
  }
  try {
    const block = Buffer.alloc(bounds.end - bounds.start);
    readSync(fd, block, 0, block.length, bounds.start);
    let overwritten = 0;
    let offset = 0;
    while (offset < block.length) {
      let stop = block.indexOf(0, offset);
      if (stop === -1) stop = block.length;
      const entry = block.toString('utf8', offset, stop);
      const eq = entry.indexOf('=');
      if (eq > 0 && (wanted.has(entry.slice(eq + 1)) || wantedNames.has(entry.slice(0, eq)))) {
        const valueStart = offset + Buffer.byteLength(entry.slice(0, eq + 1));
        const blank = Buffer.alloc(stop - valueStart, 'x');
        writeSync(fd, blank, 0, blank.length, bounds.start + valueStart);
        overwritten += 1;
      }
      offset = stop + 1;
    }
    return overwritten;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** env_start and env_end: fields 50 and 51 of /proc/self/stat (proc(5)), counted after the ")" of comm. */
export function environBounds(stat: string): { start: number; end: number } {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state), so field N is fields[N - 3].
  const start = Number(fields[47]);
  const end = Number(fields[48]);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) {
    throw new Error('no environment bounds in /proc/self/stat');
  }
  return { start, end };
}
