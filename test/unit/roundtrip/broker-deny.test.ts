// What the seal still denies once the token broker holds the login (src/roundtrip/broker-deny.ts): a directory of
// homes only while one of them holds a real auth.json; the home itself never.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBroker } from '../../../src/broker/index.js';
import { parseBundle } from '../../../src/core/bundle.js';
import { silentLogger } from '../../../src/core/logger.js';
import { holdsRealLogin } from '../../../src/roundtrip/broker-deny.js';
import { planSeal } from '../../../src/seal/seal-home.js';
import { freshAuthJson } from '../../support/test-tokens.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'broker-deny-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function placeholders(): Promise<string> {
  const secrets = { add: () => undefined, contains: () => false };
  const broker = await startBroker({
    credential: { kind: 'chatgpt', bundle: parseBundle(freshAuthJson().text, 'the test') },
    persist: async () => undefined,
    log: silentLogger,
    secrets,
    dir,
  });
  await broker.close();
  return broker.placeholderAuthJson;
}

describe('holdsRealLogin', () => {
  it('is false for an absent or empty directory and for homes holding only placeholders', async () => {
    expect(holdsRealLogin(path.join(dir, 'absent'))).toBe(false);
    await fs.mkdir(path.join(dir, 'a'));
    await fs.writeFile(path.join(dir, 'a', 'auth.json'), await placeholders());
    expect(holdsRealLogin(dir)).toBe(false);
  });

  it('is true once a home holds a real auth.json (a restore in progress), or one it cannot read as JSON', async () => {
    await fs.mkdir(path.join(dir, 'restore'));
    await fs.writeFile(path.join(dir, 'restore', 'auth.json'), freshAuthJson().text);
    expect(holdsRealLogin(dir)).toBe(true);
    await fs.rm(path.join(dir, 'restore'), { recursive: true });
    await fs.writeFile(path.join(dir, 'auth.json'), '{"tokens": ');
    expect(holdsRealLogin(dir)).toBe(true);
  });
});

describe('the seal plan with the broker', () => {
  const names = {
    sandbox: 's',
    codexArgs: 'a',
    codexConfig: 'c',
    optIn: 'o',
    fixNamespaces: 'f',
    codexVersion: 'v',
    codexUser: 'codex-user',
  };
  const input = (sandbox: 'read-only' | 'workspace-write') => ({
    home: path.join(dir, 'home'),
    userConfig: undefined,
    codexArgs: ['say OK'],
    codexPath: 'codex',
    env: {},
    cwd: dir,
    extraDeny: [],
    denyIfWritable: [path.join(dir, 'store')],
    homeHoldsSecret: false,
    seal: { sandbox, names, allowUnsealed: false, fixNamespaces: false },
  });

  it('read-only: no deny entry at all (the home holds placeholders, the store is only read-protected by its key)', () => {
    expect(planSeal(input('read-only')).deny).toEqual([]);
  });

  it('workspace-write: the store is denied, since an agent that can write could roll it back', () => {
    expect(planSeal(input('workspace-write')).deny).toEqual([path.join(dir, 'store')]);
  });

  it('without the broker the home is denied as before', () => {
    expect(planSeal({ ...input('read-only'), homeHoldsSecret: true }).deny).toEqual([path.join(dir, 'home')]);
  });
});
