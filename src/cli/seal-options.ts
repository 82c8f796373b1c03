import type { SealInputNames } from '../core/seal-config.js';
import type { SealRequest } from '../roundtrip/seal.js';

export interface SealOptionValues {
  allowAgentToReadCredentials?: boolean;
  fixSandbox?: boolean;
}

/** The CLI takes the sandbox from the Codex arguments (`-- --sandbox workspace-write ...`). */
export const CLI_SEAL_NAMES: SealInputNames = {
  sandbox: '--sandbox in the codex arguments',
  codexArgs: 'the codex arguments',
  codexConfig: '--codex-config',
  optIn: '--allow-agent-to-read-credentials',
  fixNamespaces: '--fix-sandbox',
  codexVersion: 'install a newer @openai/codex, or pass --codex',
};

export function sealRequestFrom(options: SealOptionValues): SealRequest {
  return {
    names: CLI_SEAL_NAMES,
    allowUnsealed: options.allowAgentToReadCredentials === true,
    fixNamespaces: options.fixSandbox !== false,
  };
}
