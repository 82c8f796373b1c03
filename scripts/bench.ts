// Benchmark (not a test): what the codex-auth round trip costs on top of a bare `codex exec`, in one isolated
// world (loopback ChatGPT simulator, real Codex CLI, bundled dist/cli.js). Prints a markdown table.
// Usage: npm run bench -- --runs 15   (or: npx tsx scripts/bench.ts --runs 15 after `npm run build`)
// Rows: bare Codex, OpenAI's shell pattern, `run` with and without a refresh, the Action's main step, the token
// broker's own start, and the cold start of Node and of the CLI's codex-free commands, all interleaved run by run
// so their ratios share one load.

import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { createActionWorld, entry } from '../test/support/action-world.js';
import { CLI_PATH, type CliRun, jsonOf } from '../test/support/cli-harness.js';
import { CODEX_BIN, codexEnvFor, codexExecArgs } from '../test/support/codex-sandbox.js';
import { createWorld, type World } from '../test/support/e2e-world.js';
import { JQ, shellPattern } from './bench-shell-pattern.js';
import { sealSelfTest } from '../src/app/seal-self-test.js';
import { privateHomesBase } from '../src/codex/codex-home.js';
import { chooseSandbox, sealConfig } from '../src/seal/seal-config.js';
import { CLI_VOCABULARY } from '../src/app/vocabulary.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`--runs wants a positive integer, got ${values.runs}`);

const execFileAsync = promisify(execFile);
const DAY_MS = 24 * 60 * 60 * 1000;
const anHourAgo = () => new Date(Date.now() - 60 * 60 * 1000); // Codex leaves it alone
const nineDaysAgo = () => new Date(Date.now() - 9 * DAY_MS); // Codex refreshes it ("scheduled")

interface RunJson {
  refreshed: boolean;
  persisted: boolean;
  lockWaitMs: number;
  durationMs: number;
  error: unknown;
  seal: { sealed: boolean; probeMs: number | null; waitMs: number | null } | null;
  protection: 'broker' | 'deny-read' | 'none' | null;
}

/**
 * The seal probe in each (b) run, as that run reported it in --json: its own time (`seal.probeMs`), the part of it
 * the run waited for after the store was open (`seal.waitMs`; the rest ran alongside the lock and the store
 * read), and the run without that wait.
 */
const probeInRun: number[] = [];
const probeWaitInRun: number[] = [];
const runWithoutProbe: number[] = [];

/** Wall time of `fn` in ms, measured here (the spawning side), so every row includes process start-up. */
async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** A step's log without its ::add-mask:: lines (they repeat every token the step masked). */
const withoutMasks = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');

function ok(label: string, run: CliRun): CliRun {
  if (run.code !== 0) throw new Error(`${label} exited ${run.code}:\n${run.stderr}`);
  return run;
}

/** A stream login as Codex writes it, for a session the simulator knows (an unknown refresh token would fail). */
async function loginFile(world: World, name: string, lastRefresh: Date): Promise<string> {
  return world.file(name, world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh }));
}

/**
 * (a) The baseline: the pinned Codex launcher spawned directly, as the CLI spawns it (same launcher, same env
 * as the CLI passes on, a fresh private CODEX_HOME with auth.json + config.toml). `--json` is added because the
 * CLI adds it to every `codex exec`, so (b) - (a) is the wrapper alone, not a change of Codex's output mode.
 * Setting up CODEX_HOME is not timed (the CLI's own temp dir and auth.json writes are part of its overhead).
 */
async function bareCodex(world: World, sealed = false): Promise<number> {
  const codexHome = await fs.mkdtemp(path.join(os.tmpdir(), 'codex-bench-home-'));
  try {
    await fs.chmod(codexHome, 0o700);
    const auth = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() });
    await fs.writeFile(path.join(codexHome, 'auth.json'), auth, { mode: 0o600 });
    const env = codexEnvFor(world.sim, { home: path.join(world.root, 'home'), codexHome });
    const { config, args } = sealed
      ? await sealedProfile(world)
      : { config: await fs.readFile(world.configPath, 'utf8'), args: codexExecArgs() };
    await fs.writeFile(path.join(codexHome, 'config.toml'), config, { mode: 0o600 });
    const { ms, value: code } = await timed(
      () =>
        new Promise<number | null>((resolve, reject) => {
          const child = spawn(CODEX_BIN, ['exec', '--json', ...args], {
            env,
            cwd: world.root,
            stdio: 'ignore',
          });
          child.on('error', reject);
          child.on('close', resolve);
        }),
    );
    if (code !== 0) throw new Error(`bare codex exec${sealed ? ' (sealed profile)' : ''} exited ${code}`);
    return ms;
  } finally {
    await fs.rm(codexHome, { recursive: true, force: true });
  }
}

