import { CLI_VOCABULARY } from '../app/vocabulary.js';
import type { SealRequest } from '../core/seal-request.js';

import type { OptionValuesOf } from './args/spec.js';
import type { SEAL_OPTIONS } from './shared-options.js';

/** `run` also takes --codex-user; restore does not (it does not isolate). */
export type SealOptionValues = OptionValuesOf<typeof SEAL_OPTIONS> & {
  readonly codexUser?: string | undefined;
};

export function sealRequestFrom(options: SealOptionValues): SealRequest {
  return {
    names: CLI_VOCABULARY.seal,
    allowUnsealed: options.allowAgentToReadCredentials === true,
    fixNamespaces: options.fixSandbox !== false,
    ...(options.codexUser === undefined ? {} : { codexUser: options.codexUser }),
  };
}
