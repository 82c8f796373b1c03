// run composed from the round trip's phases, driven in memory (see in-memory-world.ts); the seal's real probe runs
// with both Codex versions, Codex itself is a fake runner. The real Codex runs in test/e2e/.
import { promises as fs, readFileSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CodexRunRequest, CodexRunResult } from '../../../src/codex/codex-runner.js';
import { ExitCode } from '../../../src/core/errors.js';
import { RUN_PHASES, runRoundTrip } from '../../../src/roundtrip/run-round-trip.js';
import { release } from '../../../src/roundtrip/phases/release.js';
import { newRunState, runPhases } from '../../../src/roundtrip/phases/run-state.js';
import { CODEX_BIN, NEWEST_CODEX_BIN } from '../../support/codex-sandbox.js';
import { freshAuthJson } from '../../support/test-tokens.js';
import {
  baseEnv,
  context,
  exists,
  fakeNever,
  NAMES,
  never,
  ran,
  refreshIn,
  runRequest,
  seeded,
  useInMemoryWorld,
  world,
} from './in-memory-world.js';

useInMemoryWorld();

describe('run: the composed round trip', () => {
  // The auth.json watcher's path (no broker): Codex gets the real login and refreshes it in the file.
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
        await world.store.generationReached(2);
        seen.push({
          request,
          auth,
          lockHeld: world.lock.holder !== null,
          generationBeforeExit: world.store.envelope?.generation ?? 0,
        });
        return ran;
      }),
      runRequest({ tokenBroker: false }),
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
    expect(world.store.writes.map((written) => written.generation)).toEqual([1, 2]);
    expect(world.lock.events).toEqual(['acquire process', 'release', 'acquire process', 'release']);
    expect(await exists(call?.request.env.CODEX_HOME ?? '')).toBe(false);
  });

  it('with the token broker, Codex gets placeholders only and an auth.json it rewrites is never stored', async () => {
    const seed = await seeded();
    const seen: { auth: string; env: NodeJS.ProcessEnv }[] = [];
    const result = await runRoundTrip(
      context(async (request) => {
        const home = request.env.CODEX_HOME ?? '';
        seen.push({ auth: await fs.readFile(path.join(home, 'auth.json'), 'utf8'), env: request.env });
        // A "refresh" written to the file (or an agent's write) is not the broker's: it must not reach the store.
        await refreshIn(home, freshAuthJson().text);
        return ran;
      }),
      runRequest(),
    );
    expect(result.error).toBeNull();
    const tokens = (JSON.parse(seed) as { tokens: Record<string, string> }).tokens;
    const auth = seen[0]?.auth ?? '';
    const real = ['id_token', 'access_token', 'refresh_token'].map((name) => tokens[name] ?? '');
    expect(real.some((value) => value === '' || auth.includes(value))).toBe(false);
    expect(auth).toContain('cab_rt_');
    expect(seen[0]?.env.CODEX_REFRESH_TOKEN_URL_OVERRIDE).toMatch(
      /^https:\/\/127\.0\.0\.1:\d+\/oauth\/token$/,
    );
    expect(result).toMatchObject({ generation: 1, refreshed: false, protection: 'none' });
    expect(world.store.writes).toHaveLength(1);
  });

  it('stores the seed of an empty stream as generation 1 and reports it persisted', async () => {
    const seed = freshAuthJson().text;
    const result = await runRoundTrip(
      context(async () => ran),
      runRequest({ seed: { raw: seed, origin: 'the test' } }),
    );
    expect(result.error).toBeNull();
    expect(result).toMatchObject({ generation: 1, seeded: true, persisted: true, refreshed: false });
    expect(world.store.writes).toHaveLength(1);
  });

  it('a dead login: exit 3, the stored copy untouched, the lock released', async () => {
    await seeded();
    const result = await runRoundTrip(
      context(async () => ({ ...ran, exitCode: 1, refreshFailure: 'refresh_token_reused' })),
      runRequest(),
    );
    expect(result.error?.exitCode).toBe(ExitCode.authUnusable);
    expect(result.refreshFailure).toBe('refresh_token_reused');
    expect(world.store.writes).toHaveLength(1);
    expect(world.lock.holder).toBeNull();
  });

  it('a newer copy written meanwhile is not overwritten, and the lost refresh fails the run loudly', async () => {
    await seeded();
    const result = await runRoundTrip(
      context(async (request) => {
        // Another writer got past the lock (a platform that does not serialize): generation 2 is theirs.
        world.store.envelope = { ...(world.store.envelope ?? never()), generation: 2 };
        await refreshIn(request.env.CODEX_HOME ?? '', freshAuthJson().text);
        return ran;
      }),
      runRequest({ tokenBroker: false }),
    );
    expect(result.error?.exitCode).toBe(ExitCode.storeConflict);
    expect(result.error?.message).toContain('could NOT be persisted');
    expect(world.store.writes).toHaveLength(1);
    expect(world.lock.holder).toBeNull();
  });

  it('a busy lock: nothing is loaded, Codex never runs, the home is removed', async () => {
    await seeded();
    await world.lock.acquire({ owner: 'another job', timeoutMs: 0, leaseMs: 60_000, mode: 'process' });
    const result = await runRoundTrip(context(fakeNever), runRequest());
    expect(result.error?.exitCode).toBe(ExitCode.lockTimeout);
    expect(result.generation).toBeNull();
    expect(await fs.readdir(path.join(world.dir, 'cache', 'codex-auth', 'homes'))).toEqual([]);
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
          state.stops.push(
            async () => void order.push(`broker stop, lock held: ${world.lock.holder !== null}`),
          );
        },
        ...RUN_PHASES.slice(at),
      ];
      const ctx = context(async () => {
        order.push('codex');
        return codex();
      });
      const state = newRunState(ctx, 'main', world.store.kind);
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
      expect(world.lock.holder).toBeNull();
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

  // Codex starts while the probe runs (no deny entry, the broker holds the login): the broker's gate is what keeps
  // "proven before any model call". A probe that fails must leave the model untouched and stop Codex.
  it('a probe that fails while Codex starts: the broker relayed nothing upstream, Codex is stopped, the run refused', async () => {
    const seed = await seeded();
    const accessToken = (JSON.parse(seed) as { tokens: { access_token: string } }).tokens.access_token;
    // Upstream stands for the model: any connection to it means a request got past the gate.
    const upstreamConnections: net.Socket[] = [];
    const upstream = net.createServer((socket) => {
      upstreamConnections.push(socket);
      socket.destroy();
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const port = (upstream.address() as net.AddressInfo).port;
    const seen: { status: number | null; aborted: boolean }[] = [];
    try {
      const result = await runRoundTrip(
        context(async (request) => {
          // Codex's first call: the Responses API through the broker, with the placeholder it was given.
          const auth = JSON.parse(
            await fs.readFile(path.join(request.env.CODEX_HOME ?? never(), 'auth.json'), 'utf8'),
          ) as { tokens: { access_token: string } };
          const origin = new URL(request.env.CODEX_REFRESH_TOKEN_URL_OVERRIDE ?? never()).origin;
          const status = await new Promise<number | null>((resolve) => {
            const req = https.request(`${origin}/backend-api/codex/responses`, {
              method: 'POST',
              ca: readFileSync(request.env.CODEX_CA_CERTIFICATE ?? never()),
              headers: {
                authorization: `Bearer ${auth.tokens.access_token}`,
                'content-type': 'application/json',
              },
            });
            req.on('response', (res) => {
              res.resume();
              resolve(res.statusCode ?? null);
            });
            req.on('error', () => resolve(null));
            req.end('{}');
          });
          const signal = request.signal ?? never();
          if (!signal.aborted) await new Promise((resolve) => signal.addEventListener('abort', resolve));
          seen.push({ status, aborted: signal.aborted });
          return { ...ran, exitCode: null, signal: 'SIGTERM' };
        }),
        runRequest({
          codexPath: codexBin,
          seal: sealed,
          // A login token in the agent's environment: the probe finds it and the seal fails.
          baseEnv: { ...baseEnv(), LEAKED_LOGIN: accessToken },
          codexConfig: `chatgpt_base_url = "https://127.0.0.1:${port}/backend-api/"\nopenai_base_url = "https://127.0.0.1:${port}/backend-api/codex"\n`,
        }),
      );
      expect(result.error?.code).toBe('not_sealed');
      expect(seen).toEqual([{ status: 503, aborted: true }]);
      expect(upstreamConnections).toHaveLength(0);
      expect(world.lock.holder).toBeNull();
    } finally {
      await new Promise((resolve) => upstream.close(resolve));
    }
  });

  it('a busy lock while the probe runs: the run still ends, its probe let finish before the home goes', async () => {
    await seeded();
    await world.lock.acquire({ owner: 'another job', timeoutMs: 0, leaseMs: 60_000, mode: 'process' });
    const result = await runRoundTrip(context(fakeNever), runRequest({ codexPath: codexBin, seal: sealed }));
    expect(result.error?.exitCode).toBe(ExitCode.lockTimeout);
    expect(await fs.readdir(path.join(world.dir, 'cache', 'codex-auth', 'homes'))).toEqual([]);
  });
});
