import { runCodex } from '../codex/run-codex.js';
import { KEY_ENV, parseKey } from '../core/key.js';
import { maskUnparsedSeed } from '../core/seed-text.js';
import type { Logger } from '../core/logger.js';
import type { RoundTripContext } from '../roundtrip/context.js';
import { createBackends } from '../app/context.js';
import type { StoreFlags } from './options.js';
import type { Redactor } from '../core/redactor.js';
import { describeWriter } from '../github/writer.js';

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
  return {
    stream: flags.store.stream,
    ...(await createBackends(flags.store, flags.lock, env, log)),
    key,
    runCodex,
    log,
    secrets: redactor,
    writer: describeWriter(env),
    now: () => new Date(),
  };
}
