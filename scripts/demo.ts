// The main job, locally, without an account: the bundled CLI runs the real Codex CLI against the loopback
// ChatGPT simulator. Seed a stale login, run (Codex refreshes; the new tokens are stored encrypted), run again
// (nothing to refresh, nothing written). Everything lives in a temp dir that is removed at the end.

import type { CliRun } from '../test/support/cli-harness.js';
import { createWorld } from '../test/support/e2e-world.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const world = await createWorld();
let failed = false;

/**
 * Lines Codex prints on every run here that are not failures: its helper-binary aliases are refused under /tmp
 * (where the demo's temp dir lives), and `codex exec` says it reads stdin (which is empty). Labelled, so that a
 * reader does not take them for a problem of the demo.
 */
// The CLI forwards Codex's own lines behind a `codex: ` prefix (its text is untrusted, see core/untrusted-text.ts).
const HARMLESS_CODEX_LINES: readonly [RegExp, string][] = [
  [
    /^codex: WARNING: proceeding, even though we could not create PATH aliases/,
    'helper aliases are not made under /tmp',
  ],
  [/^codex: Reading additional input from stdin\.\.\.$/, 'stdin is empty here'],
];

function label(line: string): string {
  const harmless = HARMLESS_CODEX_LINES.find(([pattern]) => pattern.test(line));
  return harmless ? `${line}   <- Codex, harmless: ${harmless[1]}` : line;
}

function show(title: string, run: CliRun): void {
  console.log(`\n$ codex-auth ${title}   (exit ${run.code})`);
  for (const line of `${run.stderr}${run.stdout}`.trimEnd().split('\n')) console.log(`  ${label(line)}`);
  if (run.code !== 0) failed = true;
}

let verdict = 'demo FAILED: an error stopped it (see the output above)';

try {
  console.log(`ChatGPT simulator on ${world.sim.url}; state dir ${world.stateDir}`);
  const session = world.sim.issueSession();
  const seed = await world.file(
    'auth.json',
    world.sim.authJsonFor(session, { lastRefresh: new Date(Date.now() - 9 * DAY_MS) }),
  );

  show(
    'inspect --auth-file auth.json   # a login last refreshed 9 days ago',
    await world.cli(['inspect', '--auth-file', seed]),
  );
  show(
    'seed --stream demo --auth-file auth.json',
    await world.cli(['seed', '--stream', 'demo', '--auth-file', seed]),
  );

  const first = await world.cli(world.runArgs('demo', '--json'));
  show('run --stream demo --json -- "say OK"   # Codex refreshes the stale login', first);
  show('status --stream demo', await world.cli(['status', '--stream', 'demo']));

  const second = await world.cli(world.runArgs('demo', '--json'));
  show('run --stream demo --json -- "say OK"   # fresh now: no refresh, nothing written', second);

  const a = JSON.parse(first.stdout) as { refreshed: boolean; generation: number };
  const b = JSON.parse(second.stdout) as { refreshed: boolean; generation: number };
  console.log(
    `\nrefreshes seen by the simulator: ${world.sim.refreshCount} (${world.sim.refreshLog.map((e) => e.reason).join(', ')})`,
  );
  console.log(
    `first run: refreshed=${a.refreshed} generation=${a.generation}; second run: refreshed=${b.refreshed} generation=${b.generation}`,
  );
  if (!(
    a.refreshed &&
    a.generation === 2 &&
    !b.refreshed &&
    b.generation === 2 &&
    world.sim.refreshCount === 1
  )) {
    failed = true;
    verdict = 'demo FAILED: unexpected result (see the output above)';
  } else if (!failed) {
    verdict =
      'demo OK: seeded generation 1; the first run refreshed the stale login and stored generation 2; the second ran with it, nothing to refresh or write; 1 refresh at the simulator';
  }
} finally {
  await world.close();
  // The one-line verdict, last of all, so it is what a reader sees.
  console.log(`\n${failed ? verdict.replace('demo OK', 'demo FAILED') : verdict}`);
}
process.exitCode = failed ? 1 : 0;
