import type { LockKind, StoreSettings } from '../app/stream-settings.js';
import type { SealRequest } from '../core/seal-request.js';

// The shapes the Action's inputs are read into (inputs.ts, lane-inputs.ts read them), apart so the readers can
// share them without importing each other.

export type CredentialMode = 'stream' | 'access-token' | 'api-key';

/** The secret inputs, read first so they are masked before anything else can fail or print. */
export interface SecretInputs {
  readonly key: string;
  readonly authJson: string;
  readonly accessToken: string;
  readonly apiKey: string;
  readonly githubToken: string;
}

export interface StreamSettings {
  readonly store: StoreSettings;
  readonly lock: LockKind;
  readonly lockTimeoutMs: number;
}

export interface ActionSettings extends StreamSettings {
  readonly mode: CredentialMode;
  readonly codexExecArgs: readonly string[];
  readonly codexConfig: string | undefined;
  readonly workingDirectory: string;
  readonly codexVersion: string;
  readonly allowPublicRepository: boolean;
  readonly allowUntrustedEvents: boolean;
  readonly seal: SealRequest;
  readonly runTimeoutMs: number;
}
