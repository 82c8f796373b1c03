// The runner side of scripts/bench-isolation.ts, started as a non-root runner user with passwordless sudo: sets
// up the agent user's isolation (src/seal/agent-isolation.ts of the source tree given) for a workspace and a
// CODEX_HOME, then undoes it, and prints the two phases' wall times as one JSON line. No Codex runs: this is the
// isolation's own cost, the part a run adds on top of Codex.
import { createRequire, syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Counts the sudo programs the isolation starts: every program it runs goes through child_process.spawn, whose
// ESM binding follows the builtin's (syncBuiltinESMExports). strace cannot count them: a traced sudo loses setuid.
const childProcess = createRequire(import.meta.url)(
  'node:child_process',
) as typeof import('node:child_process');
const spawn = childProcess.spawn;
let sudoCalls = 0;
childProcess.spawn = ((command: string, ...rest: unknown[]) => {
  if (command === 'sudo') sudoCalls++;
  return (spawn as (...args: unknown[]) => unknown)(command, ...rest);
}) as typeof spawn;
syncBuiltinESMExports();

const [src, workspace, codexHome, secret] = process.argv.slice(2);
if (src === undefined || workspace === undefined || codexHome === undefined || secret === undefined) {
  throw new Error('usage: isolation-driver <src dir> <workspace> <codex home> <secret dir>');
}
const mod = (await import(pathToFileURL(path.join(src, 'seal/agent-isolation.ts')).href)) as {
  isolateAgent: typeof import('../src/seal/agent-isolation.js').isolateAgent;
};
const t0 = performance.now();
const isolation = await mod.isolateAgent({ workspace, secrets: [secret], runnerFiles: [] });
await isolation.share(codexHome);
const t1 = performance.now();
await isolation.finish();
const t2 = performance.now();
process.stdout.write(`${JSON.stringify({ setupMs: t1 - t0, finishMs: t2 - t1, sudoCalls })}\n`);
