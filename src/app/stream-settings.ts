import path from 'node:path';
import type { LockKind } from '../core/backend-kinds.js';
import { parseStreamName } from '../core/stream.js';
import { DEFAULT_API_URL } from '../github/api-url.js';
import { parseRepository } from '../github/git-refs.js';
import { readRunContext } from '../github/run-context.js';
import { parseOrgVisibility, parseSecretScope } from '../github/secret-scope.js';
import { defaultLockKind, parseLockKind } from '../locks/create-lock.js';
import { describeHolder, type LockHolder } from '../locks/lock.js';
import { parseStoreKind, type StoreKind, type StoreSettings } from '../stores/create-store.js';
import { defaultStateDir, defaultStateDirSource } from '../stores/state-dir.js';
import { buildStoreSettings } from '../stores/store-settings.js';

// The store, stream and lock settings both front ends read, from the texts they were given: the Action from its
// inputs, the CLI from its flags. The front ends differ only in where each text comes from and how the user spells
// it (`names`), so the messages name the input or flag at fault.

export type { LockHolder, LockKind, StoreKind, StoreSettings };
export { describeHolder };

/** Where the GitHub-backed store or lock lives, as the front end found it (asked only when one is chosen). */
export interface GitHubTargetText {
  readonly repository: string;
  /** How the repository was given, for the message when it is malformed: `--repo`, `GITHUB_REPOSITORY`. */
  readonly repositoryName: string;
  readonly token: string;
  /** Unset: the public API. */
  readonly apiUrl: string | undefined;
}

export interface StreamSettingsRequest {
  readonly stream: string;
  readonly store: string;
  /** Undefined: the lock that goes with the store. */
  readonly lock: string | undefined;
  /** Picks that default lock: inside Actions the repository's refs serialize a stream. */
  readonly onGitHub: boolean;
  /** Undefined: the default state directory (CODEX_AUTH_STATE_DIR or the home's). */
  readonly stateDir: string | undefined;
  readonly github: () => GitHubTargetText;
  readonly secretName: string | undefined;
  readonly secretScope: string;
  readonly secretVisibility: string;
  readonly secretValue: string;
  readonly readCommand: string | undefined;
  readonly writeCommand: string | undefined;
  /** Read after the secret settings, in the order the front ends always checked them. */
  readonly commandTimeoutMs: () => number;
  readonly allowBranchScope: boolean;
  /** How the user spells each setting, for messages: `--secret-name NAME` or `input secret-name`. */
  readonly names: {
    readonly stateDir: string;
    readonly secretName: string;
    readonly secretScope: string;
    readonly secretVisibility: string;
    readonly readCommand: string;
    readonly writeCommand: string;
  };
  /** Each front end words an unknown store or lock its own way (the Action names the input). */
  readonly wrapKindError?: {
    readonly store: (error: Error) => Error;
    readonly lock: (value: string) => Error;
  };
}

export interface StreamBackendSettings {
  readonly store: StoreSettings;
  readonly lock: LockKind;
}

/** The settings of the one store and lock a request names. */
export function resolveStreamSettings(
  request: StreamSettingsRequest,
  env: NodeJS.ProcessEnv,
): StreamBackendSettings {
  const stream = parseStreamName(request.stream);
  const kind = withWrap(() => parseStoreKind(request.store), request.wrapKindError?.store);
  const lockText = request.lock;
  const wrapLock = request.wrapKindError?.lock;
  const lock =
    lockText === undefined
      ? defaultLockKind({ kind }, request.onGitHub)
      : withWrap(() => parseLockKind(lockText), wrapLock && (() => wrapLock(lockText)));
  const store = buildStoreSettings({
    kind,
    lock,
    stream,
    stateDir: request.stateDir ? path.resolve(request.stateDir) : defaultStateDir(env),
    stateDirSource: request.stateDir ? request.names.stateDir : defaultStateDirSource(env),
    github: () => {
      const target = request.github();
      return {
        repository: parseRepository(target.repository, target.repositoryName),
        token: target.token,
        apiUrl: target.apiUrl ?? DEFAULT_API_URL,
      };
    },
    secretName: request.secretName,
    secretScope: parseSecretScope(request.secretScope, request.names.secretScope),
    secretVisibility: parseOrgVisibility(request.secretVisibility, request.names.secretVisibility),
    secretValue: request.secretValue,
    readCommand: request.readCommand,
    writeCommand: request.writeCommand,
    commandTimeoutMs: request.commandTimeoutMs(),
    cacheRef: env.GITHUB_REF ?? '',
    defaultBranch: readRunContext(env).defaultBranch,
    allowBranchScope: request.allowBranchScope,
    names: request.names,
  });
  return { store, lock };
}

function withWrap<T>(parse: () => T, wrap: ((error: Error) => Error) | undefined): T {
  try {
    return parse();
  } catch (error) {
    throw wrap ? wrap(error as Error) : error;
  }
}
