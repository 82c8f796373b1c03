// A suite-wide guard against credential leaks. Everything that issues a secret in a test (the simulator, token
// generators, key generation) registers it here; every harness that captures output (stdout, stderr, files a
// command printed) records it here. After each test, any registered secret found in any recorded output fails it.

const secrets = new Set<string>();
const outputs: { label: string; text: string }[] = [];

export function registerSecret(value: string): void {
  // Very short values would match by accident; every real token and key is far longer.
  if (value.length >= 12) secrets.add(value);
}

export function recordOutput(label: string, text: string): void {
  if (text.length > 0) outputs.push({ label, text });
}

export function registeredSecretCount(): number {
  return secrets.size;
}

/** Throws naming the output and the secret's position (never the secret itself). */
export function assertNoLeaks(): void {
  const pending = outputs.splice(0, outputs.length);
  for (const { label, text } of pending) {
    for (const secret of secrets) {
      const at = text.indexOf(secret);
      if (at !== -1) {
        throw new Error(
          `leak guard: a registered secret (length ${secret.length}) appeared in ${label} at offset ${at}`,
        );
      }
    }
  }
}

/** For the guard's own test: forget recorded outputs without checking them. */
export function discardOutputs(): void {
  outputs.splice(0, outputs.length);
}
