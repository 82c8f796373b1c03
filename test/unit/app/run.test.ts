// The run use case (app/run.ts) with in-memory backends: a store in a variable, a lock that counts its holders, and
// a fake Codex runner that plays Codex's part on auth.json. The module under test, app/run with the real round
// trip, lanes and envelope sealing below it, is real; only the outside world is replaced.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runJob, type RunUseCaseContext, type RunUseCaseRequest } from '../../../src/app/run.js';
import { CLI_VOCABULARY } from '../../../src/app/vocabulary.js';
import type { CodexRunRequest, CodexRunResult, CodexRunner } from '../../../src/codex/codex-runner.js';
import { openEnvelope, type Envelope } from '../../../src/core/envelope.js';
import { generateKey, parseKey } from '../../../src/core/key.js';
import type { LaneSpec } from '../../../src/core/lane-spec.js';
import type { Logger } from '../../../src/core/logger.js';
import { Redactor } from '../../../src/core/redactor.js';
import type { StreamLock } from '../../../src/locks/lock.js';
import type { RoundTripContext } from '../../../src/roundtrip/context.js';
import type { Store } from '../../../src/stores/store.js';
import { freshAuthJson, makeTokens, authJsonText, fakeCredential } from '../../support/test-tokens.js';

const key = parseKey(generateKey());
const warnings: string[] = [];
const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (message) => void warnings.push(message),
};

/** A compare-and-swap store in memory, as the store contract asks (stores/store.ts). */
class MemoryStore implements Store {
  readonly kind = 'memory';
  readonly location = 'memory';
  readonly readBackAfterWrite = false;
  envelope: Envelope | null = null;
  constructor(readonly stream: string) {}
  read(): Promise<Envelope | null> {
    return Promise.resolve(this.envelope);
  }
  write(envelope: Envelope, expected: number | 'replace'): Promise<void> {
    const current = this.envelope?.generation ?? 0;
    if (expected !== 'replace' && expected !== current)
      throw new Error(`conflict: ${current} != ${expected}`);
    this.envelope = envelope;
    return Promise.resolve();
  }
  currentGeneration(): Promise<number | null> {
    return Promise.resolve(this.envelope?.generation ?? 0);
  }
  remove(): Promise<void> {
    this.envelope = null;
    return Promise.resolve();
  }
  rollback(): Promise<boolean> {
    return Promise.resolve(false);
  }
}

/** A lock that refuses a second holder and records every acquire and release. */
class MemoryLock implements StreamLock {
  readonly kind = 'memory';
  held = false;
  readonly events: string[] = [];
  acquire() {
    if (this.held) throw new Error('the lock is already held');
    this.held = true;
    this.events.push('acquire');
    const holder = { id: 'h', host: 'test', pid: process.pid, owner: 'test', acquiredAt: '', expiresAt: '' };
    const release = () => {
      this.events.push('release');
      this.held = false;
      return Promise.resolve(true);
    };
    return Promise.resolve({ waitedMs: 0, handle: { holder, release } });
  }
  resume(): never {
    throw new Error('not used by run');
  }
  inspect() {
    return Promise.resolve(null);
  }
  forceRelease() {
    return Promise.resolve(null);
  }
}

type Play = (request: CodexRunRequest, auth: string | null) => Promise<Partial<CodexRunResult>>;

/** Codex as a script: what each call saw (its env and auth.json), and what it did to auth.json. */
function fakeCodex(plays: Play[]) {
  const calls: { env: NodeJS.ProcessEnv; auth: string | null }[] = [];
  const runner: CodexRunner = async (request) => {
    const file = path.join(request.env.CODEX_HOME ?? '', 'auth.json');
    const auth = await fs.readFile(file, 'utf8').catch(() => null);
    calls.push({ env: request.env, auth });
    const play = plays.shift();
    if (!play) throw new Error('Codex was called more often than the test expected');
    const done = await play(request, auth);
    return {
      exitCode: 0,
      signal: null,
      finalMessage: 'done',
      usage: null,
      refreshFailure: null,
      errorMessages: [],
      eventCount: 1,
      ...done,
    };
  };
  return { calls, runner };
}

let tmp: string;
beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'app-run-'));
  warnings.length = 0;
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

function setUp(streams: string[], runner: CodexRunner, dead: LaneSpec[] = []) {
  const stores = new Map(streams.map((stream) => [stream, new MemoryStore(stream)]));
  const locks = new Map(streams.map((stream) => [stream, new MemoryLock()]));
  const secrets = new Redactor();
  const context: RunUseCaseContext = {
    vocabulary: CLI_VOCABULARY,
    log: quiet,
    secrets,
    runCodex: runner,
    primaryStream: streams[0] ?? 'default',
    storeKind: 'memory',
    streamContext: (stream): Promise<RoundTripContext> => {
      const store = stores.get(stream);
      const lock = locks.get(stream);
      if (!store || !lock) throw new Error(`no backend for ${stream}`);
      return Promise.resolve({
        stream,
        store,
        lock,
        key,
        runCodex: runner,
        log: quiet,
        secrets,
        writer: 'test',
        now: () => new Date(),
      });
    },
    homeFor: () => Promise.resolve(undefined),
    onDeadLogin: (lane) => Promise.resolve(void dead.push(lane)),
  };
  return { stores, locks, context };
}

