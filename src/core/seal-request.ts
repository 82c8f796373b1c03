import type { SandboxMode } from './sandbox-mode.js';

// What a front end asks of the seal, as plain data: the front ends build it from their inputs, seal/ acts on it.

/** Names of the inputs or flags a message should point at (they differ between the Action and the CLI). */
export interface SealInputNames {
  readonly sandbox: string;
  readonly codexArgs: string;
  readonly codexConfig: string;
  readonly optIn: string;
  readonly fixNamespaces: string;
  readonly codexVersion: string;
  /** The codex-user input / --codex-user flag. */
  readonly codexUser: string;
}

/** The codex-user value that asks for the default agent user, created with sudo (a user cannot be named this). */
export const CODEX_USER_CREATE = 'create';

export interface SealRequest {
  /** The front end's own sandbox choice (the Action's sandbox input); the CLI takes it from the Codex arguments. */
  readonly sandbox?: SandboxMode | undefined;
  readonly names: SealInputNames;
  /** The user accepted that an unsandboxed agent (danger-full-access, or network access) can read credentials. */
  readonly allowUnsealed: boolean;
  /** Let the tool set up user namespaces with passwordless sudo when the sandbox cannot start. */
  readonly fixNamespaces: boolean;
  /**
   * Run Codex as this separate user (danger-full-access, network): a user name, or CODEX_USER_CREATE for the
   * default `codex-agent`, created with sudo. Undefined: Codex runs as this process's user.
   */
  readonly codexUser?: string | undefined;
}
