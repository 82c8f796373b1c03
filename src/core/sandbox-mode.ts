import { UsageError } from './errors.js';

// Apart from seal-config.ts (and its TOML parser) so that parsing flags does not load what only a run needs.

export const SANDBOX_MODES = ['read-only', 'workspace-write', 'danger-full-access'] as const;
export type SandboxMode = (typeof SANDBOX_MODES)[number];

export function sandboxMode(value: string | undefined, where: string): SandboxMode {
  if ((SANDBOX_MODES as readonly (string | undefined)[]).includes(value)) return value as SandboxMode;
  throw new UsageError(
    `${where} must be one of ${SANDBOX_MODES.join(', ')}, not ${JSON.stringify(value ?? '')}.`,
  );
}
