import type { SecretSink } from './logger.js';

/**
 * Every secret is registered the moment it enters memory; every text that leaves the tool passes through `redact`
 * first: the CLI's lines (its own and Codex's), and the Action's outputs, which the runner's log masking does not
 * cover (an agent that read its own auth.json could put a token in its final message).
 */
export class Redactor implements SecretSink {
  private readonly secrets = new Set<string>();

  add(values: readonly string[]): void {
    for (const value of values) if (value.length >= 8) this.secrets.add(value);
  }

  contains(text: string): boolean {
    for (const secret of this.secrets) if (text.includes(secret)) return true;
    return false;
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) {
      if (out.includes(secret)) out = out.split(secret).join('***');
    }
    return out;
  }
}
