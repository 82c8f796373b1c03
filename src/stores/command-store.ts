import { spawn } from 'node:child_process';
import path from 'node:path';
import { type Envelope, isEnvelopeText, parseEnvelope, serializeEnvelope } from '../core/envelope.js';
import { InternalError, StoreConflictError, UsageError } from '../core/errors.js';
import { HighWaterFile, markOf, refuseRollback } from './rollback-guard.js';
import { readGeneration, serializeJobsAdvice, type Store } from './store.js';
import { ensurePrivateDir } from '../platform/secure-files.js';

/** A read command that exits with this code (or prints nothing) says the secret manager holds nothing yet. */
export const NOTHING_STORED_EXIT_CODE = 44;
const MAX_OUTPUT = 1024 * 1024;

export interface CommandStoreOptions {
  readonly readCommand: string;
  readonly writeCommand: string;
  readonly timeoutMs: number;
  /** The environment the commands run with (CODEX_AUTH_STREAM is added; the value never travels in it). */
  readonly env: NodeJS.ProcessEnv;
  /**
   * Where this machine keeps the rollback guard's high-water mark (in the state dir). A secret manager offers us
   * no second place to write, so the guard holds only on machines that keep this file between runs (a persistent
   * runner, a workstation); on an ephemeral runner it starts empty each time and guards nothing.
   */
  readonly highWaterFile?: string | undefined;
}

/**
 * Any secret manager, through two commands the user gives (Vault, AWS, GCP, 1Password CLIs). The value travels
 * only through the commands' stdin and stdout, never argv or the environment. The write is a check-then-write, so
 * it relies on the stream lock for atomicity; the check still refuses to overwrite a newer generation it can see.
 */
export class CommandStore implements Store {
  readonly kind = 'command';
  readonly location: string;
  readonly readBackAfterWrite = true;
  private lastRead: { envelope: Envelope | null; text: string } | null = null;
  private readonly mark: HighWaterFile | null;

  constructor(
    readonly stream: string,
    private readonly options: CommandStoreOptions,
  ) {
    this.location = `the secret manager (read-command: ${options.readCommand})`;
    this.mark = options.highWaterFile ? new HighWaterFile(options.highWaterFile) : null;
  }

  async read(): Promise<Envelope | null> {
    const text = await this.readText();
    const envelope = text === null || !isEnvelopeText(text) ? null : parseEnvelope(text, this.location);
    this.lastRead = { envelope, text: text ?? '' };
    if (envelope && this.mark) {
      refuseRollback(envelope, await this.mark.read().catch(() => null), {
        stream: this.stream,
        location: this.location,
        mark: `${this.mark.file} (kept on this machine)`,
      });
    }
    return envelope;
  }

  async highWater(): Promise<number | null> {
    return (await this.mark?.read().catch(() => null))?.generation ?? null;
  }

  /** Best effort: an unwritable state dir must not fail a write the secret manager already took. */
  private async moveMark(envelope: Envelope | null): Promise<void> {
    if (!this.mark) return;
    try {
      if (envelope) {
        await ensurePrivateDir(path.dirname(this.mark.file));
        await this.mark.write(markOf(envelope));
      } else {
        await this.mark.remove();
      }
    } catch {
      // The guard is weaker on this machine until the next write; the stored copy is fine.
    }
  }

  async plainSeed(): Promise<{ raw: string; origin: string } | null> {
    const text = this.lastRead?.text ?? (await this.readText());
    return text && !isEnvelopeText(text) ? { raw: text, origin: this.location } : null;
  }

  currentGeneration(): Promise<number | null> {
    return readGeneration(this);
  }

  async write(envelope: Envelope, expectedGeneration: number | 'replace'): Promise<void> {
    if (expectedGeneration !== 'replace') {
      const current = await this.read();
      if ((current?.generation ?? 0) !== expectedGeneration) {
        throw new StoreConflictError(
          `stream "${this.stream}" in ${this.location} is at generation ${current?.generation ?? 0} (written ${current?.writtenAt ?? '-'} by ${current?.writer ?? '-'}), not ${expectedGeneration} as loaded: this copy was NOT written over it. ${serializeJobsAdvice('the stream lock')}`,
        );
      }
    }
    const result = await this.runCommand(this.options.writeCommand, serializeEnvelope(envelope));
    if (result.code !== 0) {
      throw new InternalError(
        `the write-command exited with ${result.code}${result.stderr ? `: ${result.stderr.trim().slice(-500)}` : ''}. Nothing was stored; check the command and its credentials.`,
      );
    }
    await this.moveMark(envelope);
  }

  /** An empty value is "nothing stored" for the read command: the secret manager keeps no login. */
  async remove(): Promise<void> {
    const result = await this.runCommand(this.options.writeCommand, '');
    if (result.code !== 0)
      throw new InternalError(`the write-command exited with ${result.code} while removing the stream.`);
    await this.moveMark(null);
  }

  async rollback(badGeneration: number): Promise<boolean> {
    const previous = this.lastRead?.envelope;
    if (!previous || previous.generation !== badGeneration - 1) return false;
    const restored =
      (await this.runCommand(this.options.writeCommand, serializeEnvelope(previous))).code === 0;
    if (restored) await this.moveMark(previous);
    return restored;
  }

  private async readText(): Promise<string | null> {
    const result = await this.runCommand(this.options.readCommand, null);
    if (result.code === NOTHING_STORED_EXIT_CODE) return null;
    if (result.code !== 0) {
      throw new UsageError(
        `the read-command exited with ${result.code}${result.stderr ? `: ${result.stderr.trim().slice(-500)}` : ''}. It must print the stored value and exit 0, or exit ${NOTHING_STORED_EXIT_CODE} (or print nothing) when nothing is stored yet.`,
      );
    }
    return result.stdout.trim() === '' ? null : result.stdout;
  }

  /** Runs `command` with `sh -c`, the value (if any) on stdin, a hard timeout, output bounded. */
  private runCommand(
    command: string,
    stdin: string | null,
  ): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn('/bin/sh', ['-c', command], {
        env: { ...this.options.env, CODEX_AUTH_STREAM: this.stream },
        stdio: [stdin === null ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        detached: true,
      });
      let stdout = '';
      let stderr = '';
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        if (stdout.length < MAX_OUTPUT) stdout += chunk;
      });
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
        if (stderr.length < MAX_OUTPUT) stderr += chunk;
      });
      const timer = setTimeout(() => {
        if (child.pid !== undefined) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }
      }, this.options.timeoutMs);
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(new UsageError(`cannot run the command through /bin/sh: ${error.message}`));
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({
          code: signal ? null : code,
          stdout,
          stderr: signal ? `killed after ${this.options.timeoutMs / 1000} s` : stderr,
        });
      });
      if (stdin !== null) child.stdin?.end(stdin);
    });
  }
}
