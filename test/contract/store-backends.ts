// The five stores, each wired to its real backend on loopback, behind one small interface the contract suite uses.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeEnvelope, type Envelope } from '../../src/core/envelope.js';
import { silentLogger } from '../../src/core/logger.js';
import { GitRefs } from '../../src/github/git-refs.js';
import { createOctokit } from '../../src/github/octokit.js';
import { CommandStore } from '../../src/stores/command-store.js';
import { FileStore } from '../../src/stores/file-store.js';
import { GitHubSecretStore } from '../../src/stores/github-secret-store.js';
import { CacheStore } from '../../src/stores/cache-store.js';
import * as actionsCache from '@actions/cache';
import { cacheEnvFor, startCacheService } from '../support/cache-service.js';
import { GitRefStore, streamRef } from '../../src/stores/git-ref-store.js';
import type { Store } from '../../src/stores/store.js';
import { type GitHubSimulator, startGitHubSimulator } from '../support/github-simulator.js';

export interface StoreBackend {
  readonly name: string;
  /** A store for `stream` as a new job would open it (for github-secret: with the value the job receives now). */
  open(stream: string): Promise<Store>;
  /** How many writes reached the backend for `stream`. */
  writes(stream: string): Promise<number>;
  /** Puts stream `from`'s stored envelope where stream `to`'s belongs (a replay). */
  replay(from: string, to: string): Promise<void>;
  /** Replaces the stored envelope of `stream` by `envelope` as the backend holds it (tampering). */
  overwrite(stream: string, envelope: Envelope): Promise<void>;
  close(): Promise<void>;
}

export async function fileBackend(): Promise<StoreBackend> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'contract-file-'));
  const file = (stream: string) => path.join(dir, stream, 'envelope.json');
  return {
    name: 'file',
    open: async (stream) => new FileStore(dir, stream),
    // Each write replaces the file (a new inode); the modification time of the stream's directory moves with it.
    writes: async (stream) => (await fs.stat(path.join(dir, stream)).catch(() => null))?.mtimeMs ?? 0,
    replay: async (from, to) => {
      await fs.mkdir(path.join(dir, to), { recursive: true, mode: 0o700 });
      await fs.copyFile(file(from), file(to));
    },
    overwrite: async (stream, envelope) => fs.writeFile(file(stream), serializeEnvelope(envelope)),
    close: () => fs.rm(dir, { recursive: true, force: true }),
  };
}

export async function gitRefBackend(): Promise<StoreBackend> {
  const sim: GitHubSimulator = await startGitHubSimulator();
  const client = createOctokit({ token: sim.addToken(), baseUrl: sim.url });
  const git = new GitRefs(client, sim.repo);
  return {
    name: 'git-ref',
    open: async (stream) => new GitRefStore(git, stream),
    writes: async (stream) =>
      sim.countRequests({ method: 'PATCH', path: new RegExp(`codex-auth/streams/${stream}$`), status: 200 }) +
      sim.countRequests({ method: 'POST', path: /git\/refs$/, status: 201 }),
    replay: async (from, to) => sim.setRef(streamRef(to), sim.getRef(streamRef(from)) ?? ''),
    overwrite: async (stream, envelope) => {
      const sha = await git.createCommit(`forged\n\n${serializeEnvelope(envelope)}`, []);
      sim.setRef(streamRef(stream), sha);
    },
    close: () => sim.close(),
  };
}

const FAKE_SM = fileURLToPath(new URL('../fixtures/fake-secret-manager.mjs', import.meta.url));

export async function commandBackend(): Promise<StoreBackend> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'contract-command-'));
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', FAKE_SM_DIR: dir };
  const value = (stream: string) => path.join(dir, `codex-${stream}.value`);
  return {
    name: 'command',
    open: async (stream) =>
      new CommandStore(stream, {
        readCommand: `"${process.execPath}" "${FAKE_SM}" get "codex-$CODEX_AUTH_STREAM"`,
        writeCommand: `"${process.execPath}" "${FAKE_SM}" put "codex-$CODEX_AUTH_STREAM"`,
        timeoutMs: 10_000,
        env,
        highWaterFile: path.join(dir, 'marks', stream, 'command-high-water.json'),
      }),
    writes: async (stream) =>
      (await fs.readFile(path.join(dir, 'writes.log'), 'utf8').catch(() => ''))
        .split('\n')
        .filter((line) => line === `codex-${stream}`).length,
    replay: async (from, to) => fs.copyFile(value(from), value(to)),
    overwrite: async (stream, envelope) => fs.writeFile(value(stream), serializeEnvelope(envelope)),
    close: () => fs.rm(dir, { recursive: true, force: true }),
  };
}

