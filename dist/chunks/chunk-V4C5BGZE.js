#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/core/errors.ts
var ExitCode = {
  ok: 0,
  codexFailed: 1,
  usage: 2,
  authUnusable: 3,
  lockTimeout: 4,
  storeConflict: 5,
  envelopeUnreadable: 6,
  notSealed: 7,
  usageLimited: 8,
  runTimeout: 9
};
var CodexAuthError = class extends Error {
};
var UsageError = class extends CodexAuthError {
  exitCode = ExitCode.usage;
  code = "usage";
  name = "UsageError";
};
var AuthUnusableError = class extends CodexAuthError {
  exitCode = ExitCode.authUnusable;
  code = "auth_unusable";
  name = "AuthUnusableError";
};
var NotSeededError = class extends CodexAuthError {
  exitCode = ExitCode.authUnusable;
  code = "not_seeded";
  name = "NotSeededError";
};
var LockTimeoutError = class extends CodexAuthError {
  exitCode = ExitCode.lockTimeout;
  code = "lock_timeout";
  name = "LockTimeoutError";
};
var LockLostError = class extends CodexAuthError {
  exitCode = ExitCode.lockTimeout;
  code = "lock_lost";
  name = "LockLostError";
};
var StoreConflictError = class extends CodexAuthError {
  exitCode = ExitCode.storeConflict;
  code = "store_conflict";
  name = "StoreConflictError";
};
var RollbackRefusedError = class extends CodexAuthError {
  exitCode = ExitCode.storeConflict;
  code = "rollback_refused";
  name = "RollbackRefusedError";
};
var EnvelopeError = class extends CodexAuthError {
  exitCode = ExitCode.envelopeUnreadable;
  code = "envelope_unreadable";
  name = "EnvelopeError";
};
var SealError = class extends CodexAuthError {
  exitCode = ExitCode.notSealed;
  code = "not_sealed";
  name = "SealError";
};
var CodexFailedError = class extends CodexAuthError {
  exitCode = ExitCode.codexFailed;
  code = "codex_failed";
  name = "CodexFailedError";
};
var UsageLimitError = class extends CodexAuthError {
  exitCode = ExitCode.usageLimited;
  code = "usage_limited";
  name = "UsageLimitError";
};
var RunTimeoutError = class extends CodexAuthError {
  exitCode = ExitCode.runTimeout;
  code = "run_timeout";
  name = "RunTimeoutError";
};
var InternalError = class extends CodexAuthError {
  exitCode = ExitCode.codexFailed;
  code = "internal";
  name = "InternalError";
};
var EXIT_CODE_OF_CODE = {
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
  internal: ExitCode.codexFailed
};
function isCodexAuthError(error) {
  if (!(error instanceof Error)) return false;
  const { code, exitCode } = error;
  return typeof code === "string" && Object.hasOwn(EXIT_CODE_OF_CODE, code) && EXIT_CODE_OF_CODE[code] === exitCode;
}
function asCodexAuthError(error) {
  if (isCodexAuthError(error)) return error;
  if (error instanceof Error) return new InternalError(error.message, { cause: error });
  return new InternalError(`unexpected failure: ${String(error)}`);
}
function isUsageError(error) {
  return isCodexAuthError(error) && error.exitCode === ExitCode.usage;
}
function needsSignIn(failure) {
  return failure?.exitCode === ExitCode.authUnusable;
}
function isEnvelopeUnreadable(failure) {
  return failure?.exitCode === ExitCode.envelopeUnreadable;
}
function needsReseed(failure) {
  return needsSignIn(failure) || isEnvelopeUnreadable(failure);
}
function prefixError(error, prefix) {
  const ErrorClass = error.constructor;
  return new ErrorClass(`${prefix}${error.message}`, { cause: error });
}

export {
  ExitCode,
  UsageError,
  AuthUnusableError,
  NotSeededError,
  LockTimeoutError,
  LockLostError,
  StoreConflictError,
  RollbackRefusedError,
  EnvelopeError,
  SealError,
  CodexFailedError,
  UsageLimitError,
  RunTimeoutError,
  InternalError,
  asCodexAuthError,
  isUsageError,
  needsSignIn,
  needsReseed,
  prefixError
};
