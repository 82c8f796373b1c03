import { runnerMasks } from './action-context.js';
import { parseBundle, secretValues } from '../core/bundle.js';
import type { SecretInputs } from './inputs.js';

/**
 * Masks every secret input before anything else runs, even in a job that is then refused: the key, the tokens,
 * and each token inside auth-json (field by field). An auth-json that does not parse still has its long
 * token-like runs masked, since its error message may be printed next.
 */
export function maskSecretInputs(secrets: SecretInputs): void {
  for (const value of [secrets.key, secrets.accessToken, secrets.apiKey, secrets.githubToken]) {
    if (value) {
      runnerMasks.add([value, value.trim()]);
    }
  }
  if (!secrets.authJson) return;
  try {
    runnerMasks.add(secretValues(parseBundle(secrets.authJson)));
  } catch {
    runnerMasks.add(secrets.authJson.match(/[A-Za-z0-9._~+/=-]{20,}/g) ?? []);
  }
}
