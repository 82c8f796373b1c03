// The round trip's phases composed as run, restore/persist, seed and the token modes, driven in memory: an
// in-memory store and lock (test/support/memory-backends.ts) and a fake Codex runner that plays Codex's part on the
// private home (reads auth.json, rewrites it atomically on a refresh). The real Codex runs in test/e2e/.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CodexRunRequest, CodexRunResult } from '../../../src/codex/codex-runner.js';
import { ExitCode } from '../../../src/core/errors.js';
import { generateKey, parseKey } from '../../../src/core/key.js';
import type { Logger, SecretSink } from '../../../src/core/logger.js';
import type { RoundTripContext } from '../../../src/roundtrip/context.js';
import { persistStream, type RestoreRequest, restoreStream } from '../../../src/roundtrip/restore-persist.js';
import { RUN_PHASES, runRoundTrip, type RunRequest } from '../../../src/roundtrip/run-round-trip.js';
import { runTokenMode } from '../../../src/roundtrip/run-token-mode.js';
import { release } from '../../../src/roundtrip/phases/release.js';
import { newRunState, runPhases } from '../../../src/roundtrip/phases/run-state.js';
import { seedStream } from '../../../src/roundtrip/seed-stream.js';
import { CODEX_BIN, NEWEST_CODEX_BIN } from '../../support/codex-sandbox.js';
import { registerSecret } from '../../support/leak-guard.js';
import { MemoryLock, MemoryStore } from '../../support/memory-backends.js';
import { fakeCredential, freshAuthJson } from '../../support/test-tokens.js';

const keyText = generateKey();
registerSecret(keyText);

const NAMES = {
  sandbox: 'sandbox',
  codexArgs: 'codex-args',
  codexConfig: 'codex-config',
  optIn: 'allow-agent-to-read-credentials',
  fixNamespaces: 'fix-sandbox',
  codexVersion: 'codex-version',
};
// Opted in to an unsandboxed agent: the seal writes its config.toml and needs no Codex binary to probe.
const SEAL = {
  sandbox: 'danger-full-access',
  names: NAMES,
  allowUnsealed: true,
  fixNamespaces: false,
} as const;

let dir: string;
let lines: string[];
let store: MemoryStore;
let lock: MemoryLock;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'round-trip-phases-'));
  lines = [];
  store = new MemoryStore('main');
  lock = new MemoryLock();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const log: Logger = {
  debug: () => undefined,
  info: (message) => void lines.push(message),
  warn: (message) => void lines.push(`warn: ${message}`),
};
const known = new Set<string>();
const secrets: SecretSink = {
  add: (values) => values.forEach((value) => known.add(value)),
  contains: (text) => [...known].some((value) => text.includes(value)),
};

function context(runCodex: RoundTripContext['runCodex']): RoundTripContext {
  return {
    stream: 'main',
    store,
    lock,
    key: parseKey(keyText),
    runCodex,
    log,
    secrets,
    writer: 'a test',
    now: () => new Date(),
  };
}

/** The environment Codex starts from: private homes under this test's directory, no workspace. */
function baseEnv(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: dir, XDG_CACHE_HOME: path.join(dir, 'cache') };
}

function runRequest(extra: Partial<RunRequest> = {}): RunRequest {
  return {
    codexPath: 'codex',
    codexArgs: ['say OK'],
    baseEnv: baseEnv(),
    cwd: dir,
    lockTimeoutMs: 1000,
    seal: SEAL,
    ...extra,
  };
}

function restoreRequest(home: string): RestoreRequest {
  return { codexHome: home, lockTimeoutMs: 1000, leaseMs: 60_000, baseEnv: baseEnv(), cwd: dir, seal: SEAL };
}

const ran: CodexRunResult = {
  exitCode: 0,
  signal: null,
  finalMessage: 'OK',
  usage: null,
  refreshFailure: null,
  errorMessages: [],
  eventCount: 3,
};

