import type { SecretSink } from '../core/logger.js';

/**
 * The CLI's equivalent of the runner's `::add-mask::`: every secret is registered the moment it enters memory,
 * and every line the CLI prints (its own and Codex's) passes through `redact` first.
 */
export class Redactor implements SecretSink {
  private readonly secrets = new Set<string>();

  add(values: readonly string[]): void {
    for (const value of values) if (value.length >= 8) this.secrets.add(value);
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) {
      if (out.includes(secret)) out = out.split(secret).join('***');
    }
    return out;
  }
}
