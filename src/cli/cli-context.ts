import { KEY_ENV, parseKey } from '../core/key.js';
import { maskUnparsedSeed } from '../core/seed-text.js';
import type { Logger } from '../core/logger.js';
import { createRoundTripContext, type RoundTripContext } from '../app/round-trip-context.js';
import type { StoreFlags } from './options.js';
import type { Redactor } from '../core/redactor.js';

/** Wires the real backends for one CLI command. The key is masked before anything else can print it. */
export async function createCliContext(
  flags: StoreFlags,
  env: NodeJS.ProcessEnv,
  log: Logger,
  redactor: Redactor,
): Promise<RoundTripContext> {
  const keyText = env[KEY_ENV];
  if (keyText) redactor.add([keyText, keyText.trim()]);
  if (flags.store.github) redactor.add([flags.store.github.token]);
  // The secret's value, unless it is only a path (no secret, and our hint names it).
  if (flags.store.secret?.currentValue) maskUnparsedSeed(redactor, flags.store.secret.currentValue);
  const key = parseKey(keyText);
  return createRoundTripContext(
    { store: flags.store, lock: flags.lock, key: () => key, log, secrets: redactor },
    env,
  );
}
