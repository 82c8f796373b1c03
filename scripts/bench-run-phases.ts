// Benchmark (not a test): where a sealed `run`'s time goes beside OpenAI's shell pattern (issue 18's goal: at most
// 100 ms more). One isolated world (loopback simulator, real Codex, bundled dist/cli.cjs); the shell pattern (f)
// and a no-refresh `run --json` (b) alternate run by run, both under GNU time for the CPU of every process they
// waited for. The run's own phases come from its --json `timings` (wall and this process's CPU per phase).
// Usage: npx tsx scripts/bench-run-phases.ts --runs 10   (after `npm run build`)
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CLI_PATH } from '../test/support/cli-harness.js';
import { createWorld } from '../test/support/e2e-world.js';
import { shellPattern } from './bench-shell-pattern.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`--runs wants a positive integer, got ${values.runs}`);

interface Timing {
  phase: string;
  atMs: number;
  ms: number;
  cpuMs: number;
}
interface RunJson {
  error: unknown;
  protection: string | null;
  seal: { probeMs: number | null; waitMs: number | null } | null;
  timings?: Timing[];
}

const readCpu = async (file: string) =>
  (await fs.readFile(file, 'utf8'))
    .trim()
    .split('\n')
    .slice(-1)
    .join('')
    .split(' ')
    .reduce((sum, s) => sum + Number(s) * 1000, 0);

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : Math.round(sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN);
};

const world = await createWorld();
const cpuFile = path.join(os.tmpdir(), `bench-phases-${process.pid}.cpu`);
try {
  const seed = await world.file(
    'fresh.json',
    world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: new Date(Date.now() - 3_600_000) }),
  );
  const seeded = await world.cli(['seed', '--stream', 'fresh', '--auth-file', seed]);
  if (seeded.code !== 0) throw new Error(`seed failed: ${seeded.stderr}`);

  const runOnce = async () => {
    const started = performance.now();
    const argv = [
      '-f',
      '%U %S',
      '-o',
      cpuFile,
      process.execPath,
      CLI_PATH,
      ...world.runArgs('fresh', '--json'),
    ];
    const child = spawn('/usr/bin/time', argv, {
      env: world.env(),
      cwd: world.root,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const wall = performance.now() - started;
    const json = JSON.parse(out) as RunJson;
    if (code !== 0 || json.protection !== 'broker') throw new Error(`run failed (${code}): ${out}`);
    return { wall, cpu: await readCpu(cpuFile), json };
  };

  const f: { wall: number; cpu: number }[] = [];
  const b: Awaited<ReturnType<typeof runOnce>>[] = [];
  await shellPattern(world);
  await runOnce(); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const wall = await shellPattern(world, cpuFile);
    f.push({ wall, cpu: await readCpu(cpuFile) });
    b.push(await runOnce());
    process.stderr.write(`\rround ${i + 1}/${RUNS}`);
  }
  process.stderr.write('\n');
  const rows: [string, number[], number[] | null][] = [
    ['(f) shell pattern: wall / CPU of every process', f.map((x) => x.wall), f.map((x) => x.cpu)],
    ['(b) `run`: wall / CPU of every process', b.map((x) => x.wall), b.map((x) => x.cpu)],
    [
      '(b) - (f), same round',
      b.map((x, i) => x.wall - (f[i]?.wall ?? NaN)),
      b.map((x, i) => x.cpu - (f[i]?.cpu ?? NaN)),
    ],
    [
      '(b) before the first phase (Node start, bundle load, options)',
      b.map((x) => x.json.timings?.[0]?.atMs ?? NaN),
      null,
    ],
  ];
  const phases = b[0]?.json.timings?.map((t) => t.phase) ?? [];
  for (const [k, name] of phases.entries())
    rows.push([
      `(b) phase ${name}`,
      b.map((x) => x.json.timings?.[k]?.ms ?? NaN),
      b.map((x) => x.json.timings?.[k]?.cpuMs ?? NaN),
    ]);
  const end = (x: (typeof b)[number]) => {
    const last = x.json.timings?.at(-1);
    return last ? last.atMs + last.ms : NaN;
  };
  rows.push([
    '(b) after the last phase (print, exit), seen from outside',
    b.map((x) => x.wall - end(x)),
    null,
  ]);
  rows.push([
    '(b) seal.probeMs / seal.waitMs',
    b.map((x) => x.json.seal?.probeMs ?? NaN),
    b.map((x) => x.json.seal?.waitMs ?? NaN),
  ]);
  console.log(
    `Runs: ${RUNS}, 1-min load after ${os.loadavg()[0]?.toFixed(2)}; medians in ms (CPU column: our process only for phases)\n`,
  );
  console.log('| measurement | wall | CPU |\n| --- | ---: | ---: |');
  for (const [label, wall, cpu] of rows)
    console.log(`| ${label} | ${median(wall)} | ${cpu ? median(cpu) : ''} |`);
} finally {
  await fs.rm(cpuFile, { force: true });
  await world.close();
}