/**
 * (a2) The config.toml and arguments a `run` gives Codex (src/seal/seal-config.ts): the permission profile that
 * denies the CLI's private homes and the file store's directory, with the sandbox flag turned into the profile's
 * base. Codex itself starts slower with deny entries (it routes its own file access through sandboxed helpers),
 * so (a2) - (a) is the seal's cost inside Codex, counted apart like the probe.
 */
async function sealedProfile(world: World) {
  const choice = chooseSandbox(codexExecArgs(), undefined, CLI_VOCABULARY.seal);
  const deny = [privateHomesBase(world.env()), world.stateDir];
  const userConfig = await fs.readFile(world.configPath, 'utf8');
  return { config: sealConfig(userConfig, choice, deny, CLI_VOCABULARY.seal).toml, args: [...choice.args] };
}

/** (b)/(c) One `run --json`; checks it did what the row claims, so a silent failure cannot look fast. */
async function cliRun(world: World, stream: string, expectRefresh: boolean): Promise<number> {
  const { ms, value } = await timed(() => world.cli(world.runArgs(stream, '--json')));
  const result = jsonOf<RunJson>(ok(`run ${stream}`, value));
  if (result.refreshed !== expectRefresh || result.persisted !== expectRefresh)
    throw new Error(`run ${stream}: refreshed=${result.refreshed}, expected ${expectRefresh}`);
  if (result.seal?.sealed !== true || result.seal.probeMs === null || result.seal.waitMs === null)
    throw new Error(`run ${stream} was not sealed: ${JSON.stringify(result.seal)}`);
  // The rows measure a run through the token broker (issue 18), not the deny-read path without it.
  if (result.protection !== 'broker')
    throw new Error(`run ${stream} had protection ${result.protection}, not the token broker`);
  if (stream === 'fresh') {
    probeInRun.push(result.seal.probeMs);
    probeWaitInRun.push(result.seal.waitMs);
    runWithoutProbe.push(ms - result.seal.waitMs);
  }
  return ms;
}

/** (k) The broker's start in each run, split: loading its bundle, and `startBroker`. */
const brokerImport: number[] = [];
const brokerStart: number[] = [];
/** (k) Its CPU time (user + system, every thread), which machine load skews far less than the wall clock. */
const brokerCpu: number[] = [];

/**
 * (k) The token broker's own start, counted apart: src/broker bundled as the CLI's bundles are (esbuild, CommonJS,
 * node20, unsplit) and started by a fresh `node` as a run starts it: load the bundle, then `startBroker` (the
 * per-run CA and leaf, the CA file, the loopback TLS listener). The child times both with performance.now() and
 * prints them with the CPU time they took, so Node's own start-up and the driver's set-up are not in them. Built
 * once, untimed.
 */
async function brokerStartDriver(world: World): Promise<() => Promise<number>> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-broker-'));
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  } as const;
  await build({ ...common, entryPoints: ['src/broker/index.ts'], outfile: path.join(dir, 'broker.cjs') });
  const driver = `
    import { readFileSync } from 'node:fs';
    import { parseBundle } from './src/core/bundle.ts';
    import { silentLogger } from './src/core/logger.ts';
    const [brokerPath, authPath, caDir] = process.argv.slice(2);
    const bundle = parseBundle(readFileSync(authPath, 'utf8'), 'bench');
    const cpu = () => { const used = process.cpuUsage(); return (used.user + used.system) / 1000; };
    const [t0, c0] = [performance.now(), cpu()];
    const { startBroker } = require(brokerPath);
    const t1 = performance.now();
    startBroker({ credential: { kind: 'chatgpt', bundle }, persist: async () => {}, log: silentLogger,
      secrets: { add() {}, contains: () => false }, dir: caDir }).then(async (broker) => {
      const [t2, c2] = [performance.now(), cpu()];
      await broker.close();
      console.log(JSON.stringify({ importMs: t1 - t0, startMs: t2 - t1, cpuMs: c2 - c0 }));
    });`;
  await build({
    ...common,
    stdin: { contents: driver, resolveDir: process.cwd(), loader: 'ts' },
    external: [path.join(dir, 'broker.cjs')],
    outfile: path.join(dir, 'driver.cjs'),
  });
  const auth = await loginFile(world, 'broker-start.json', anHourAgo());
  return async () => {
    const caDir = await fs.mkdtemp(path.join(dir, 'ca-'));
    const child = await execFileAsync(
      process.execPath,
      [path.join(dir, 'driver.cjs'), path.join(dir, 'broker.cjs'), auth, caDir],
      { encoding: 'utf8', env: world.env() },
    );
    await fs.rm(caDir, { recursive: true, force: true });
    const { importMs, startMs, cpuMs } = JSON.parse(child.stdout) as Record<string, number>;
    if (importMs === undefined || startMs === undefined || cpuMs === undefined)
      throw new Error(`the broker start driver printed ${child.stdout}`);
    brokerImport.push(importMs);
    brokerStart.push(startMs);
    brokerCpu.push(cpuMs);
    return importMs + startMs;
  };
}
/** (p) The seal probe alone: the same `codex sandbox` check a run makes, on a canary home (doctor's self-test). */
async function probeAlone(env: NodeJS.ProcessEnv): Promise<number> {
  const { ms, value } = await timed(() => sealSelfTest(CODEX_BIN, env));
  if (!value.ok) throw new Error(`the seal probe failed: ${JSON.stringify(value.failure)}`);
  return ms;
}

