import { CLI_VOCABULARY } from '../app/vocabulary.js';
import type { SealRequest } from '../core/seal-request.js';

export interface SealOptionValues {
  allowAgentToReadCredentials?: boolean;
  fixSandbox?: boolean;
  codexUser?: string;
}

export function sealRequestFrom(options: SealOptionValues): SealRequest {
  return {
    names: CLI_VOCABULARY.seal,
    allowUnsealed: options.allowAgentToReadCredentials === true,
    fixNamespaces: options.fixSandbox !== false,
    ...(options.codexUser === undefined ? {} : { codexUser: options.codexUser }),
  };
}
