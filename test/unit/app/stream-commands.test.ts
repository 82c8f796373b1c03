// The use cases the CLI's quick commands call (app/status.ts, app/unlock.ts, app/inspect.ts), in process, with the
// real file store and file lease lock in a temp directory: what each returns is what the CLI prints.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectAuthFile } from '../../../src/app/inspect.js';
import { streamStatus } from '../../../src/app/status.js';
import { resolveStreamSettings } from '../../../src/app/stream-settings.js';
import { unlockStream } from '../../../src/app/unlock.js';
import { UsageError } from '../../../src/core/errors.js';
import type { Logger } from '../../../src/core/logger.js';
import { Redactor } from '../../../src/core/redactor.js';
import { freshAuthJson } from '../../support/test-tokens.js';

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined };
let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'stream-commands-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function settings(stream: string) {
  return resolveStreamSettings(
    {
      stream,
      store: 'file',
      lock: undefined,
      onGitHub: false,
      stateDir: dir,
      github: () => {
        throw new Error('no GitHub here');
      },
      secretName: undefined,
      secretScope: 'repo',
      secretVisibility: '',
      secretValue: '',
      readCommand: undefined,
      writeCommand: undefined,
      commandTimeoutMs: () => 60_000,
      allowBranchScope: false,
      names: {
        stateDir: '--state-dir',
        secretName: '--secret-name NAME',
        secretScope: '--secret-scope',
        secretVisibility: '--secret-visibility',
        readCommand: '--read-command CMD',
        writeCommand: '--write-command CMD',
      },
    },
    {},
  );
}

describe('status', () => {
  it('says an empty stream holds nothing and its lock is free', async () => {
    const status = await streamStatus(settings('empty'), {}, quiet);
    expect(status).toMatchObject({
      stream: 'empty',
      store: 'file',
      exists: false,
      generation: null,
      fingerprint: null,
      lock: { kind: 'file', held: false, stale: false, holder: null },
    });
  });
});

describe('unlock', () => {
  it('refuses without the confirmation, naming it as the front end spells it, and says the lock is free', async () => {
    const refused = unlockStream({ ...settings('s'), confirmed: false, confirmation: '--force' }, {}, quiet);
    await expect(refused).rejects.toThrow(UsageError);
    await expect(refused).rejects.toThrow(/unlock needs --force.*\(the lock is free now\)/);
  });

  it('releases nothing when nothing holds the lock', async () => {
    const result = await unlockStream(
      { ...settings('s'), confirmed: true, confirmation: '--force' },
      {},
      quiet,
    );
    expect(result).toEqual({ stream: 's', released: false, holder: null });
  });
});

describe('inspect', () => {
  it('reports the file and hands its tokens to the secret sink before anything is printed', async () => {
    const { text, tokens } = freshAuthJson();
    const file = path.join(dir, 'auth.json');
    await fs.writeFile(file, text, { mode: 0o600 });
    const secrets = new Redactor();
    const report = await inspectAuthFile({ file, source: '--auth-file', pathHint: 'pass the file' }, secrets);
    expect(report.accountId).toBe(tokens.accountId);
    expect(secrets.contains(tokens.refreshToken)).toBe(true);
    expect(JSON.stringify(report)).not.toContain(tokens.refreshToken);
  });

  it('names the source of a file that is not there', async () => {
    const missing = inspectAuthFile(
      { file: path.join(dir, 'none.json'), source: 'the auth.json of --codex-home', pathHint: '-' },
      new Redactor(),
    );
    await expect(missing).rejects.toThrow(/the auth\.json of --codex-home/);
  });
});
