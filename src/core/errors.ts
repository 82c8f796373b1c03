// Exit codes are part of the CLI's contract: scripts branch on them, so they never change meaning.
export const ExitCode = {
  ok: 0,
  codexFailed: 1,
  usage: 2,
  authUnusable: 3,
  lockTimeout: 4,
  storeConflict: 5,
  envelopeUnreadable: 6,
  notSealed: 7,
  usageLimited: 8,
  runTimeout: 9,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** Every failure the tool reports on purpose. The message always says what to do about it. */
export abstract class CodexAuthError extends Error {
  abstract readonly exitCode: ExitCodeValue;
  abstract readonly code: string;
}

export class UsageError extends CodexAuthError {
  readonly exitCode = ExitCode.usage;
  readonly code = 'usage';
  override readonly name = 'UsageError';
}

/** The bundle cannot be used as it is: a human must sign in again and reseed the stream. */
export class AuthUnusableError extends CodexAuthError {
  readonly exitCode = ExitCode.authUnusable;
  readonly code = 'auth_unusable';
  override readonly name = 'AuthUnusableError';
}

/**
 * The stream holds nothing and no seed was given: a name never seeded (or misspelt). Exit 3 like a dead login,
 * since a human must sign in and seed either way, but its own code: nothing was lost, no session is dead.
 */
export class NotSeededError extends CodexAuthError {
  readonly exitCode = ExitCode.authUnusable;
  readonly code = 'not_seeded';
  override readonly name = 'NotSeededError';
}

export class LockTimeoutError extends CodexAuthError {
  readonly exitCode = ExitCode.lockTimeout;
  readonly code = 'lock_timeout';
  override readonly name = 'LockTimeoutError';
}

/** A lease this process meant to resume (restore -> persist) was released or taken over meanwhile. */
export class LockLostError extends CodexAuthError {
  readonly exitCode = ExitCode.lockTimeout;
  readonly code = 'lock_lost';
  override readonly name = 'LockLostError';
}

/** Someone else wrote the stream since we loaded it; writing now would overwrite a newer copy. */
export class StoreConflictError extends CodexAuthError {
  readonly exitCode = ExitCode.storeConflict;
  readonly code = 'store_conflict';
  override readonly name = 'StoreConflictError';
}

/**
 * The store holds an older copy than the highest generation written (a restored backup, the kept previous copy put
 * over the current one). Refused before Codex runs: its refresh token was rotated away, and using it would look
 * like token theft to the ChatGPT side, which may revoke the whole session.
 */
export class RollbackRefusedError extends CodexAuthError {
  readonly exitCode = ExitCode.storeConflict;
  readonly code = 'rollback_refused';
  override readonly name = 'RollbackRefusedError';
}

/** The stored envelope cannot be opened: wrong key, tampered bytes, or a format this version does not know. */
export class EnvelopeError extends CodexAuthError {
  readonly exitCode = ExitCode.envelopeUnreadable;
  readonly code = 'envelope_unreadable';
  override readonly name = 'EnvelopeError';
}

/**
 * The agent's commands could read a credential (or could not run at all), so Codex is not started: the seal
 * probe failed, or an unsandboxed run was asked for without the opt-in.
 */
export class SealError extends CodexAuthError {
  readonly exitCode = ExitCode.notSealed;
  readonly code = 'not_sealed';
  override readonly name = 'SealError';
}

/** Codex itself failed for a reason other than auth. Anything it refreshed was persisted before this is thrown. */
export class CodexFailedError extends CodexAuthError {
  readonly exitCode = ExitCode.codexFailed;
  readonly code = 'codex_failed';
  override readonly name = 'CodexFailedError';
}

/**
 * A ChatGPT plan window ran out: the login is fine (it is neither written nor marked dead for this), the work must
 * wait for the reset, or run on another lane.
 */
export class UsageLimitError extends CodexAuthError {
  readonly exitCode = ExitCode.usageLimited;
  readonly code = 'usage_limited';
  override readonly name = 'UsageLimitError';
}

/** `revoke` could not confirm the sign-out at OpenAI: the stream is kept, the session may still be live. */
export class RevokeUnconfirmedError extends CodexAuthError {
  readonly exitCode = ExitCode.codexFailed;
  readonly code = 'revoke_unconfirmed';
  override readonly name = 'RevokeUnconfirmedError';
}

/**
 * Codex ran past the run timeout and was stopped with everything it started. Anything it refreshed before was
 * persisted and the lock released: the stream is fine, the task did not finish.
 */
export class RunTimeoutError extends CodexAuthError {
  readonly exitCode = ExitCode.runTimeout;
  readonly code = 'run_timeout';
  override readonly name = 'RunTimeoutError';
}

/** A failure we did not anticipate. Exit 1, with the original message (which never holds a token). */
export class InternalError extends CodexAuthError {
  readonly exitCode = ExitCode.codexFailed;
  readonly code = 'internal';
  override readonly name = 'InternalError';
}

/**
 * Every code with the exit code it goes with. An error is recognised by these two fields, not by `instanceof`:
 * each of the CLI's bundles has its own copy of the classes, and an error made by one copy is no instance of
 * another's.
 */
const EXIT_CODE_OF_CODE: Readonly<Record<string, ExitCodeValue>> = {
  usage: ExitCode.usage,
  auth_unusable: ExitCode.authUnusable,
  not_seeded: ExitCode.authUnusable,
  lock_timeout: ExitCode.lockTimeout,
  lock_lost: ExitCode.lockTimeout,
  store_conflict: ExitCode.storeConflict,
  rollback_refused: ExitCode.storeConflict,
  envelope_unreadable: ExitCode.envelopeUnreadable,
  not_sealed: ExitCode.notSealed,
  codex_failed: ExitCode.codexFailed,
  usage_limited: ExitCode.usageLimited,
  revoke_unconfirmed: ExitCode.codexFailed,
  run_timeout: ExitCode.runTimeout,
  internal: ExitCode.codexFailed,
};

/** Whether `error` is one of ours, whichever copy of the classes made it. */
export function isCodexAuthError(error: unknown): error is CodexAuthError {
  if (!(error instanceof Error)) return false;
  const { code, exitCode } = error as Partial<CodexAuthError>;
  return (
    typeof code === 'string' && Object.hasOwn(EXIT_CODE_OF_CODE, code) && EXIT_CODE_OF_CODE[code] === exitCode
  );
}

export function asCodexAuthError(error: unknown): CodexAuthError {
  if (isCodexAuthError(error)) return error;
  if (error instanceof Error) return new InternalError(error.message, { cause: error });
  return new InternalError(`unexpected failure: ${String(error)}`);
}

/** What the predicates below look at: a thrown error, or the one a result carries (null when it succeeded). */
type Failure = Pick<CodexAuthError, 'exitCode'>;

/** A bad input or setting (exit 2): nothing was used up, the user changes the call and runs again. */
export function isUsageError(error: unknown): boolean {
  return isCodexAuthError(error) && error.exitCode === ExitCode.usage;
}

/** A human must sign in (exit 3): the login is dead, or the stream was never seeded. */
export function needsSignIn(failure: Failure | null | undefined): boolean {
  return failure?.exitCode === ExitCode.authUnusable;
}

/** The stored copy cannot be opened (exit 6): wrong key, tampered bytes, an unknown format. */
export function isEnvelopeUnreadable(failure: Failure | null | undefined): boolean {
  return failure?.exitCode === ExitCode.envelopeUnreadable;
}

/** A human has to reseed the stream: its login is dead (or missing), or its stored copy cannot be opened. */
export function needsReseed(failure: Failure | null | undefined): boolean {
  return needsSignIn(failure) || isEnvelopeUnreadable(failure);
}

/** Keeps the error's class (and so its exit code) while putting what is at stake in front of its message. */
export function prefixError(error: CodexAuthError, prefix: string): CodexAuthError {
  const ErrorClass = error.constructor as new (message: string, options?: ErrorOptions) => CodexAuthError;
  return new ErrorClass(`${prefix}${error.message}`, { cause: error });
}
