import type { Logger } from '../core/logger.js';
import type { Redactor } from '../core/redactor.js';

/** Where the CLI writes. stdout carries only results (the JSON object with --json); everything else is stderr. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Columns to wrap help at; 80 when not given. */
  readonly width?: number | undefined;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  get width() {
    return process.stdout.isTTY ? process.stdout.columns : undefined;
  },
};

export function stderrLogger(io: CliIo, redactor: Redactor, verbose: boolean): Logger {
  const line = (prefix: string, message: string) =>
    io.stderr(`${redactor.redact(`codex-auth: ${prefix}${message}`)}\n`);
  return {
    info: (message) => line('', message),
    warn: (message) => line('warning: ', message),
    debug: (message) => {
      if (verbose) line('debug: ', message);
    },
  };
}
