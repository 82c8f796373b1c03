// The README's quick starts, run as written on a fresh machine: each shell block marked `<!-- quickstart:NAME -->`
// goes to bash unchanged (only OWNER/REPO becomes the simulated repository), with a home of its own (no key, no
// state, no ~/.codex), the pinned Codex and the bundled CLI on PATH as `codex` and `codex-auth`, the loopback
// ChatGPT simulator standing in for OpenAI and the loopback GitHub API for GitHub. What stands in for OpenAI: the
// simulator's URLs and CA in the environment (as codexEnvFor sets them for every test), and its base URL and OAuth
// issuer as flags that wrappers add. `gh` is a stand-in that records the secrets it is given and prints the
// simulated repository's token: the test then checks those secrets do what the workflows need.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI_PATH, jsonOf, runCli } from '../support/cli-harness.js';
import { CODEX_BIN, codexEnvFor } from '../support/codex-sandbox.js';
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { recordOutput } from '../support/leak-guard.js';
import { codeBlocks } from '../support/markdown-blocks.js';

const quoted = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

let world: World;
let github: GitHubSimulator;
let githubToken: string;
beforeEach(async () => {
  world = await createWorld({ autoApproveDeviceCodes: true });
  github = await startGitHubSimulator({ owner: 'octo-org', repo: 'octo-repo' });
  githubToken = github.addToken({ contents: 'write', actions: 'read' });
});
afterEach(async () => {
  await github.close();
  await world.close();
});

/** bin/codex and bin/codex-auth, as `npm i -g @openai/codex <the tarball>` would put them on PATH. */
interface Machine {
  readonly env: Record<string, string>;
  readonly home: string;
  readonly cwd: string;
  /** Where the `gh` stand-in keeps the secrets it was given, one file per name. */
  readonly secrets: string;
}

async function freshMachine(): Promise<Machine> {
  const machine = path.join(world.root, 'fresh');
  const home = path.join(machine, 'home');
  const bin = path.join(machine, 'bin');
  const cwd = path.join(machine, 'work');
  const secrets = path.join(machine, 'gh-secrets');
  const tmp = path.join(machine, 'tmp');
  await Promise.all([home, bin, cwd, secrets, tmp].map((dir) => fs.mkdir(dir, { recursive: true })));
  await fs.writeFile(path.join(bin, 'codex'), codexWrapper(), { mode: 0o755 });
  await fs.writeFile(path.join(bin, 'gh'), ghStandIn(secrets), { mode: 0o755 });
  // Where OpenAI is, for the commands that talk to it; everything else is passed on as typed.
  const simFlags: Record<string, string[]> = {
    seed: ['--codex-config', world.configPath], // the issuer: `codex login` gets it from the codex wrapper
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
  return {
    env: { ...base, PATH: `${bin}:${base.PATH}`, GITHUB_API_URL: github.url, TMPDIR: tmp },
    home,
    cwd,
    secrets,
  };
}

/** `codex login` signs in at the simulator (Codex's hidden issuer flag); everything else is the pinned Codex. */
function codexWrapper(): string {
  const codex = `${quoted(process.execPath)} ${quoted(CODEX_BIN)}`;
  const issuer = quoted(world.sim.issuer);
  return `#!/usr/bin/env bash\nif [ "$1" = login ]; then shift; exec ${codex} login --experimental_issuer ${issuer} "$@"; fi\nexec ${codex} "$@"\n`;
}

function ghStandIn(secrets: string): string {
  return [
    '#!/usr/bin/env bash',
    'case "$1 $2" in',
    `  "auth token") printf '%s\\n' ${quoted(githubToken)} ;;`,
    `  "secret set") [ "$#" = 3 ] && cat > ${quoted(secrets)}/"$3" ;;`,
    `  "secret delete") rm ${quoted(secrets)}/"$3" ;;`,
    '  *) echo "gh stand-in: unexpected: $*" >&2; exit 2 ;;',
    'esac',
    '',
  ].join('\n');
}

function quickStart(name: string): string {
  const blocks = codeBlocks('README.md').filter((block) => block.marker === `quickstart:${name}`);
  expect(blocks.length, `README.md blocks marked quickstart:${name}`).toBe(1);
  return (blocks[0]?.text ?? '').replace(/OWNER\/REPO/g, 'octo-org/octo-repo');
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

describe('README quick starts on a fresh machine', () => {
  it('any CI (the CLI): keygen, seed --login, run, keep-fresh', async () => {
    const script = quickStart('cli');
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
    expect(result.stdout).toMatch(/^nightly: healthy$/m); // keep-fresh's row for the stream
    // The stream is in the file store's default place, encrypted, and the login it holds is the live one.
    const stored = await fs.readdir(path.join(home, '.codex-auth', 'nightly'));
    expect(stored.length).toBeGreaterThan(0);
    const all = await Promise.all(
      stored.map((f) => fs.readFile(path.join(home, '.codex-auth', 'nightly', f), 'utf8').catch(() => '')),
    );
    expect(all.join('')).not.toMatch(/refresh_token/);
    await expect(fs.access(path.join(home, '.codex'))).rejects.toThrow(); // the user's own Codex home untouched
  });

  it('GitHub-hosted (git-ref): the key becomes a secret, the login is seeded into the refs and opens with it', async () => {
    const machine = await freshMachine();

    const result = await bash(quickStart('git-ref'), machine.env, machine.cwd);

    expect(result.code, result.stderr).toBe(0);
    expect(world.sim.deviceCodeLoginCount).toBe(1);
    const key = await fs.readFile(path.join(machine.secrets, 'CODEX_AUTH_KEY'), 'utf8');
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
    // What the workflow's job then does with that secret: open the stream in the refs and run.
    const env = { ...machine.env, CODEX_AUTH_KEY: key, GITHUB_TOKEN: githubToken };
    const where = ['--store', 'git-ref', '--repo', 'octo-org/octo-repo', '--stream', 'nightly'];
    const run = await runCli(
      [
        'run',
        ...where,
        '--codex-config',
        world.configPath,
        '--json',
        '--',
        '--skip-git-repo-check',
        'say OK',
      ],
      { env, cwd: machine.cwd },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(jsonOf(run)).toMatchObject({ generation: 1, finalMessage: 'OK' });
  });

  it('self-hosted (file): the key and a fresh login become secrets, the laptop home untouched', async () => {
    const machine = await freshMachine();

    const result = await bash(quickStart('self-hosted'), machine.env, machine.cwd);

    expect(result.code, result.stderr).toBe(0);
    const key = await fs.readFile(path.join(machine.secrets, 'CODEX_AUTH_KEY'), 'utf8');
    expect(Buffer.from(key.trim(), 'base64')).toHaveLength(32);
    const seed = JSON.parse(await fs.readFile(path.join(machine.secrets, 'CODEX_AUTH_JSON'), 'utf8')) as {
      tokens?: { refresh_token?: string };
    };
    expect(world.sim.isValidRefreshToken(seed.tokens?.refresh_token ?? '')).toBe(true);
    await expect(fs.access(path.join(machine.home, '.codex'))).rejects.toThrow(); // not the laptop's login
    // The throw-away CODEX_HOME is gone: no plaintext login left in the temp dir.
    expect(await fs.readdir(machine.env.TMPDIR ?? '')).toEqual([]);
  });
});
