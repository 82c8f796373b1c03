import { writeSync } from 'node:fs';
import type { Logger } from '../core/logger.js';
import type { Redactor } from '../core/redactor.js';
import { untrustedLines } from '../core/untrusted-text.js';

/** Where the CLI writes. stdout carries only results (the JSON object with --json); everything else is stderr. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Columns to wrap help at; 80 when not given. */
  readonly width?: number | undefined;
}

export const processIo: CliIo = {
  stdout: (text) => write(1, text),
  stderr: (text) => write(2, text),
  get width() {
    return process.stdout.isTTY ? process.stdout.columns : undefined;
  },
};

/**
 * Straight to the file descriptor, as process.stdout does for files and (on Linux) pipes and terminals anyway:
 * creating the process.stdout stream loads Node's stream modules, 2-3 ms that a command printing one answer does
 * not need. Should the descriptor not take it all now (a non-blocking pipe), the stream gets the rest, and all
 * that follows, so that nothing overtakes what it still holds. A reader that went away (`| head -1`) takes
 * nothing more, and that is no failure of the command.
 */
const viaStream = new Set<number>();

function write(fd: 1 | 2, text: string): void {
  const stream = () => (fd === 1 ? process.stdout : process.stderr);
  if (viaStream.has(fd)) {
    stream().write(text);
    return;
  }
  const bytes = Buffer.from(text);
  let offset = 0;
  try {
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return;
    if (code !== 'EAGAIN') throw error;
    viaStream.add(fd);
    stream().write(bytes.subarray(offset));
  }
}

// Our own messages may quote Codex (a debug line, an error it printed): no control character or workflow command
// from such a quote may reach a terminal or a CI log, whatever the CLI runs in. Generous limits: these are ours.
const OWN_TEXT = { maxLineLength: 20_000, maxLines: 2_000 } as const;

/** One of our stderr messages, redacted then escaped, with its newline. */
export function stderrText(redactor: Redactor, text: string): string {
  return `${untrustedLines(redactor.redact(text), OWN_TEXT).join('\n')}\n`;
}

export function stderrLogger(io: CliIo, redactor: Redactor, verbose: boolean): Logger {
  const line = (prefix: string, message: string) =>
    io.stderr(stderrText(redactor, `codex-auth: ${prefix}${message}`));
  return {
    info: (message) => line('', message),
    warn: (message) => line('warning: ', message),
    debug: (message) => {
      if (verbose) line('debug: ', message);
    },
  };
}
