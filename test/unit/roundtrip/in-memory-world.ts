// The in-memory world the round trip's phase tests share: an in-memory store and lock
// (test/support/memory-backends.ts), a private directory per test, and a fake Codex runner's helpers that play
// Codex's part on the private home (read auth.json, rewrite it atomically on a refresh).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { CodexRunResult } from '../../../src/codex/codex-runner.js';
import { generateKey, parseKey } from '../../../src/core/key.js';
import type { Logger, SecretSink } from '../../../src/core/logger.js';
import type { RoundTripContext } from '../../../src/roundtrip/context.js';
import type { RestoreRequest } from '../../../src/roundtrip/restore-persist.js';
import type { RunRequest } from '../../../src/roundtrip/run-round-trip.js';
import { seedStream } from '../../../src/roundtrip/seed-stream.js';
import { registerSecret } from '../../support/leak-guard.js';
import { MemoryLock, MemoryStore } from '../../support/memory-backends.js';
import { freshAuthJson } from '../../support/test-tokens.js';

const keyText = generateKey();
registerSecret(keyText);

export const NAMES = {
  sandbox: 'sandbox',
  codexArgs: 'codex-args',
  codexConfig: 'codex-config',
  optIn: 'allow-agent-to-read-credentials',
  fixNamespaces: 'fix-sandbox',
  codexVersion: 'codex-version',
  codexUser: 'codex-user',
};
// Opted in to an unsandboxed agent: the seal writes its config.toml and needs no Codex binary to probe.
export const SEAL = {
  sandbox: 'danger-full-access',
  names: NAMES,
  allowUnsealed: true,
  fixNamespaces: false,
} as const;

/** This test's directory, store, lock and log lines, fresh for every test (see useInMemoryWorld). */
export const world = {} as { dir: string; lines: string[]; store: MemoryStore; lock: MemoryLock };

export function useInMemoryWorld(): void {
  beforeEach(async () => {
    world.dir = await fs.mkdtemp(path.join(os.tmpdir(), 'round-trip-phases-'));
    world.lines = [];
    world.store = new MemoryStore('main');
    world.lock = new MemoryLock();
  });
  afterEach(async () => {
    await fs.rm(world.dir, { recursive: true, force: true });
  });
}

export const log: Logger = {
  debug: () => undefined,
  info: (message) => void world.lines.push(message),
  warn: (message) => void world.lines.push(`warn: ${message}`),
};
const known = new Set<string>();
export const secrets: SecretSink = {
  add: (values) => values.forEach((value) => known.add(value)),
  contains: (text) => [...known].some((value) => text.includes(value)),
};

export function context(runCodex: RoundTripContext['runCodex']): RoundTripContext {
  return {
    stream: 'main',
    store: world.store,
    lock: world.lock,
    key: parseKey(keyText),
    runCodex,
    log,
    secrets,
    writer: 'a test',
    now: () => new Date(),
  };
}

/** The environment Codex starts from: private homes under this test's directory, no workspace. */
export function baseEnv(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: world.dir, XDG_CACHE_HOME: path.join(world.dir, 'cache') };
}

export function runRequest(extra: Partial<RunRequest> = {}): RunRequest {
  return {
    codexPath: 'codex',
    codexArgs: ['say OK'],
    baseEnv: baseEnv(),
    cwd: world.dir,
    lockTimeoutMs: 1000,
    seal: SEAL,
    ...extra,
  };
}

export function restoreRequest(home: string): RestoreRequest {
  return {
    codexHome: home,
    lockTimeoutMs: 1000,
    leaseMs: 60_000,
    baseEnv: baseEnv(),
    cwd: world.dir,
    seal: SEAL,
  };
}

export const ran: CodexRunResult = {
  exitCode: 0,
  signal: null,
  finalMessage: 'OK',
  usage: null,
  refreshFailure: null,
  errorMessages: [],
  eventCount: 3,
};

/** Codex's own atomic rewrite of auth.json: a temp file renamed over it. */
export async function refreshIn(home: string, text: string): Promise<void> {
  const temp = path.join(home, '.auth-test01');
  await fs.writeFile(temp, text, { mode: 0o600 });
  await fs.rename(temp, path.join(home, 'auth.json'));
}

export async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

export async function seeded(): Promise<string> {
  const seed = freshAuthJson().text;
  await seedStream(context(fakeNever), {
    seed: { raw: seed, origin: 'the test' },
    force: false,
    lockTimeoutMs: 1000,
  });
  return seed;
}

export const fakeNever = async (): Promise<CodexRunResult> => {
  throw new Error('Codex must not run here');
};

export function never(): never {
  throw new Error('unreachable in this test');
}
