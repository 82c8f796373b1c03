// The (f) row of the benchmarks: OpenAI's shell pattern, shared by scripts/bench.ts and scripts/bench-run-phases.ts.
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codexEnvFor, CODEX_BIN, codexExecArgs } from '../test/support/codex-sandbox.js';
import type { World } from '../test/support/e2e-world.js';

const anHourAgo = () => new Date(Date.now() - 60 * 60 * 1000); // Codex leaves it alone

/** Wall time of `fn` in ms, measured on the spawning side. */
async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/**
 * (f) OpenAI's shell pattern (seeds/codex-docs-ci-cd-auth.md) as a CI step would run it: restore auth.json from
 * where the secret lives, chmod 600, `codex exec`, check the file is still a login with jq (or `node -e` where jq
 * is not installed), write it back. Same Codex, arguments and environment as (a); the CODEX_HOME with its
 * config.toml is set up untimed, as in (a).
 */
export const JQ = ['/usr/bin/jq', '/usr/local/bin/jq'].find((candidate) => existsSync(candidate)) ?? null;
const SHELL_PATTERN = `set -eu
cp "$SECRET_FILE" "$CODEX_HOME/auth.json"
chmod 600 "$CODEX_HOME/auth.json"
"$CODEX" exec --json "$@" > /dev/null
if [ -n "$JQ" ]; then
  "$JQ" -e '.tokens.refresh_token | length > 0' "$CODEX_HOME/auth.json" > /dev/null
else
  "$NODE" -e 'const a = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); if (!a.tokens?.refresh_token) process.exit(1)' "$CODEX_HOME/auth.json"
fi
cp "$CODEX_HOME/auth.json" "$SECRET_FILE"
`;

/**
 * `cpuFile`: run it under GNU time, which writes the CPU seconds (user, system) of the shell and every process it
 * waited for into that file.
 */
export async function shellPattern(world: World, cpuFile?: string): Promise<number> {
  const codexHome = await fs.mkdtemp(path.join(os.tmpdir(), 'codex-bench-home-'));
  try {
    await fs.chmod(codexHome, 0o700);
    const secretFile = path.join(codexHome, '..', `${path.basename(codexHome)}-secret.json`);
    const auth = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() });
    await fs.writeFile(secretFile, auth, { mode: 0o600 });
    await fs.copyFile(world.configPath, path.join(codexHome, 'config.toml'));
    const env = {
      ...codexEnvFor(world.sim, { home: path.join(world.root, 'home'), codexHome }),
      SECRET_FILE: secretFile,
      CODEX: CODEX_BIN,
      JQ: JQ ?? '',
      NODE: process.execPath,
    };
    const { ms, value: code } = await timed(
      () =>
        new Promise<number | null>((resolve, reject) => {
          const sh = ['sh', '-c', SHELL_PATTERN, 'shell-pattern', ...codexExecArgs()];
          const argv = cpuFile ? ['/usr/bin/time', '-f', '%U %S', '-o', cpuFile, ...sh] : sh;
          const child = spawn(argv[0] ?? 'sh', argv.slice(1), {
            env,
            cwd: world.root,
            stdio: 'ignore',
          });
          child.on('error', reject);
          child.on('close', resolve);
        }),
    );
    await fs.rm(secretFile, { force: true });
    if (code !== 0) throw new Error(`the shell pattern exited ${code}`);
    return ms;
  } finally {
    await fs.rm(codexHome, { recursive: true, force: true });
  }
}
