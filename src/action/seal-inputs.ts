import { type SandboxMode, sandboxMode, type SealInputNames } from '../core/seal-config.js';
import type { SealRequest } from '../roundtrip/seal.js';
import { Inputs, readBoolean, readInput } from './settings.js';

export const ACTION_SEAL_NAMES: SealInputNames = {
  sandbox: 'input sandbox',
  codexArgs: 'input codex-args',
  codexConfig: 'input codex-config',
  optIn: 'input allow-agent-to-read-credentials',
  fixNamespaces: 'input fix-sandbox',
  codexVersion: 'set input codex-version to 0.149.0 or later',
};

/** The sandbox and seal inputs. `sandbox` is a profile base, never passed to Codex as --sandbox. */
export function readSealRequest(defaultSandbox: SandboxMode = 'workspace-write'): SealRequest {
  const sandbox = readInput(Inputs.sandbox);
  return {
    sandbox: sandbox === '' ? defaultSandbox : sandboxMode(sandbox, 'input sandbox'),
    names: ACTION_SEAL_NAMES,
    allowUnsealed: readBoolean(Inputs.allowAgentToReadCredentials),
    // Default true: on GitHub's ubuntu-24.04 runners the sandbox cannot start without it.
    fixNamespaces: readInput(Inputs.fixSandbox) === '' ? true : readBoolean(Inputs.fixSandbox),
  };
}
