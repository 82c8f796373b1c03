import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBundle } from '../../src/core/bundle.js';
import { EnvelopeError, StoreConflictError } from '../../src/core/errors.js';
import { generateKey, parseKey } from '../../src/core/key.js';
import { silentLogger } from '../../src/core/logger.js';
import { NoLock } from '../../src/locks/no-lock.js';
import type { RoundTripContext } from '../../src/roundtrip/context.js';
import { loadStream } from '../../src/roundtrip/load-stream.js';
import { Persister } from '../../src/roundtrip/persister.js';
import { registerSecret } from '../support/leak-guard.js';
import { freshAuthJson } from '../support/test-tokens.js';
import { BACKENDS } from './backends-list.js';
import type { StoreBackend } from './store-backends.js';

const keyText = generateKey();
registerSecret(keyText);
const key = parseKey(keyText);

async function context(backend: StoreBackend, stream: string, keyOverride = key): Promise<RoundTripContext> {
  return {
    stream,
    store: await backend.open(stream),
    lock: new NoLock(),
    key: keyOverride,
    runCodex: async () => {
      throw new Error('the contract suite never runs Codex');
    },
    log: silentLogger,
    secrets: { add() {}, contains: () => false },
    writer: `contract test (${backend.name})`,
    now: () => new Date(),
  };
}

const seedOf = () => ({ raw: freshAuthJson().text, origin: 'the contract test' });

async function persist(ctx: RoundTripContext, loaded: { generation: number; raw: string }, raw: string) {
  const bundle = parseBundle(loaded.raw);
  const persister = new Persister(ctx, {
    generation: loaded.generation,
    fingerprint: bundle.fingerprint,
    lastRefresh: bundle.auth.last_refresh ?? null,
  });
  await persister.persist(raw, 'the contract test');
  await persister.settle();
  return persister;
}

describe.each(BACKENDS)('store contract: %s', (_name, make) => {
  let backend: StoreBackend;
  beforeAll(async () => {
    backend = await make();
  });
  afterAll(async () => {
    await backend.close();
  });

  it('uses the seed when the store holds nothing, as generation 1', async () => {
    const seed = seedOf();
    const loaded = await loadStream(await context(backend, 'seeded'), seed);
    expect(loaded).toMatchObject({ seeded: true, generation: 1 });
    const again = await loadStream(await context(backend, 'seeded'), seedOf());
    expect(again.seeded).toBe(false);
    expect(again.bundle.raw).toBe(seed.raw);
  });

  it('round-trips a refreshed bundle as the next generation', async () => {
    const seed = seedOf();
    const first = await loadStream(await context(backend, 'round'), seed);
    const refreshed = freshAuthJson().text;
    const persister = await persist(
      await context(backend, 'round'),
      { generation: first.generation, raw: seed.raw },
      refreshed,
    );
    expect(persister.error).toBeNull();
    expect(persister.currentGeneration).toBe(2);
    const next = await loadStream(await context(backend, 'round'), undefined);
    expect(next.generation).toBe(2);
    expect(next.bundle.raw).toBe(refreshed);
  });

  it('writes nothing for an unchanged bundle', async () => {
    const seed = seedOf();
    await loadStream(await context(backend, 'same'), seed);
    const before = await backend.writes('same');
    const persister = await persist(
      await context(backend, 'same'),
      { generation: 1, raw: seed.raw },
      seed.raw,
    );
    expect(persister.writes).toBe(0);
    expect(await backend.writes('same')).toBe(before);
  });

  it('detects a conflict and overwrites nothing', async () => {
    const seed = seedOf();
    await loadStream(await context(backend, 'race'), seed);
    const a = await context(backend, 'race');
    const b = await context(backend, 'race');
    await a.store.read();
    await b.store.read();
    const winner = freshAuthJson().text;
    expect((await persist(a, { generation: 1, raw: seed.raw }, winner)).error).toBeNull();
    const loser = await persist(b, { generation: 1, raw: seed.raw }, freshAuthJson().text);
    expect(loser.error).toBeInstanceOf(StoreConflictError);
    expect(loser.error?.exitCode).toBe(5);
    expect((await loadStream(await context(backend, 'race'), undefined)).bundle.raw).toBe(winner);
  });

  it('refuses a wrong key or a tampered envelope with exit 6 and leaves the stored copy as it was', async () => {
    await loadStream(await context(backend, 'sealed'), seedOf());
    const otherKeyText = generateKey();
    registerSecret(otherKeyText);
    const wrongKey = loadStream(await context(backend, 'sealed', parseKey(otherKeyText)), undefined);
    await expect(wrongKey).rejects.toBeInstanceOf(EnvelopeError);
    await expect(wrongKey).rejects.toMatchObject({ exitCode: 6 });

    const stored = await (await context(backend, 'sealed')).store.read();
    if (!stored) throw new Error('nothing stored');
    await backend.overwrite('sealed', { ...stored, generation: stored.generation + 5 });
    const writesBefore = await backend.writes('sealed');
    const tampered = loadStream(await context(backend, 'sealed'), seedOf());
    await expect(tampered).rejects.toThrow(/failed authentication|older than the last write/);
    await expect(tampered).rejects.toMatchObject({ exitCode: expect.any(Number) });
    expect(await backend.writes('sealed')).toBe(writesBefore);
  });

  it('refuses an older copy put back (the rollback guard) before anything uses it, and writes nothing', async () => {
    const loaded = await loadStream(await context(backend, 'rolled'), seedOf());
    const first = await (await context(backend, 'rolled')).store.read();
    if (!first) throw new Error('nothing stored');
    const ctx = await context(backend, 'rolled');
    const again = await loadStream(ctx, undefined);
    await persist(ctx, { generation: again.generation, raw: loaded.bundle.raw }, freshAuthJson().text);
    expect((await (await context(backend, 'rolled')).store.read())?.generation).toBe(2);

    await backend.overwrite('rolled', first);
    const writesBefore = await backend.writes('rolled');
    const refused = loadStream(await context(backend, 'rolled'), seedOf());
    await expect(refused).rejects.toThrow(/older copy was put back|older than the last write/);
    await expect(refused).rejects.toMatchObject({ exitCode: 5 });
    expect(await backend.writes('rolled')).toBe(writesBefore);
  });

  it('never opens an envelope of stream A as stream B', async () => {
    await loadStream(await context(backend, 'alpha'), seedOf());
    await loadStream(await context(backend, 'beta'), seedOf());
    await backend.replay('alpha', 'beta');
    await expect(loadStream(await context(backend, 'beta'), undefined)).rejects.toThrow(
      // Caught by the envelope's associated data, or earlier by the store's rollback guard (its high-water mark
      // knows beta's own generation 1, and alpha's is a different copy).
      /belongs to stream "alpha"|older than the last write|not the one written|older copy was put back/,
    );
  });
});
