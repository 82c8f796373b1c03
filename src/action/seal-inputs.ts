import { ACTION_VOCABULARY } from '../app/vocabulary.js';
import { type SandboxMode, sandboxMode } from '../core/sandbox-mode.js';
import type { SealRequest } from '../core/seal-request.js';
import { Inputs, readBoolean, readInput } from './settings.js';

/** The sandbox and seal inputs. `sandbox` is a profile base, never passed to Codex as --sandbox. */
export function readSealRequest(defaultSandbox: SandboxMode = 'workspace-write'): SealRequest {
  const sandbox = readInput(Inputs.sandbox);
  return {
    sandbox: sandbox === '' ? defaultSandbox : sandboxMode(sandbox, ACTION_VOCABULARY.seal.sandbox),
    names: ACTION_VOCABULARY.seal,
    allowUnsealed: readBoolean(Inputs.allowAgentToReadCredentials),
    // Default true: on GitHub's ubuntu-24.04 runners the sandbox cannot start without it.
    fixNamespaces: readInput(Inputs.fixSandbox) === '' ? true : readBoolean(Inputs.fixSandbox),
    ...(readInput(Inputs.codexUser) === '' ? {} : { codexUser: readInput(Inputs.codexUser) }),
  };
}
