// The broker between the REAL Codex CLI and the loopback ChatGPT simulator: the simulator plays OpenAI upstream,
// Codex gets only the broker's placeholder auth.json, CA and URLs. Every output is recorded for the leak guard,
// and `scanForSecrets` greps the run's files (CODEX_HOME, HOME, TMPDIR) for every real token the run ever held.

import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'smol-toml';
import { type Bundle, parseBundle } from '../../src/core/bundle.js';
import { silentLogger } from '../../src/core/logger.js';
import { startBroker, type RunningBroker } from '../../src/broker/index.js';
import type { BrokerOptions } from '../../src/broker/types.js';
import type { ChatGptSimulator, IssueSessionOptions, SimSession } from './chatgpt-simulator.js';
import { recordOutput, registerSecret } from './leak-guard.js';
import { authJsonText } from './test-tokens.js';

export interface BrokerWorld {
  readonly root: string;
  readonly home: string;
  readonly codexHome: string;
  readonly tmp: string;
  /** Where persist() writes the newest real bundle (the "store"). */
  readonly storePath: string;
  readonly broker: RunningBroker;
  /** Every real token this world's broker was given or learnt (for the file scan). */
  readonly realTokens: Set<string>;
  readonly persisted: Bundle[];
  close(): Promise<void>;
}

export interface BrokerWorldOptions {
  readonly session?: IssueSessionOptions;
  readonly lastRefresh?: Date;
  /** Start from this stored bundle text instead of a new session. */
  readonly storedBundle?: string;
  /** Leave Codex's zstd request compression on. */
  readonly compression?: boolean;
  /** Runs inside persist(), after the bundle is written: e.g. to kill the broker before it answers. */
  readonly afterPersist?: (world: BrokerWorld) => Promise<void>;
  readonly upstream?: BrokerOptions['upstream'];
  readonly proxy?: BrokerOptions['proxy'];
  /** Another CA to trust upstream besides the simulator's (a test's own upstream server). */
  readonly extraCa?: string;
}

export async function startBrokerWorld(
  sim: ChatGptSimulator,
  options: BrokerWorldOptions = {},
): Promise<BrokerWorld & { session: SimSession | null }> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'broker-world-'));
  const dirs = { home: 'home', codexHome: 'codex-home', tmp: 'tmp', broker: 'broker' };
  for (const dir of Object.values(dirs)) await fs.mkdir(path.join(root, dir), { mode: 0o700 });
  const storePath = path.join(root, 'store.json');
  const session = options.storedBundle === undefined ? sim.issueSession(options.session) : null;
  const text =
    options.storedBundle ??
    authJsonText(session as SimSession, options.lastRefresh ?? new Date(Date.now() - 60_000));
  const realTokens = new Set<string>();
  const persisted: Bundle[] = [];
  const secrets = {
    add(values: readonly string[]) {
      for (const value of values) {
        realTokens.add(value);
        registerSecret(value);
      }
    },
    contains: (value: string) => [...realTokens].some((token) => value.includes(token)),
  };
  // persist() runs after start-up; the world it hands to afterPersist exists by then.
  const holder: { world?: BrokerWorld } = {};
  const broker = await startBroker({
    credential: { kind: 'chatgpt', bundle: parseBundle(text, 'the test bundle') },
    upstream: {
      chatgptBaseUrl: sim.chatgptBaseUrl,
      openaiBaseUrl: sim.openaiBaseUrl,
      refreshUrl: sim.tokenUrl,
      revokeUrl: sim.revokeUrl,
      ...options.upstream,
    },
    upstreamCa: [await fs.readFile(sim.caPath, 'utf8'), options.extraCa ?? ''].join('\n'),
    proxy: options.proxy,
    persist: async (bundle) => {
      await fs.writeFile(storePath, bundle.raw, { mode: 0o600 });
      persisted.push(bundle);
      if (options.afterPersist && holder.world) await options.afterPersist(holder.world);
    },
    log: process.env.BROKER_DEBUG
      ? { info: console.log, warn: console.log, debug: console.log }
      : silentLogger,
    secrets,
    dir: path.join(root, dirs.broker),
  });
  const codexHome = path.join(root, dirs.codexHome);
  await fs.writeFile(path.join(codexHome, 'auth.json'), broker.placeholderAuthJson, { mode: 0o600 });
  const config = {
    ...broker.codexConfig,
    check_for_update_on_startup: false,
    features: {
      ...(broker.codexConfig.features as Record<string, boolean>),
      enable_request_compression: options.compression ?? false,
    },
    analytics: { enabled: false },
  };
  await fs.writeFile(path.join(codexHome, 'config.toml'), stringify(config), { mode: 0o600 });
  const world: BrokerWorld = {
    root,
    home: path.join(root, dirs.home),
    codexHome,
    tmp: path.join(root, dirs.tmp),
    storePath,
    broker,
    realTokens,
    persisted,
    close: async () => {
      await broker.close();
      await fs.rm(root, { recursive: true, force: true });
    },
  };
  holder.world = world;
  return { ...world, session };
}

export interface CodexRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly events: { type: string; [key: string]: unknown }[];
}

/** The environment Codex gets: nothing from ours but PATH, plus the broker's three variables. */
export function brokerCodexEnv(world: BrokerWorld): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: world.home,
    CODEX_HOME: world.codexHome,
    TMPDIR: world.tmp,
    ...world.broker.codexEnv,
    XDG_CONFIG_HOME: `${world.home}/.config`,
    XDG_CACHE_HOME: `${world.home}/.cache`,
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
  };
}

let runningCodex: number | null = null;

/** Kills the Codex process group started by runCodexThroughBroker (a test's "the whole run dies here"). */
export function killRunningCodex(): void {
  if (runningCodex !== null) process.kill(-runningCodex, 'SIGKILL');
}

/** `codex <args>` (default: a one-turn `exec --json`) in its own process group with a hard timeout. */
export async function runCodexThroughBroker(
  bin: string,
  world: BrokerWorld,
  args: readonly string[] = [
    'exec',
    '--json',
    '--skip-git-repo-check',
    '--ephemeral',
    '--sandbox',
    'read-only',
    'say OK',
  ],
  timeoutMs = 45_000,
): Promise<CodexRun> {
  const child = spawn(bin, [...args], {
    cwd: world.root,
    env: brokerCodexEnv(world),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  runningCodex = child.pid ?? null;
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', (exit) => resolve(exit)));
  clearTimeout(timer);
  runningCodex = null;
  recordOutput('codex stdout', stdout);
  recordOutput('codex stderr', stderr);
  const events = stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { type: string });
  return { code, stdout, stderr, events };
}

/** The text of the last agent message in a run's JSONL events. */
export function lastAgentText(run: CodexRun): string | null {
  const items = run.events
    .filter((event) => event.type === 'item.completed')
    .map((event) => event.item as { type?: string; text?: string });
  return items.filter((item) => item.type === 'agent_message').at(-1)?.text ?? null;
}

/** Files under `dirs` holding any real token (R1). Returns "file: token kind" lines, never the token. */
export async function scanForSecrets(
  dirs: readonly string[],
  tokens: ReadonlySet<string>,
): Promise<string[]> {
  const hits: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        const text = (await fs.readFile(full)).toString('latin1');
        for (const token of tokens) if (text.includes(token)) hits.push(`${full} holds a real token`);
      }
    }
  };
  for (const dir of dirs) await walk(dir);
  return hits;
}