/** Codex's own atomic rewrite of auth.json: a temp file renamed over it. */
async function refreshIn(home: string, text: string): Promise<void> {
  const temp = path.join(home, '.auth-test01');
  await fs.writeFile(temp, text, { mode: 0o600 });
  await fs.rename(temp, path.join(home, 'auth.json'));
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

async function seeded(): Promise<string> {
  const seed = freshAuthJson().text;
  await seedStream(context(fakeNever), {
    seed: { raw: seed, origin: 'the test' },
    force: false,
    lockTimeoutMs: 1000,
  });
  return seed;
}

const fakeNever = async (): Promise<CodexRunResult> => {
  throw new Error('Codex must not run here');
};

describe('run: the composed round trip', () => {
  it('hands Codex the stored login in a private home, persists its refresh while it runs, then unlocks and cleans up', async () => {
    const seed = await seeded();
    const refreshed = freshAuthJson().text;
    const seen: {
      request: CodexRunRequest;
      auth: string;
      lockHeld: boolean;
      generationBeforeExit: number;
    }[] = [];
    const result = await runRoundTrip(
      context(async (request) => {
        const home = request.env.CODEX_HOME ?? '';
        const auth = await fs.readFile(path.join(home, 'auth.json'), 'utf8');
        await refreshIn(home, refreshed);
        // The watcher's persist, not the final one: the store moves while "Codex" still runs.
        await store.generationReached(2);
        seen.push({
          request,
          auth,
          lockHeld: lock.holder !== null,
          generationBeforeExit: store.envelope?.generation ?? 0,
        });
        return ran;
      }),
      runRequest(),
    );
    expect(result.error).toBeNull();
    expect(seen).toHaveLength(1);
    const [call] = seen;
    expect(call?.auth).toBe(seed);
    expect(call?.lockHeld).toBe(true);
    expect(call?.generationBeforeExit).toBe(2);
    expect(call?.request.args).toEqual(['--sandbox', 'danger-full-access', 'say OK']);
    expect(result).toMatchObject({
      generation: 2,
      refreshed: true,
      persisted: true,
      seeded: false,
      codexExitCode: 0,
    });
    expect(result.fingerprintAfter).not.toBe(result.fingerprintBefore);
    // Seed, then one refresh: the final read of the same bundle writes nothing more.
    expect(store.writes.map((written) => written.generation)).toEqual([1, 2]);
    expect(lock.events).toEqual(['acquire process', 'release', 'acquire process', 'release']);
    expect(await exists(call?.request.env.CODEX_HOME ?? '')).toBe(false);
  });

  it('stores the seed of an empty stream as generation 1 and reports it persisted', async () => {
    const seed = freshAuthJson().text;
    const result = await runRoundTrip(
      context(async () => ran),
      runRequest({ seed: { raw: seed, origin: 'the test' } }),
    );
    expect(result.error).toBeNull();
    expect(result).toMatchObject({ generation: 1, seeded: true, persisted: true, refreshed: false });
    expect(store.writes).toHaveLength(1);
  });

  it('a dead login: exit 3, the stored copy untouched, the lock released', async () => {
    await seeded();
    const result = await runRoundTrip(
      context(async () => ({ ...ran, exitCode: 1, refreshFailure: 'refresh_token_reused' })),
      runRequest(),
    );
    expect(result.error?.exitCode).toBe(ExitCode.authUnusable);
    expect(result.refreshFailure).toBe('refresh_token_reused');
    expect(store.writes).toHaveLength(1);
    expect(lock.holder).toBeNull();
  });

  it('a newer copy written meanwhile is not overwritten, and the lost refresh fails the run loudly', async () => {
    await seeded();
    const result = await runRoundTrip(
      context(async (request) => {
        // Another writer got past the lock (a platform that does not serialize): generation 2 is theirs.
        store.envelope = { ...(store.envelope ?? never()), generation: 2 };
        await refreshIn(request.env.CODEX_HOME ?? '', freshAuthJson().text);
        return ran;
      }),
      runRequest(),
    );
    expect(result.error?.exitCode).toBe(ExitCode.storeConflict);
    expect(result.error?.message).toContain('could NOT be persisted');
    expect(store.writes).toHaveLength(1);
    expect(lock.holder).toBeNull();
  });

  it('a busy lock: nothing is loaded, Codex never runs, the home is removed', async () => {
    await seeded();
    await lock.acquire({ owner: 'another job', timeoutMs: 0, leaseMs: 60_000, mode: 'process' });
    const result = await runRoundTrip(context(fakeNever), runRequest());
    expect(result.error?.exitCode).toBe(ExitCode.lockTimeout);
    expect(result.generation).toBeNull();
    expect(await fs.readdir(path.join(dir, 'cache', 'codex-auth', 'homes'))).toEqual([]);
  });

  it.each([
    ['Codex exits', async (): Promise<CodexRunResult> => ran, null],
    [
      'the runner fails',
      async (): Promise<CodexRunResult> => {
        throw new Error('spawn codex ENOENT');
      },
      'spawn codex ENOENT',
    ],
  ])(
    'a phase inserted before exec (the broker seam) sees the login and the Persister; its stop runs when %s',
    async (_when, codex, error) => {
      await seeded();
      const order: string[] = [];
      const at = RUN_PHASES.findIndex((phase) => phase.name === 'execCodex');
      const phases = [
        ...RUN_PHASES.slice(0, at),
        async (state: Parameters<(typeof RUN_PHASES)[number]>[0]) => {
          order.push(
            `broker start: generation ${state.loaded?.generation}, persister ${state.persister !== null}`,
          );
          state.stops.push(async () => void order.push(`broker stop, lock held: ${lock.holder !== null}`));
        },
        ...RUN_PHASES.slice(at),
      ];
      const ctx = context(async () => {
        order.push('codex');
        return codex();
      });
      const state = newRunState(ctx, 'main', store.kind);
      const result = await runPhases(state, runRequest(), phases, (done) =>
        release(done, 'remove-if-created'),
      );
      if (error === null) expect(result.error).toBeNull();
      else expect(result.error?.message).toContain(error);
      expect(at).toBeGreaterThan(0);
      expect(order).toEqual([
        'broker start: generation 1, persister true',
        'codex',
        'broker stop, lock held: true',
      ]);
      expect(lock.holder).toBeNull();
      expect(await exists(state.home?.dir ?? never())).toBe(false);
    },
  );
});

describe.each([
  ['pinned', CODEX_BIN],
  ['newest', NEWEST_CODEX_BIN],
])('run with the real seal probe (Codex %s)', (_name, codexBin) => {
  const sealed = { sandbox: 'read-only', names: NAMES, allowUnsealed: false, fixNamespaces: false } as const;

  it('probes while the lock is taken, then hands Codex the sealed arguments', async () => {
    await seeded();
    let args: readonly string[] = [];
    const result = await runRoundTrip(
      context(async (request) => {
        args = request.args;
        return ran;
      }),
      runRequest({ codexPath: codexBin, seal: sealed }),
    );
    expect(result.error).toBeNull();
    expect(result.seal).toMatchObject({ sealed: true, mode: 'read-only' });
    expect(args).toEqual(['say OK']);
  });

  it('a busy lock while the probe runs: the run still ends, its probe let finish before the home goes', async () => {
    await seeded();
    await lock.acquire({ owner: 'another job', timeoutMs: 0, leaseMs: 60_000, mode: 'process' });
    const result = await runRoundTrip(context(fakeNever), runRequest({ codexPath: codexBin, seal: sealed }));
    expect(result.error?.exitCode).toBe(ExitCode.lockTimeout);
    expect(await fs.readdir(path.join(dir, 'cache', 'codex-auth', 'homes'))).toEqual([]);
  });
});

describe('restore and persist: the split halves', () => {
  it('restore leaves the login and the lease for persist, which writes the refresh back and releases', async () => {
    await seeded();
    const home = path.join(dir, 'home');
    const restored = await restoreStream(context(fakeNever), {
      codexHome: home,
      lockTimeoutMs: 1000,
      leaseMs: 60_000,
      baseEnv: baseEnv(),
      cwd: dir,
      seal: SEAL,
    });
    expect(restored.error).toBeNull();
    expect(restored).toMatchObject({ generation: 1, seeded: false });
    expect(lock.events).toEqual(['acquire process', 'release', 'acquire lease']);
    expect(await exists(path.join(home, 'codex-auth-state.json'))).toBe(true);

    const wrongStream = await persistStream({ ...context(fakeNever), stream: 'other' }, home);
    expect(wrongStream.error?.exitCode).toBe(ExitCode.usage);
    expect(await exists(path.join(home, 'auth.json'))).toBe(true);

    await refreshIn(home, freshAuthJson().text);
    const persisted = await persistStream(context(fakeNever), home);
    expect(persisted.error).toBeNull();
    expect(persisted).toMatchObject({ generation: 2, refreshed: true, persisted: true });
    expect(lock.events.slice(3)).toEqual(['resume', 'release']);
    expect(lock.holder).toBeNull();
    expect(await exists(path.join(home, 'auth.json'))).toBe(false);
    // A directory the user named stays; only what we put in it goes.
    expect(await exists(home)).toBe(true);
  });

  it('persist after a restore that seeded reports only its own writes', async () => {
    const home = path.join(dir, 'home');
    const seed = { raw: freshAuthJson().text, origin: 'the test' };
    const restored = await restoreStream(context(fakeNever), { ...restoreRequest(home), seed });
    expect(restored).toMatchObject({ generation: 1, seeded: true, persisted: true });
    const persisted = await persistStream(context(fakeNever), home);
    expect(persisted.error).toBeNull();
    expect(persisted).toMatchObject({ generation: 1, seeded: true, persisted: false, refreshed: false });
  });

  it('a failed restore releases the lock and leaves no plaintext', async () => {
    const home = path.join(dir, 'home');
    const restored = await restoreStream(context(fakeNever), {
      codexHome: home,
      lockTimeoutMs: 1000,
      leaseMs: 60_000,
      baseEnv: baseEnv(),
      cwd: dir,
      seal: SEAL,
    });
    expect(restored.error?.exitCode).toBe(ExitCode.authUnusable);
    expect(lock.holder).toBeNull();
    expect(await exists(path.join(home, 'auth.json'))).toBe(false);
  });
});

describe('token mode', () => {
  it('gives Codex the key in its environment only, in a home that is gone afterwards; no lock, no store', async () => {
    const key = fakeCredential('sk-');
    let seenHome = '';
    const result = await runTokenMode(
      async (request) => {
        seenHome = request.env.CODEX_HOME ?? '';
        expect(request.env.CODEX_API_KEY).toBe(key);
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
        cwd: dir,
        seal: SEAL,
      },
    );
    expect(result.error).toBeNull();
    expect(result).toMatchObject({ stream: '-', store: 'none', codexExitCode: 0 });
    expect(await exists(seenHome)).toBe(false);
    expect(lock.events).toEqual([]);
  });
});

function never(): never {
  throw new Error('unreachable in this test');
}
