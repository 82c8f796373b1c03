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
function asCodexAuthError(error) {
  if (error instanceof CodexAuthError) return error;
  if (error instanceof Error) return new InternalError(error.message, { cause: error });
  return new InternalError(`unexpected failure: ${String(error)}`);
}
function prefixError(error, prefix) {
  const ErrorClass = error.constructor;
  return new ErrorClass(`${prefix}${error.message}`, { cause: error });
}
var RollbackRefusedError = class extends CodexAuthError {
  exitCode = ExitCode.storeConflict;
  code = "rollback_refused";
  name = "RollbackRefusedError";
};

export {
  ExitCode,
  UsageError,
  AuthUnusableError,
  NotSeededError,
  LockTimeoutError,
  LockLostError,
  StoreConflictError,
  EnvelopeError,
  SealError,
  CodexFailedError,
  UsageLimitError,
  RunTimeoutError,
  InternalError,
  asCodexAuthError,
  prefixError,
  RollbackRefusedError
};
