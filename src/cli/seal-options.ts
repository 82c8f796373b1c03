import { CLI_VOCABULARY } from '../app/vocabulary.js';
import type { SealRequest } from '../core/seal-request.js';

export interface SealOptionValues {
  allowAgentToReadCredentials?: boolean;
  fixSandbox?: boolean;
}

export function sealRequestFrom(options: SealOptionValues): SealRequest {
  return {
    names: CLI_VOCABULARY.seal,
    allowUnsealed: options.allowAgentToReadCredentials === true,
    fixNamespaces: options.fixSandbox !== false,
  };
}
