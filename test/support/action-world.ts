// One GitHub Actions job world for the bundled action: the ChatGPT simulator, a file store, a key, the pinned
// Codex on PATH (so the default codex-version matches and nothing is installed), and a job from the runner harness.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateKey } from '../../src/core/key.js';
import { createJob, type Job, type JobOptions } from './action-harness.js';
import { type ChatGptSimulator, startChatGptSimulator } from './chatgpt-simulator.js';
import { CODEX_BIN, codexConfigToml, codexEnvFor } from './codex-sandbox.js';
import { registerSecret } from './leak-guard.js';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const entry = (name: string) => path.join(DIST, `${name}.js`);

export interface ActionWorld {
  readonly sim: ChatGptSimulator;
  readonly root: string;
  readonly stateDir: string;
  readonly key: string;
  readonly config: string;
  /** A job of a private repository on `push`, unless another event is given; `user`: see JobOptions. */
  job(event?: { name: string; payload: object }, options?: Pick<JobOptions, 'user'>): Job;
  /** The inputs every stream step takes. */
  streamInputs(stream: string, extra?: Record<string, string>): Record<string, string>;
  close(): Promise<void>;
}

export const REPOSITORY = 'octo-org/private-repo';
export const privatePush = {
  name: 'push',
  payload: { repository: { full_name: REPOSITORY, private: true, visibility: 'private' } },
};

export async function createActionWorld(): Promise<ActionWorld> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'codex-auth-action-'));
  const sim = await startChatGptSimulator({ dir: path.join(root, 'sim') });
  const key = generateKey();
  registerSecret(key);
  const stateDir = path.join(root, 'state');
  const { CODEX_HOME: _unused, HOME: _home, ...simEnv } = codexEnvFor(sim, { home: root, codexHome: root });
  // A directory whose `codex` is the pinned release, first on the job's PATH (as a setup step would put it).
  const binDir = path.join(root, 'bin');
  await fs.mkdir(binDir);
  await fs.symlink(CODEX_BIN, path.join(binDir, 'codex'));
  const jobs: Job[] = [];
  const world: ActionWorld = {
    sim,
    root,
    stateDir,
    key,
    config: codexConfigToml(sim),
    job(event = privatePush, options = {}) {
      const job = createJob({
        ...options,
        event,
        repository: REPOSITORY,
        env: { ...simEnv, PATH: `${binDir}:${process.env.PATH ?? ''}` },
      });
      jobs.push(job);
      return job;
    },
    streamInputs(stream, extra = {}) {
      return {
        prompt: 'say OK',
        'codex-args': '--skip-git-repo-check --ephemeral',
        sandbox: 'read-only',
        'codex-config': world.config,
        key,
        store: 'file',
        'state-dir': stateDir,
        stream,
        'github-token': '',
        ...extra,
      };
    },
    async close() {
      for (const job of jobs) job.cleanup();
      await sim.close();
      await fs.rm(root, { recursive: true, force: true });
    },
  };
  return world;
}
