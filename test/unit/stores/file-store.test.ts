import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBundle } from '../../../src/core/bundle.js';
import { sealEnvelope } from '../../../src/core/envelope.js';
import { RollbackRefusedError, StoreConflictError } from '../../../src/core/errors.js';
import { generateKey, parseKey } from '../../../src/core/key.js';
import { FileStore } from '../../../src/stores/file-store.js';
import { registerSecret } from '../../support/leak-guard.js';
import { freshAuthJson } from '../../support/test-tokens.js';

let stateDir: string;
const keyText = generateKey();
registerSecret(keyText);
const key = parseKey(keyText);

beforeEach(async () => {
  stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'codex-auth-store-'));
});
afterEach(async () => {
  await fs.rm(stateDir, { recursive: true, force: true });
});

async function envelope(generation: number) {
  const bundle = parseBundle(freshAuthJson().text);
  return sealEnvelope(
    { bundle, stream: 's', generation, writer: `writer-${generation}`, now: new Date() },
    key,
  );
}

describe('FileStore', () => {
  it('writes 0600 files in a 0700 directory and keeps the previous generation', async () => {
    const store = new FileStore(stateDir, 's');
    expect(await store.read()).toBeNull();
    await store.write(await envelope(1), 0);
    await store.write(await envelope(2), 1);
    expect((await store.read())?.generation).toBe(2);
    const dir = path.join(stateDir, 's');
    expect((await fs.stat(dir)).mode & 0o777).toBe(0o700);
    expect((await fs.stat(path.join(dir, 'envelope.json'))).mode & 0o777).toBe(0o600);
    const previous = JSON.parse(await fs.readFile(path.join(dir, 'envelope.prev.json'), 'utf8'));
    expect(previous.generation).toBe(1);
    expect((await fs.readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a write whose expected generation is stale and leaves the newer copy', async () => {
    const store = new FileStore(stateDir, 's');
    await store.write(await envelope(1), 0);
    await store.write(await envelope(2), 1);
    await expect(store.write(await envelope(2), 1)).rejects.toThrow(StoreConflictError);
    await expect(store.write(await envelope(2), 1)).rejects.toThrow(/writer-2/);
    expect((await store.read())?.writer).toBe('writer-2');
  });

  it('rolls a bad generation back to the previous one', async () => {
    const store = new FileStore(stateDir, 's');
    await store.write(await envelope(1), 0);
    await store.write(await envelope(2), 1);
    expect(await store.rollback(2)).toBe(true);
    expect((await store.read())?.generation).toBe(1);
    expect(await store.rollback(5)).toBe(false);
  });

  it('keeps a high-water mark: an older copy put back is refused, a rollback of a bad write moves the mark back, replace goes past it', async () => {
    const store = new FileStore(stateDir, 's');
    const dir = path.join(stateDir, 's');
    await store.write(await envelope(1), 0);
    const first = await fs.readFile(path.join(dir, 'envelope.json'), 'utf8');
    await store.write(await envelope(2), 1);
    expect(await store.highWater()).toBe(2);

    // A bad write undone on purpose must not leave the mark above the copy put back.
    await store.write(await envelope(3), 2);
    expect(await store.rollback(3)).toBe(true);
    expect(await store.highWater()).toBe(2);
    expect((await store.read())?.generation).toBe(2);

    await fs.writeFile(path.join(dir, 'envelope.json'), first);
    await expect(store.read()).rejects.toBeInstanceOf(RollbackRefusedError);
    await expect(store.read()).rejects.toMatchObject({ exitCode: 5, code: 'rollback_refused' });
    await expect(store.write(await envelope(2), 1)).rejects.toBeInstanceOf(RollbackRefusedError);

    await store.write(await envelope(3), 'replace');
    expect((await store.read())?.generation).toBe(3);
    expect(await store.highWater()).toBe(3);
    await store.remove();
    expect(await store.highWater()).toBeNull();
  });

  it('refuses to read through a symbolic link', async () => {
    const dir = path.join(stateDir, 's');
    await fs.mkdir(dir, { recursive: true });
    await fs.symlink('/etc/hostname', path.join(dir, 'envelope.json'));
    await expect(new FileStore(stateDir, 's').read()).rejects.toThrow(/symbolic link/);
  });

  it('reports an unreadable copy as generation null and lets replace overwrite it', async () => {
    const dir = path.join(stateDir, 's');
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'envelope.json'), 'garbage');
    const store = new FileStore(stateDir, 's');
    expect(await store.currentGeneration()).toBeNull();
    await store.write(await envelope(1), 'replace');
    expect((await store.read())?.generation).toBe(1);
  });
});