/** Secrets cannot be read back: each "job" opens the store with the value GitHub would hand it now. */
export async function githubSecretBackend(): Promise<StoreBackend> {
  const sim = await startGitHubSimulator();
  const client = createOctokit({
    token: sim.addToken({ secrets: 'write', variables: 'write' }),
    baseUrl: sim.url,
  });
  const name = (stream: string) => `CODEX_AUTH_${stream.toUpperCase()}`;
  const overridden = new Map<string, string>();
  return {
    name: 'github-secret',
    open: async (stream) =>
      new GitHubSecretStore(stream, {
        client,
        repository: sim.repo,
        scope: { kind: 'repo' },
        secretName: name(stream),
        currentValue: overridden.get(stream) ?? sim.secretValue('repo', name(stream)) ?? '',
      }),
    writes: async (stream) => sim.secretWrites('repo', name(stream)),
    replay: async (from, to) => {
      overridden.set(to, sim.secretValue('repo', name(from)) ?? '');
      // The marker says what the last write of `to` was; a replayed value of `from` must not pass for it.
    },
    overwrite: async (stream, envelope) => {
      overridden.set(stream, serializeEnvelope(envelope));
    },
    close: () => sim.close(),
  };
}

/**
 * The real @actions/cache in this process (it reads process.env and the cwd: vitest's forks pool gives this file a
 * process of its own) against the loopback cache service.
 */
export async function cacheBackend(): Promise<StoreBackend> {
  const service = await startCacheService();
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'contract-cache-'));
  const workspace = path.join(root, 'workspace');
  const runnerTemp = path.join(root, 'temp');
  const home = path.join(root, 'home');
  for (const dir of [workspace, runnerTemp, home]) await fs.mkdir(dir, { recursive: true });
  const saved = { env: { ...process.env }, cwd: process.cwd() };
  Object.assign(process.env, cacheEnvFor(service, { workspace, runnerTemp, ref: 'refs/heads/main' }), {
    HOME: home,
  });
  delete process.env.GITHUB_SERVER_URL;
  process.chdir(workspace);
  /** Saves `text` as the cache entry `key` of `stream`, the way the store lays it out. */
  const saveRaw = async (stream: string, key: string, text: string) => {
    const file = path.join(home, '.codex-auth-cache', `${stream}.json`);
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await fs.writeFile(file, text, { mode: 0o600 });
    await actionsCache.saveCache([`~/.codex-auth-cache/${stream}.json`], key);
    await fs.rm(file, { force: true });
  };
  const newest = (stream: string) => {
    const ours = service.entries().filter((entry) => entry.key.startsWith(`codex-auth-${stream}-`));
    return Math.max(0, ...ours.map((entry) => Number(entry.key.slice(`codex-auth-${stream}-`.length))));
  };
  return {
    name: 'cache',
    open: async (stream) =>
      new CacheStore(stream, {
        ref: 'refs/heads/main',
        defaultBranch: 'main',
        allowBranchScope: false,
        log: silentLogger,
      }),
    writes: async (stream) =>
      service.entries().filter((entry) => entry.key.startsWith(`codex-auth-${stream}-`)).length,
    replay: async (from, to) => {
      const source = await new CacheStore(from, {
        ref: 'refs/heads/main',
        defaultBranch: 'main',
        allowBranchScope: false,
        log: silentLogger,
      }).read();
      await saveRaw(to, `codex-auth-${to}-${newest(to) + 1}`, serializeEnvelope(source as Envelope));
    },
    overwrite: async (stream, envelope) =>
      saveRaw(stream, `codex-auth-${stream}-${newest(stream) + 1}`, serializeEnvelope(envelope)),
    close: async () => {
      process.chdir(saved.cwd);
      for (const name of Object.keys(process.env)) if (!(name in saved.env)) delete process.env[name];
      Object.assign(process.env, saved.env);
      await service.close();
      await fs.rm(root, { recursive: true, force: true });
    },
  };
}

export { silentLogger };
