import * as core from '@actions/core';
import { KEY_ENV, parseKey } from '../core/key.js';
import type { Logger, SecretSink } from '../core/logger.js';
import { runCodex } from '../codex/run-codex.js';
import { describeWriter } from '../github/writer.js';
import type { RoundTripContext } from '../roundtrip/context.js';
import { createBackends } from '../roundtrip/backends.js';
import type { SecretInputs, StreamSettings } from './inputs.js';

export const actionLogger: Logger = {
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  debug: (message) => core.debug(message),
};

/** Masks for the runner: each value separately (masking a whole JSON document would mask lines like `{`). */
export const runnerMasks: SecretSink = {
  add(values) {
    for (const value of values) if (value.length >= 8) core.setSecret(value);
  },
};

export function createActionContext(
  settings: StreamSettings,
  secrets: SecretInputs,
  env: NodeJS.ProcessEnv,
): RoundTripContext {
  return {
    stream: settings.store.stream,
    ...createBackends(settings.store, settings.lock, env, actionLogger),
    key: parseKey(secrets.key || undefined, `input key (${KEY_ENV})`),
    runCodex,
    log: actionLogger,
    secrets: runnerMasks,
    writer: describeWriter(env),
    now: () => new Date(),
  };
}
