// One isolated world for an end-to-end test: the ChatGPT simulator, a temp HOME and state dir, a Codex config
// pointing at the simulator, a fresh envelope key, and helpers to call the bundled CLI in it.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateKey } from '../../src/core/key.js';
import {
  type ChatGptSimulator,
  type ChatGptSimulatorOptions,
  startChatGptSimulator,
} from './chatgpt-simulator.js';
import { type CliOptions, type CliRun, type RunningCli, runCli, spawnCli } from './cli-harness.js';
import { CODEX_BIN, codexConfigToml, codexEnvFor } from './codex-sandbox.js';
import { recordOutput, registerSecret } from './leak-guard.js';

export interface World {
  readonly sim: ChatGptSimulator;
  readonly root: string;
  readonly stateDir: string;
  readonly configPath: string;
  readonly key: string;
  /** The environment the CLI runs with. */
  env(extra?: Record<string, string>): Record<string, string>;
  cli(args: readonly string[], options?: Partial<CliOptions>): Promise<CliRun>;
  spawn(args: readonly string[], options?: Partial<CliOptions>): RunningCli;
  /** `run` with the simulator's Codex config and the pinned Codex. */
  runArgs(stream: string, ...extra: string[]): string[];
  /** Writes a file into the world (0600) and returns its path. */
  file(name: string, content: string): Promise<string>;
  /** Every file under the state dir, for leak checks. */
  stateFiles(): Promise<string[]>;
  close(): Promise<void>;
}

export async function createWorld(options: ChatGptSimulatorOptions = {}): Promise<World> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'codex-auth-e2e-'));
  const home = path.join(root, 'home');
  const stateDir = path.join(root, 'state');
  await fs.mkdir(home, { recursive: true });
  const sim = await startChatGptSimulator({ ...options, dir: path.join(root, 'sim') });
  const configPath = path.join(root, 'codex-config.toml');
  await fs.writeFile(configPath, codexConfigToml(sim), { mode: 0o600 });
  const key = generateKey();
  registerSecret(key);

  const env = (extra: Record<string, string> = {}) => {
    const { CODEX_HOME: _ignored, ...base } = codexEnvFor(sim, {
      home,
      codexHome: path.join(root, 'unused'),
    });
    return { ...base, CODEX_AUTH_KEY: key, CODEX_AUTH_STATE_DIR: stateDir, ...extra };
  };
  const world: World = {
    sim,
    root,
    stateDir,
    configPath,
    key,
    env,
    cli: (args, opts = {}) => runCli(args, { env: env(), cwd: root, ...opts }),
    spawn: (args, opts = {}) => spawnCli(args, { env: env(), cwd: root, ...opts }),
    runArgs: (stream, ...extra) => [
      'run',
      '--stream',
      stream,
      '--codex',
      CODEX_BIN,
      '--codex-config',
      configPath,
      ...extra,
      '--',
      '--skip-git-repo-check',
      '--ephemeral',
      '--sandbox',
      'read-only',
      'say OK',
    ],
    async file(name, content) {
      const file = path.join(root, name);
      await fs.writeFile(file, content, { mode: 0o600 });
      return file;
    },
    async stateFiles() {
      const out: string[] = [];
      const walk = async (dir: string) => {
        for (const entry of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
          const full = path.join(dir, entry.name);
          if (entry.isDirectory()) await walk(full);
          else out.push(full);
        }
      };
      await walk(stateDir);
      return out;
    },
    async close() {
      // The state dir must never hold a token in clear: check every file before it goes.
      for (const file of await world.stateFiles())
        recordOutput(`state file ${file}`, await fs.readFile(file, 'utf8'));
      await sim.close();
      await fs.rm(root, { recursive: true, force: true });
    },
  };
  return world;
}
