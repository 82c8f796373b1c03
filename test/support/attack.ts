// What attack tests assert about what the agent saw. The message names a secret by its first characters only, so a
// failing test never prints the secret it found.
import { expect } from 'vitest';

export function expectNoneOf(seen: string, secrets: readonly string[]): void {
  for (const secret of secrets) {
    expect(seen.includes(secret), `the agent saw a secret (${secret.slice(0, 6)}…)`).toBe(false);
  }
}