function request(lanes: LaneSpec[], seed: string | undefined, apiKey = ''): RunUseCaseRequest {
  return {
    lanes,
    waitForResetMs: 0,
    usageWarningPercent: null,
    seed: seed === undefined ? undefined : { raw: seed, origin: 'the test' },
    tokens: { 'api-key': apiKey, 'access-token': '' },
    codexPath: '/nonexistent/codex',
    codexArgs: ['--', 'hello'],
    codexConfig: undefined,
    // Homes under the test's own directory; the api key sits in the environment the way the CLI takes it.
    baseEnv: { PATH: process.env.PATH, HOME: tmp, XDG_CACHE_HOME: tmp, CODEX_API_KEY: apiKey || undefined },
    cwd: tmp,
    lockTimeoutMs: 1000,
    runTimeoutMs: 60_000,
    // No sandbox probe without a real Codex: the unsandboxed mode the user accepted skips it (seal/seal-home.ts).
    seal: {
      sandbox: 'danger-full-access',
      names: {
        sandbox: 's',
        codexArgs: 'a',
        codexConfig: 'c',
        optIn: 'o',
        fixNamespaces: 'f',
        codexVersion: 'v',
        codexUser: 'codex-user',
      },
      allowUnsealed: true,
      fixNamespaces: false,
    },
    onEvent: () => undefined,
    onOutput: () => undefined,
  };
}

describe('the run use case, in memory', () => {
  it('seeds an empty stream, hands Codex only the broker placeholders, never stores what Codex writes, and unlocks', async () => {
    const seed = freshAuthJson();
    const written = makeTokens({ accountId: seed.tokens.accountId });
    const { calls, runner } = fakeCodex([
      async (req) => {
        // The real login is the broker's: an auth.json Codex (or its agent) writes is never persisted.
        await fs.writeFile(
          path.join(req.env.CODEX_HOME ?? '', 'auth.json'),
          authJsonText(written, new Date()),
        );
        return {};
      },
    ]);
    const { stores, locks, context } = setUp(['main'], runner);
    const out = await runJob(request([{ kind: 'stream', stream: 'main' }], seed.text), context);

    expect(out.result.error).toBeNull();
    expect(out.lane).toBe('stream:main');
    expect(calls[0]?.auth?.includes(seed.tokens.refreshToken)).toBe(false);
    expect(calls[0]?.auth).toContain('cab_rt_');
    expect(out.result).toMatchObject({ refreshed: false, persisted: true, generation: 1 });
    const stored = stores.get('main')?.envelope;
    expect(stored?.generation).toBe(1);
    const bundle = await openEnvelope(stored as Envelope, 'main', key, 'the memory store');
    expect(bundle.raw).toContain(seed.tokens.refreshToken);
    expect(locks.get('main')?.events).toEqual(['acquire', 'release']);
  });

  it('leaves a dead stream for the api-key lane, raises the alert, and keeps the key from the stream lane', async () => {
    const apiKey = fakeCredential('sk-');
    const { calls, runner } = fakeCodex([
      () => Promise.resolve({ exitCode: 1, refreshFailure: 'refresh_token_reused' }),
      () => Promise.resolve({}),
    ]);
    const dead: LaneSpec[] = [];
    const { stores, locks, context } = setUp(['main'], runner, dead);
    const seed = freshAuthJson();
    const out = await runJob(
      request([{ kind: 'stream', stream: 'main' }, { kind: 'api-key' }], seed.text, apiKey),
      context,
    );

    expect(out.attempts.map((a) => [a.lane, a.outcome])).toEqual([
      ['stream:main', 'dead-login'],
      ['api-key', 'ran'],
    ]);
    expect(out.lane).toBe('api-key');
    expect(dead).toEqual([{ kind: 'stream', stream: 'main' }]);
    expect(calls[0]?.env.CODEX_API_KEY).toBeUndefined();
    // The key is the api-key lane's own, not a stray override: the stream lane does not warn about it.
    expect(warnings.filter((line) => line.includes('CODEX_API_KEY'))).toEqual([]);
    // The api-key lane's Codex holds the token broker's placeholder, never the key itself.
    expect(calls[1]?.env.CODEX_API_KEY).toMatch(/^sk-proj-[A-Za-z0-9_-]{64}$/);
    expect(Object.values(calls[1]?.env ?? {}).some((value) => value?.includes(apiKey))).toBe(false);
    expect(calls[1]?.auth).toBeNull();
    // The dead login is not stored over the seed; the lock is released.
    expect(stores.get('main')?.envelope?.generation).toBe(1);
    expect(locks.get('main')?.held).toBe(false);
  });

  it("refuses an unknown fallback stream before Codex runs, naming the front end's flag", async () => {
    const { calls, runner } = fakeCodex([]);
    const { context } = setUp(['main', 'ghost'], runner);
    await expect(
      runJob(
        request(
          [
            { kind: 'stream', stream: 'main' },
            { kind: 'stream', stream: 'ghost' },
          ],
          freshAuthJson().text,
        ),
        context,
      ),
    ).rejects.toThrow(/--lanes: lane stream:ghost is an unknown stream/);
    expect(calls).toEqual([]);
  });
});
