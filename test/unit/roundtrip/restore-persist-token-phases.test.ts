// restore/persist and the token modes composed from the round trip's phases, driven in memory (see
// in-memory-world.ts) with a fake Codex runner.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../../src/core/errors.js';
import { persistStream, restoreStream } from '../../../src/roundtrip/restore-persist.js';
import { runTokenMode } from '../../../src/roundtrip/run-token-mode.js';
import { fakeCredential, freshAuthJson } from '../../support/test-tokens.js';
import {
  context,
  exists,
  fakeNever,
  log,
  baseEnv,
  ran,
  refreshIn,
  restoreRequest,
  SEAL,
  secrets,
  seeded,
  useInMemoryWorld,
  world,
} from './in-memory-world.js';

useInMemoryWorld();

describe('restore and persist: the split halves', () => {
  it('restore leaves the login and the lease for persist, which writes the refresh back and releases', async () => {
    await seeded();
    const home = path.join(world.dir, 'home');
    const restored = await restoreStream(context(fakeNever), restoreRequest(home));
    expect(restored.error).toBeNull();
    expect(restored).toMatchObject({ generation: 1, seeded: false });
    expect(world.lock.events).toEqual(['acquire process', 'release', 'acquire lease']);
    expect(await exists(path.join(home, 'codex-auth-state.json'))).toBe(true);

    const wrongStream = await persistStream({ ...context(fakeNever), stream: 'other' }, home);
    expect(wrongStream.error?.exitCode).toBe(ExitCode.usage);
    expect(await exists(path.join(home, 'auth.json'))).toBe(true);

    await refreshIn(home, freshAuthJson().text);
    const persisted = await persistStream(context(fakeNever), home);
    expect(persisted.error).toBeNull();
    expect(persisted).toMatchObject({ generation: 2, refreshed: true, persisted: true });
    expect(world.lock.events.slice(3)).toEqual(['resume', 'release']);
    expect(world.lock.holder).toBeNull();
    expect(await exists(path.join(home, 'auth.json'))).toBe(false);
    // A directory the user named stays; only what we put in it goes.
    expect(await exists(home)).toBe(true);
  });

  it('persist after a restore that seeded reports only its own writes', async () => {
    const home = path.join(world.dir, 'home');
    const seed = { raw: freshAuthJson().text, origin: 'the test' };
    const restored = await restoreStream(context(fakeNever), { ...restoreRequest(home), seed });
    expect(restored).toMatchObject({ generation: 1, seeded: true, persisted: true });
    const persisted = await persistStream(context(fakeNever), home);
    expect(persisted.error).toBeNull();
    expect(persisted).toMatchObject({ generation: 1, seeded: true, persisted: false, refreshed: false });
  });

  it('a failed restore releases the lock and leaves no plaintext', async () => {
    const home = path.join(world.dir, 'home');
    const restored = await restoreStream(context(fakeNever), restoreRequest(home));
    expect(restored.error?.exitCode).toBe(ExitCode.authUnusable);
    expect(world.lock.holder).toBeNull();
    expect(await exists(path.join(home, 'auth.json'))).toBe(false);
  });
});

describe('token mode', () => {
  it("gives Codex the broker's placeholder, never the key, in a home that is gone afterwards; no lock, no store", async () => {
    const key = fakeCredential('sk-');
    let seenHome = '';
    const result = await runTokenMode(
      async (request) => {
        seenHome = request.env.CODEX_HOME ?? '';
        expect(request.env.CODEX_API_KEY).toMatch(/^sk-proj-[A-Za-z0-9_-]{64}$/);
        expect(Object.values(request.env).some((value) => value?.includes(key))).toBe(false);
        expect(request.env.CODEX_CA_CERTIFICATE?.startsWith(seenHome)).toBe(true);
        expect(await exists(path.join(seenHome, 'auth.json'))).toBe(false);
        return ran;
      },
      log,
      secrets,
      {
        variable: 'CODEX_API_KEY',
        token: key,
        codexPath: 'codex',
        codexArgs: ['say OK'],
        baseEnv: baseEnv(),
        cwd: world.dir,
        seal: SEAL,
      },
    );
    expect(result.error).toBeNull();
    expect(result).toMatchObject({ stream: '-', store: 'none', codexExitCode: 0 });
    expect(await exists(seenHome)).toBe(false);
    expect(world.lock.events).toEqual([]);
  });
});
