// The README's CLI quick start, run as written on a fresh machine: the shell block marked
// `<!-- quickstart:cli -->` goes to bash unchanged, with a home of its own (no key, no state, no ~/.codex), the
// pinned Codex and the bundled CLI on PATH as `codex` and `codex-auth`, and the loopback ChatGPT simulator standing
// in for OpenAI. The only substitution is where OpenAI is: the simulator's URLs and CA in the environment (as
// codexEnvFor sets them for every test), and its base URL and OAuth issuer as flags a `codex-auth` wrapper adds.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI_PATH } from '../support/cli-harness.js';
import { CODEX_BIN, codexEnvFor } from '../support/codex-sandbox.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { recordOutput } from '../support/leak-guard.js';
import { codeBlocks } from '../support/markdown-blocks.js';

const quoted = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

let world: World;
beforeEach(async () => {
  world = await createWorld({ autoApproveDeviceCodes: true });
});
afterEach(async () => {
  await world.close();
});

/** bin/codex and bin/codex-auth, as `npm i -g @openai/codex <the tarball>` would put them on PATH. */
async function freshMachine(): Promise<{ env: Record<string, string>; home: string; cwd: string }> {
  const machine = path.join(world.root, 'fresh');
  const home = path.join(machine, 'home');
  const bin = path.join(machine, 'bin');
  const cwd = path.join(machine, 'work');
  await Promise.all([home, bin, cwd].map((dir) => fs.mkdir(dir, { recursive: true })));
  await fs.symlink(CODEX_BIN, path.join(bin, 'codex'));
  // Where OpenAI is, for the commands that talk to it; everything else is passed on as typed.
  const simFlags: Record<string, string[]> = {
    seed: ['--login-issuer', world.sim.issuer, '--codex-config', world.configPath],
    run: ['--codex-config', world.configPath],
    'keep-fresh': ['--codex-config', world.configPath],
  };
  const cases = Object.entries(simFlags)
    .map(([command, flags]) => `  ${command}) extra=(${flags.map(quoted).join(' ')}) ;;`)
    .join('\n');
  const wrapper = `#!/usr/bin/env bash\nextra=()\ncase "$1" in\n${cases}\nesac\ncommand="$1"; shift\nexec ${quoted(process.execPath)} ${quoted(CLI_PATH)} "$command" "\${extra[@]}" "$@"\n`;
  await fs.writeFile(path.join(bin, 'codex-auth'), wrapper, { mode: 0o755 });
  const { CODEX_HOME: _none, ...base } = codexEnvFor(world.sim, {
    home,
    codexHome: path.join(home, 'unused'),
  });
  return { env: { ...base, PATH: `${bin}:${base.PATH}` }, home, cwd };
}

function bash(script: string, env: Record<string, string>, cwd: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      'bash',
      ['--noprofile', '--norc', '-euo', 'pipefail', '-c', script],
      { env, cwd, timeout: 240_000 },
      (error, stdout, stderr) => {
        recordOutput('quickstart stdout', stdout);
        recordOutput('quickstart stderr', stderr);
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('README quick start: any CI (the CLI)', () => {
  it('runs as written: keygen, seed --login, run, keep-fresh', async () => {
    const blocks = codeBlocks('README.md').filter((block) => block.marker === 'quickstart:cli');
    expect(blocks.length).toBe(1);
    const script = blocks[0]?.text ?? '';
    for (const command of ['keygen', 'seed --login', 'run --stream', 'keep-fresh']) {
      expect(script).toContain(`codex-auth ${command}`);
    }
    const { env, home, cwd } = await freshMachine();

    const result = await bash(script, env, cwd);
    if (process.env.SHOW_QUICKSTART) console.log(result.stdout, result.stderr);

    expect(result.code, result.stderr).toBe(0);
    expect(world.sim.deviceCodeLoginCount).toBe(1); // signed in for CI, not from an existing auth.json
    expect(result.stdout).toMatch(
      /stored the login from codex login --device-auth in stream "nightly" .* as generation 1/,
    );
    expect(result.stdout).toMatch(/^OK$/m); // the agent's final message from the run
    expect(result.stdout).toMatch(/^nightly: fresh$/m); // keep-fresh's row for the stream
    // The stream is in the file store's default place, encrypted, and the login it holds is the live one.
    const stored = await fs.readdir(path.join(home, '.codex-auth', 'nightly'));
    expect(stored.length).toBeGreaterThan(0);
    const all = await Promise.all(
      stored.map((f) => fs.readFile(path.join(home, '.codex-auth', 'nightly', f), 'utf8').catch(() => '')),
    );
    expect(all.join('')).not.toMatch(/refresh_token/);
    await expect(fs.access(path.join(home, '.codex'))).rejects.toThrow(); // the user's own Codex home untouched
  });
});
