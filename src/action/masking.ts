import * as core from '@actions/core';
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
      core.setSecret(value);
      if (value.trim() !== value) core.setSecret(value.trim());
    }
  }
  if (!secrets.authJson) return;
  try {
    for (const value of secretValues(parseBundle(secrets.authJson))) core.setSecret(value);
  } catch {
    for (const run of secrets.authJson.match(/[A-Za-z0-9._~+/=-]{20,}/g) ?? []) core.setSecret(run);
  }
}
