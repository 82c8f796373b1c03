import { KEY_ENV, parseKey } from '../core/key.js';
import { createRoundTripContext, type RoundTripContext } from '../app/round-trip-context.js';
import type { SecretInputs, StreamSettings } from './inputs.js';
import { actionLogger, runnerMasks } from './runner-output.js';

export async function createActionContext(
  settings: StreamSettings,
  secrets: SecretInputs,
  env: NodeJS.ProcessEnv,
): Promise<RoundTripContext> {
  return createRoundTripContext(
    {
      store: settings.store,
      lock: settings.lock,
      key: () => parseKey(secrets.key || undefined, `input key (${KEY_ENV})`),
      log: actionLogger,
      secrets: runnerMasks,
    },
    env,
  );
}
