import { actionLogger, runnerMasks } from './runner-output.js';
import { hideFromProcEnviron } from '../app/input-files.js';
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
  try {
    const { text, decodedFrom } = normalizeSeedText(secrets.authJson, 'auth-json', '');
    runnerMasks.add(secretValues(parseBundle(text)));
    // base64 of an auth.json is a secret as a whole too, not only field by field once decoded.
    if (decodedFrom) runnerMasks.add([secrets.authJson, secrets.authJson.trim()]);
  } catch {
    // Its error message may be printed next: mask what could be a token (a path is no secret, and stays readable).
    maskUnparsedSeed(runnerMasks, secrets.authJson);
  }
}

/**
 * Every input is read by now. The runner put the secret ones in our environment block, which any unsandboxed
 * process of this user can read as /proc/<our pid>/environ: overwrite them there (process.env would not).
 */
export function hideSecretInputsFromProc(secrets: SecretInputs, optedIn: boolean): void {
  const values = [secrets.key, secrets.authJson, secrets.githubToken, secrets.accessToken, secrets.apiKey];
  const scrubbed = hideFromProcEnviron(values.filter((value) => value !== ''));
  if (optedIn) {
    actionLogger.warn(
      scrubbed === null
        ? 'this runner does not let the Action overwrite its own environment block: an unsandboxed agent can read the key, the seed and the GitHub token in /proc/<pid>/environ of this step.'
        : `an unsandboxed agent can read other processes' memory and files; the secret inputs were overwritten in this step's environment block (${scrubbed} values), but the login it runs under stays readable in CODEX_HOME.`,
    );
  }
}
