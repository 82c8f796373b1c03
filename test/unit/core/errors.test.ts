import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as errors from '../../../src/core/errors.js';
import {
  asCodexAuthError,
  CodexAuthError,
  ExitCode,
  isCodexAuthError,
  isEnvelopeUnreadable,
  isUsageError,
  needsReseed,
  needsSignIn,
  prefixError,
} from '../../../src/core/errors.js';
import { isEmptyRepositoryError } from '../../../src/github/github-errors.js';

type ErrorClass = new (message: string, options?: ErrorOptions) => CodexAuthError;

/** Every error class core/errors.ts exports, by name. */
function classesOf(module: Record<string, unknown>): [string, ErrorClass][] {
  return Object.entries(module).filter(
    (entry): entry is [string, ErrorClass] =>
      typeof entry[1] === 'function' &&
      entry[1] !== module.CodexAuthError &&
      (entry[1] as { prototype: unknown }).prototype instanceof (module.CodexAuthError as ErrorClass),
  );
}

// The CLI ships one file per command bundle (dist/cli/*.cjs), each with its own copy of these classes. A second
// copy made the same way (esbuild, CommonJS) stands for another bundle's.
let dir: string;
let copy: Record<string, unknown>;
let copiedGitHubErrors: Record<string, unknown>;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codex-auth-errors-'));
  const bundle = async (entry: string, name: string) => {
    const outfile = path.join(dir, `${name}.cjs`);
    await build({
      entryPoints: [entry],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      outfile,
      logLevel: 'silent',
    });
    return (await import(pathToFileURL(outfile).href)) as { default: Record<string, unknown> };
  };
  copy = (await bundle('src/core/errors.ts', 'errors')).default;
  copiedGitHubErrors = (await bundle('src/github/github-errors.ts', 'github-errors')).default;
}, 60_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('errors are recognised by their code and exit code', () => {
  it('knows every class it exports, with the exit code the class declares', () => {
    const classes = classesOf(errors);
    expect(classes.length).toBeGreaterThanOrEqual(14);
    for (const [name, ErrorClass] of classes) {
      const error = new ErrorClass('what to do');
      expect(isCodexAuthError(error), name).toBe(true);
      expect(asCodexAuthError(error), name).toBe(error);
      expect(Object.values(ExitCode), name).toContain(error.exitCode);
    }
  });

  it("keeps another bundle's error as it is: its code, its exit code, its message", () => {
    const classes = classesOf(copy);
    expect(classes.map(([name]) => name).sort()).toEqual(
      classesOf(errors)
        .map(([name]) => name)
        .sort(),
    );
    for (const [name, ErrorClass] of classes) {
      const foreign = new ErrorClass('the fix is named here');
      expect(foreign instanceof CodexAuthError, name).toBe(false);
      const seen = asCodexAuthError(foreign);
      expect(seen, name).toBe(foreign);
      expect({ code: seen.code, exitCode: seen.exitCode, message: seen.message }, name).toEqual({
        code: foreign.code,
        exitCode: foreign.exitCode,
        message: 'the fix is named here',
      });
    }
    const usage = new (copy.UsageError as ErrorClass)('bad input');
    expect(isUsageError(usage)).toBe(true);
    expect(needsSignIn(new (copy.NotSeededError as ErrorClass)('never seeded'))).toBe(true);
    // prefixError keeps the class of the copy that made it, and so its code.
    expect(prefixError(usage, 'persist: ')).toMatchObject({ code: 'usage', message: 'persist: bad input' });
  });

  it("recognises another bundle's EmptyRepositoryError, which doctor turns into its fix", () => {
    const foreign = new (copiedGitHubErrors.EmptyRepositoryError as ErrorClass)('no branches');
    expect(isEmptyRepositoryError(foreign)).toBe(true);
    expect(isEmptyRepositoryError(new errors.UsageError('no branches'))).toBe(false);
  });

  it('turns anything else into an internal error (exit 1), even with a code that looks like ours', () => {
    const errno = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    const lookalike = Object.assign(new Error('not ours'), { code: 'usage', exitCode: ExitCode.codexFailed });
    const unknownCode = Object.assign(new Error('not ours'), { code: 'nope', exitCode: ExitCode.usage });
    for (const error of [errno, lookalike, unknownCode, 'a string', { code: 'usage', exitCode: 2 }]) {
      expect(isCodexAuthError(error)).toBe(false);
      expect(asCodexAuthError(error)).toMatchObject({ code: 'internal', exitCode: ExitCode.codexFailed });
    }
  });

  it('says which failures need a human: sign in (exit 3), reseed (exit 3 or 6), fix the input (exit 2)', () => {
    const table: [ErrorClass, { signIn: boolean; reseed: boolean; unreadable: boolean; usage: boolean }][] = [
      [errors.AuthUnusableError, { signIn: true, reseed: true, unreadable: false, usage: false }],
      [errors.NotSeededError, { signIn: true, reseed: true, unreadable: false, usage: false }],
      [errors.EnvelopeError, { signIn: false, reseed: true, unreadable: true, usage: false }],
      [errors.UsageError, { signIn: false, reseed: false, unreadable: false, usage: true }],
      [errors.StoreConflictError, { signIn: false, reseed: false, unreadable: false, usage: false }],
      [errors.RollbackRefusedError, { signIn: false, reseed: false, unreadable: false, usage: false }],
      [errors.UsageLimitError, { signIn: false, reseed: false, unreadable: false, usage: false }],
    ];
    for (const [ErrorClass, expected] of table) {
      const error = new ErrorClass('x');
      expect(
        {
          signIn: needsSignIn(error),
          reseed: needsReseed(error),
          unreadable: isEnvelopeUnreadable(error),
          usage: isUsageError(error),
        },
        ErrorClass.name,
      ).toEqual(expected);
    }
    expect([
      needsSignIn(null),
      needsReseed(null),
      isEnvelopeUnreadable(undefined),
      isUsageError(null),
    ]).toEqual([false, false, false, false]);
  });
});
