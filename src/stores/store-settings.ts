import { UsageError } from '../core/errors.js';
import { legacyStreamMessage } from '../core/stream.js';
import type { LockKind } from '../core/backend-kinds.js';
import type { OrgVisibility, SecretScope } from '../github/secret-scope.js';
import type { GitHubTarget, StoreKind, StoreSettings } from './create-store.js';

/**
 * What a front end read (flags or inputs, already type-checked), turned into the settings of the one store it names.
 * The front ends differ only in where values come from and what the user calls them (`names`).
 */
export interface StoreChoice {
  readonly kind: StoreKind;
  readonly lock: LockKind;
  readonly stream: string;
  readonly stateDir: string;
  /** How the user set stateDir, for messages: `--state-dir`, `CODEX_AUTH_STATE_DIR`, `input state-dir`. */
  readonly stateDirSource: string;
  /** Asked only when the store or lock lives on GitHub. */
  readonly github: () => GitHubTarget;
  readonly secretName: string | undefined;
  readonly secretScope: SecretScope;
  readonly secretVisibility: OrgVisibility;
  /** github-secret: the value this job received. */
  readonly secretValue: string;
  readonly readCommand: string | undefined;
  readonly writeCommand: string | undefined;
  readonly commandTimeoutMs: number;
  readonly cacheRef: string;
  readonly defaultBranch: string | null;
  readonly allowBranchScope: boolean;
  /** How the user spells each setting, for messages: `--secret-name NAME` or `input secret-name`. */
  readonly names: {
    readonly secretName: string;
    readonly readCommand: string;
    readonly writeCommand: string;
  };
}

export function buildStoreSettings(choice: StoreChoice): StoreSettings {
  const { kind } = choice;
  // A name only the old rule allowed cannot be a git ref: on a git-ref store or lock no such stream can exist.
  const legacy = legacyStreamMessage(choice.stream, false);
  if (legacy !== null && (kind === 'git-ref' || choice.lock === 'git-ref')) throw new UsageError(legacy);
  return {
    kind,
    stream: choice.stream,
    stateDir: choice.stateDir,
    stateDirSource: choice.stateDirSource,
    github:
      kind === 'git-ref' || kind === 'github-secret' || choice.lock === 'git-ref'
        ? choice.github()
        : undefined,
    secret:
      kind === 'github-secret'
        ? {
            name: required(choice.secretName, choice.names.secretName),
            scope: choice.secretScope,
            currentValue: choice.secretValue,
            newVisibility: choice.secretVisibility,
          }
        : undefined,
    command:
      kind === 'command'
        ? {
            read: required(choice.readCommand, choice.names.readCommand),
            write: required(choice.writeCommand, choice.names.writeCommand),
            timeoutMs: choice.commandTimeoutMs,
          }
        : undefined,
    cache:
      kind === 'cache'
        ? {
            ref: choice.cacheRef,
            defaultBranch: choice.defaultBranch,
            allowBranchScope: choice.allowBranchScope,
          }
        : undefined,
  };
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new UsageError(`this store needs ${name}.`);
  return value;
}
