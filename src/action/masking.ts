import { runnerMasks } from './action-context.js';
import { parseBundle, secretValues } from '../core/bundle.js';
import { maskUnparsedSeed, normalizeSeedText } from '../core/seed-text.js';
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
  // base64 of an auth.json is a secret as a whole and field by field once decoded; a path is no secret at all.
  maskUnparsedSeed(runnerMasks, secrets.authJson);
  try {
    runnerMasks.add(secretValues(parseBundle(normalizeSeedText(secrets.authJson, 'auth-json', '').text)));
  } catch {
    // Masked above as token-like runs; its error message comes later.
  }
}
