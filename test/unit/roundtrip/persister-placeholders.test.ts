// The Persister never stores the token broker's placeholders (the Action's post step rescues a killed main step
// by persisting the home's auth.json, which then holds placeholders), and still stores a real login.
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { startBroker } from '../../../src/broker/index.js';
import { parseBundle } from '../../../src/core/bundle.js';
import { silentLogger } from '../../../src/core/logger.js';
import { Persister } from '../../../src/roundtrip/persister.js';
import { freshAuthJson } from '../../support/test-tokens.js';
import { context, fakeNever, seeded, useInMemoryWorld, world } from './in-memory-world.js';

useInMemoryWorld();

describe('the Persister and the broker placeholders', () => {
  it('skips an auth.json holding placeholders, and stores a real refreshed login', async () => {
    const seed = await seeded();
    const bundle = parseBundle(seed, 'the seed');
    const broker = await startBroker({
      credential: { kind: 'chatgpt', bundle },
      persist: async () => undefined,
      log: silentLogger,
      secrets: { add: () => undefined, contains: () => false },
      dir: world.dir ?? os.tmpdir(),
    });
    await broker.close();
    const loaded = { generation: 1, fingerprint: bundle.fingerprint, lastRefresh: null };
    const persister = new Persister(context(fakeNever), loaded);

    await persister.persist(broker.placeholderAuthJson, 'the home');
    await persister.settle();
    expect(persister.error).toBeNull();
    expect(world.store.writes).toHaveLength(1); // the seed only

    await persister.persist(freshAuthJson().text, 'a real refresh');
    await persister.settle();
    expect(world.store.writes.map((written) => written.generation)).toEqual([1, 2]);
  });
});