/**
 * (d) Cold start: `node <args>` spawned exactly alike for every row (same env, stdio ignored), so a row's ratio to
 * `node -e 0` is the start-up our code adds. Fails on a non-zero exit, so a crash cannot look fast.
 */
async function coldStart(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { ms, value: code } = await timed(
    () =>
      new Promise<number | null>((resolve, reject) => {
        const child = spawn(process.execPath, [...args], { env, stdio: 'ignore' });
        child.on('error', reject);
        child.on('close', resolve);
      }),
  );
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited ${code}`);
  return ms;
}

/** Peak resident memory of `node <args>` in MiB, from GNU time's %M (null where there is no /usr/bin/time). */
function peakMiB(args: readonly string[], env: NodeJS.ProcessEnv): number | null {
  if (!existsSync('/usr/bin/time')) return null;
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const kib = Number(run.stderr.trim().split('\n').at(-1));
  return run.status === 0 && Number.isFinite(kib) ? kib / 1024 : null;
}

/** (e) Four `run`s started together on one stream: the lock serializes them. */
async function contended(world: World, stream: string) {
  const { ms, value } = await timed(() =>
    Promise.all(
      Array.from({ length: 4 }, () =>
        world.cli(world.runArgs(stream, '--json', '--lock-timeout', '120'), { timeoutMs: 180_000 }),
      ),
    ),
  );
  const results = value.map((run) => jsonOf<RunJson>(ok('contended run', run)));
  const waits = results.map((r) => r.lockWaitMs).sort((x, y) => x - y);
  // Time the lock was held by someone (durationMs counts from before the lock wait); the rest of the wall time
  // is process start-up, exit, and the waiters' backoff polls noticing a freed lock late.
  const held = results.reduce((sum, r) => sum + (r.durationMs - r.lockWaitMs), 0);
  return { wallMs: ms, waits, idleMs: ms - held };
}

function stats(samples: number[]): string[] {
  const s = [...samples].sort((x, y) => x - y);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN; // nearest rank
  return [at(0.5), at(0.9), s[0] ?? NaN, s[s.length - 1] ?? NaN].map((v) => v.toFixed(0));
}

const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' }).trim();

// Other work on the machine skews every row: print the load average before and after, to judge a table by.
const loadBefore = os.loadavg()[0]?.toFixed(2);
const world = await createWorld();
const actionWorld = await createActionWorld();
try {
  const freshSeed = await loginFile(world, 'fresh.json', anHourAgo());
  ok('seed fresh', await world.cli(['seed', '--stream', 'fresh', '--auth-file', freshSeed]));
  ok('seed contended', await world.cli(['seed', '--stream', 'contended', '--auth-file', freshSeed]));
  const staleRun = async () => {
    // A new stale session each time (not timed): every measured run refreshes and persists.
    const seed = await loginFile(world, 'stale.json', nineDaysAgo());
    ok('seed stale', await world.cli(['seed', '--stream', 'stale', '--force', '--auth-file', seed]));
    return cliRun(world, 'stale', true);
  };
  // The Action's stream, seeded by one untimed job with a fresh login: every timed job is a no-refresh run.
  const actionSeed = actionWorld.sim.authJsonFor(actionWorld.sim.issueSession(), {
    lastRefresh: anHourAgo(),
  });
  const seeded = await actionWorld.job().mainAndPost(entry('main'), entry('post'), {
    inputs: actionWorld.streamInputs('act', { 'auth-json': actionSeed }),
  });
  if (seeded.main.code !== 0)
    throw new Error(`seeding the Action's stream failed:\n${withoutMasks(seeded.main.stdout)}`);
  /**
   * (h) dist/main.js as the runner starts it (test/support/action-harness.ts); then its post step, timed apart
   * into postMs: after a finished main it only removes the private home.
   */
  const postMs: number[] = [];
  const actionMain = async () => {
    const job = actionWorld.job();
    const inputs = actionWorld.streamInputs('act');
    const { ms, value: main } = await timed(() => job.step(entry('main'), { inputs }));
    const timedPost = await timed(() => job.step(entry('post'), { inputs, state: main.state }));
    const post = timedPost.value;
    postMs.push(timedPost.ms);
    if (main.code !== 0 || post.code !== 0 || main.outputs.refreshed !== 'false')
      throw new Error(
        `the Action's no-refresh job failed (main ${main.code}, post ${post.code}):\n${withoutMasks(main.stdout)}`,
      );
    return ms;
  };
  const cliEnv = world.env();
  const cold: [string, string[]][] = [
    ['`node -e 0` (Node alone)', ['-e', '0']],
    ['`codex-auth --help`', [CLI_PATH, '--help']],
    ['`codex-auth status`', [CLI_PATH, 'status', '--stream', 'fresh']],
    ['`codex-auth inspect --auth-file`', [CLI_PATH, 'inspect', '--auth-file', freshSeed]],
    ['`codex-auth keygen`', [CLI_PATH, 'keygen']],
  ];
  const rows: [string, () => Promise<number>][] = [
    ['(a) bare `codex exec`, fresh login', () => bareCodex(world)],
    ["(a2) bare `codex exec` with the run's sealed profile (deny entries)", () => bareCodex(world, true)],
    [
      `(f) OpenAI's shell pattern (cp, chmod, codex exec, ${JQ ? 'jq' : 'node -e'} check, cp back)`,
      () => shellPattern(world),
    ],
    ['(b) `run`, fresh stream (no refresh)', () => cliRun(world, 'fresh', false)],
    ['(c) `run`, stale stream (refresh + persist)', staleRun],
    ['(h) Action `dist/main.js`, fresh stream (no refresh)', actionMain],
    ['(p) seal probe alone (`codex sandbox` + probe, native binary)', () => probeAlone(world.env())],
    ['(k) broker start alone: import + startBroker, in-process', await brokerStartDriver(world)],
    ...cold.map(([label, args]): [string, () => Promise<number>] => [
      `(d) cold start: ${label}`,
      () => coldStart(args, cliEnv),
    ]),
  ];
  const samples = rows.map((): number[] => []);
  // One untimed warm-up of each row (page cache, Codex's first start), then the rows interleaved run by run,
  // so drift in machine load hits (a) and (b) alike instead of biasing their difference.
  for (const [, fn] of rows) await fn();
  for (let i = 0; i < RUNS; i++) {
    for (const [r, [, fn]] of rows.entries()) samples[r]?.push(await fn());
    process.stderr.write(`\rround ${i + 1}/${RUNS}`);
  }
  const contention = { wall: [] as number[], idle: [] as number[], waits: [[], [], [], []] as number[][] };
  for (let i = 0; i < RUNS; i++) {
    const c = await contended(world, 'contended');
    contention.wall.push(c.wallMs);
    contention.idle.push(c.idleMs);
    c.waits.forEach((w, k) => contention.waits[k]?.push(w));
    process.stderr.write(`\rcontended round ${i + 1}/${RUNS}`);
  }
  process.stderr.write('\n');
  if (world.sim.reuseCount !== 0)
    throw new Error(`the simulator saw ${world.sim.reuseCount} refresh reuse(s)`);

  // The (b) samples after the warm-up: the warm-up's own probe is in probeInRun[0].
  probeInRun.shift();
  probeWaitInRun.shift();
  postMs.shift();
  runWithoutProbe.shift();
  brokerImport.shift();
  brokerStart.shift();
  brokerCpu.shift();
  const row = (prefix: string) => {
    const r = rows.findIndex(([label]) => label.startsWith(prefix));
    if (r === -1) throw new Error(`no row ${prefix}`);
    return samples[r] ?? [];
  };
  // Same round, same load: what the profile's deny entries cost inside Codex, and the run without both seal costs.
  const profileCost = row('(a2)').map((sealed, i) => sealed - (row('(a)')[i] ?? NaN));
  // Issue 18's goal, same round: a sealed `run` at most 100 ms over OpenAI's shell pattern.
  const overShellPattern = row('(b)').map((run, i) => run - (row('(f)')[i] ?? NaN));
  const table = [
    ...rows.map(([label], r) => [label, ...stats(samples[r] ?? [])]),
    ['(h) its post step (`dist/post.js` after a finished main)', ...stats(postMs)],
    ['(k) of which loading the broker bundle', ...stats(brokerImport)],
    ['(k) of which `startBroker` (CA + leaf, CA file, TLS listen)', ...stats(brokerStart)],
    ['(k) its CPU time (user + system), import + startBroker', ...stats(brokerCpu)],
    [
      "(a2) - (a): deny entries' cost inside Codex, same round (the deny-read path; a broker run has none)",
      ...stats(profileCost),
    ],
    ['(b) its seal probe (`seal.probeMs` in its --json)', ...stats(probeInRun)],
    ['(b) of which it waited for, once the store was open (`seal.waitMs`)', ...stats(probeWaitInRun)],
    ['(b) minus that wait: the round trip without the probe', ...stats(runWithoutProbe)],
    [
      "(b) - (f): a sealed `run` over OpenAI's shell pattern, same round (goal: at most 100)",
      ...stats(overShellPattern),
    ],
    ['(e) 4 concurrent `run`s, fresh stream: wall time', ...stats(contention.wall)],
    ...contention.waits.map((w, k) => [
      `(e) lockWaitMs, ${['1st', '2nd', '3rd', '4th'][k]} in line`,
      ...stats(w),
    ]),
    ['(e) lock idle: wall - sum of lock-held times', ...stats(contention.idle)],
  ];
  const dirty =
    sh('git', ['status', '--porcelain', '--', 'src', 'dist']) === '' ? '' : ' (src/dist modified)';
  console.log(
    `Machine: ${os.cpus()[0]?.model ?? '?'}, nproc ${sh('nproc', [])}, ${os.type()} ${os.release()}`,
  );
  console.log(
    `Node ${process.version}, ${sh(CODEX_BIN, ['--version'])}, commit ${sh('git', ['rev-parse', '--short', 'HEAD'])}${dirty}`,
  );
  console.log(
    `Runs per row: ${RUNS} (after 1 warm-up); 1-min load ${loadBefore} before, ${os.loadavg()[0]?.toFixed(2)} after; times in ms, wall clock seen by the spawning process.\n`,
  );
  console.log('| measurement | median | p90 | min | max |\n| --- | ---: | ---: | ---: | ---: |');
  for (const row of table) console.log(`| ${row.join(' | ')} |`);
  const median = (r: number) => Number(stats(samples[r] ?? [])[0]);
  const med = (values: number[]) => Number(stats(values)[0]);
  const bare = med(row('(a)'));
  console.log(
    [
      `\nOn top of a bare \`codex exec\` (a) (medians, ms): shell pattern (f) +${med(row('(f)')) - bare};`,
      `\`run\` (b) +${med(row('(b)')) - bare}, of which waiting for the seal probe ${med(probeWaitInRun)} (the probe took ${med(probeInRun)}, alongside Codex's start); deny entries inside Codex ${med(profileCost)} where a run has them (the deny-read path, not these broker runs);`,
      `a sealed \`run\` over the shell pattern, same round, ${med(overShellPattern)} (goal: at most 100); the broker's own start alone (k) ${med(row('(k)'))};`,
      `Action main (h) +${med(row('(h)')) - bare} and its post step ${med(postMs)} (Node alone: ${med(row('(d) cold start: `node -e 0`'))}); refresh + persist (c) - (b) ${med(row('(c)')) - med(row('(b)'))}.`,
    ].join(' '),
  );
  // Ratios from this one interleaved run, and peak memory from one extra run of each under GNU time.
  const first = rows.length - cold.length;
  console.log('\n| cold start | median ms | × `node -e 0` | peak MiB |\n| --- | ---: | ---: | ---: |');
  for (const [k, [label, args]] of cold.entries()) {
    const peaks = [0, 1, 2].map(() => peakMiB(args, cliEnv)).filter((v): v is number => v !== null);
    const peak = peaks.length > 0 ? Math.max(...peaks).toFixed(1) : 'n/a';
    console.log(
      `| ${label} | ${median(first + k)} | ${(median(first + k) / median(first)).toFixed(2)} | ${peak} |`,
    );
  }
  console.log(`\nShell pattern check: ${JQ ? `jq (${JQ})` : 'node -e (no jq installed)'}.`);
} finally {
  await actionWorld.close();
  await world.close();
}
