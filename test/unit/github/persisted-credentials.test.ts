import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPersistedCheckoutToken } from '../../../src/github/persisted-credentials.js';

// The two shapes actions/checkout leaves behind, written as checkout writes them (no real token: a made-up one).
let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'persisted-creds-'));
  await fs.mkdir(path.join(root, 'repo', '.git'), { recursive: true });
  await fs.mkdir(path.join(root, 'repo', 'sub'), { recursive: true });
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const config = (extra: string) =>
  `[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = https://github.com/o/r\n${extra}`;
const header = `\textraheader = AUTHORIZATION: basic ${Buffer.from('x-access-token:made-up').toString('base64')}\n`;

describe('findPersistedCheckoutToken', () => {
  it('finds the extraheader in .git/config (checkout v4), from a subdirectory too', async () => {
    const file = path.join(root, 'repo', '.git', 'config');
    await fs.writeFile(file, config(`[http "https://github.com/"]\n${header}`));
    expect(await findPersistedCheckoutToken(path.join(root, 'repo', 'sub'))).toBe(file);
  });

  it('finds it in the file an includeIf pulls in (checkout v5 and later)', async () => {
    const included = path.join(root, 'git-credentials-1234.config');
    await fs.writeFile(included, `[http "https://github.com/"]\n${header}`);
    await fs.writeFile(
      path.join(root, 'repo', '.git', 'config'),
      config(`[includeIf "gitdir:${root}/repo/.git"]\n\tpath = ${included}\n`),
    );
    expect(await findPersistedCheckoutToken(path.join(root, 'repo'))).toBe(included);
  });

  it('finds nothing after persist-credentials: false, or outside a work tree', async () => {
    await fs.writeFile(path.join(root, 'repo', '.git', 'config'), config(''));
    expect(await findPersistedCheckoutToken(path.join(root, 'repo'))).toBeNull();
    expect(await findPersistedCheckoutToken(root)).toBeNull();
  });
});
