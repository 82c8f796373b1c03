// Benchmark (not a test): what running Codex as a separate user (codex-user) costs, counted apart from the run:
// set-up (user, workspace ACLs, the agent's home, the probe, sharing CODEX_HOME) and finish (stop the agent's
// processes, give the files back), as a non-root runner user with passwordless sudo, as on GitHub-hosted runners.
// Each source tree given is measured in turn, round by round, so load drift hits them alike; the driver counts
// the sudo programs each set-up and finish started.
// Usage (as root, which creates the test users): npx tsx scripts/bench-isolation.ts --runs 10 src [other/src ...]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureSudoRunner } from '../test/support/sudo-runner.js';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '10' } },
  allowPositionals: true,
});
const RUNS = Number(values.runs);
const trees = (positionals.length > 0 ? positionals : ['src']).map((dir) => path.resolve(dir));
const runner = ensureSudoRunner();
const DRIVER = path.resolve('scripts/isolation-driver.ts');

// A job's layout: a 0700 root of the runner's, a workspace of 300 small files, a CODEX_HOME, a secret dir.
const root = mkdtempSync(path.join(os.tmpdir(), 'bench-isolation-'));
const workspace = path.join(root, 'workspace');
for (let d = 0; d < 10; d++) {
  mkdirSync(path.join(workspace, `dir${d}`), { recursive: true });
  for (let f = 0; f < 30; f++) writeFileSync(path.join(workspace, `dir${d}`, `f${f}.ts`), 'export {};\n');
}
const home = path.join(root, 'codex-home');
mkdirSync(home, { mode: 0o700 });
writeFileSync(path.join(home, 'auth.json'), '{}', { mode: 0o600 });
mkdirSync(path.join(root, 'state'), { mode: 0o700 });
execFileSync('chown', ['-R', `${runner.uid}:${runner.gid}`, root]);

interface Sample {
  setupMs: number;
  finishMs: number;
  sudoCalls: number;
}

function once(tree: string): Sample {
  const args = ['--import', 'tsx', DRIVER, tree, workspace, home, path.join(root, 'state')];
  const run = spawnSync(process.execPath, args, {
    uid: runner.uid,
    gid: runner.gid,
    cwd: path.resolve('.'),
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: root },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`the driver failed for ${tree}:\n${run.stdout}${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as Sample;
}

const samples = trees.map(() => ({ setup: [] as number[], finish: [] as number[], sudo: [] as number[] }));
for (const tree of trees) once(tree); // warm-up: the user exists, the page cache is warm
const loadBefore = os.loadavg()[0]?.toFixed(2);
for (let i = 0; i < RUNS; i++) {
  for (const [t, tree] of trees.entries()) {
    const r = once(tree);
    samples[t]?.setup.push(r.setupMs);
    samples[t]?.finish.push(r.finishMs);
    samples[t]?.sudo.push(r.sudoCalls);
  }
  process.stderr.write(`\rround ${i + 1}/${RUNS}`);
}
process.stderr.write('\n');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)] ?? NaN);
};
console.log(
  `Runs: ${RUNS} per tree (after 1 warm-up), interleaved; 1-min load ${loadBefore} before, ${os.loadavg()[0]?.toFixed(2)} after; ms.\n`,
);
console.log(
  '| source tree | set-up median (min-max) | finish median (min-max) | total median | sudo calls |',
);
console.log('|---|---|---|---|---|');
for (const [t, tree] of trees.entries()) {
  const { setup, finish, sudo } = samples[t] ?? { setup: [], finish: [], sudo: [] };
  const total = setup.map((s, i) => s + (finish[i] ?? NaN));
  const range = (xs: number[]) =>
    `${median(xs)} (${Math.round(Math.min(...xs))}-${Math.round(Math.max(...xs))})`;
  console.log(`| ${tree} | ${range(setup)} | ${range(finish)} | ${median(total)} | ${median(sudo)} |`);
}
rmSync(root, { recursive: true, force: true });
