import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The CLI as npm ships it: scripts/release-artifacts.mjs packs it and lists the release's attestation subjects
// (what the release workflow attests), scripts/cli-install-check.mjs installs the tarball globally and runs it.
// CI (.ci/run) also runs the install check under Node 20.19, 22.12 and 24; here, with the Node running the tests.

const root = path.resolve(import.meta.dirname, '../..');
let out: string;

interface Report {
  readonly version: string;
  readonly tarball: string;
  readonly runtimeDependencies: number;
  readonly missingFromTarball: string[];
  readonly files: number;
}

function node(script: string, args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

beforeAll(async () => {
  out = await fs.mkdtemp(path.join(os.tmpdir(), 'codex-auth-release-'));
  const packed = node('release-artifacts.mjs', [out]);
  expect(packed.status, packed.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  await fs.rm(out, { recursive: true, force: true });
});

describe('the packed CLI', () => {
  it('is the bundle alone: no runtime dependency, every file the CLI loads inside, the package version', () => {
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as Report;
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      version: string;
      dependencies?: object;
      files: string[];
    };
    expect(report.runtimeDependencies).toBe(0);
    expect(manifest.dependencies).toBeUndefined();
    expect(report.missingFromTarball).toEqual([]);
    expect(report.version).toBe(manifest.version);
    // Only the CLI's files and the license texts: no sources, tests or Action entry points.
    expect(manifest.files.every((entry) => entry.startsWith('dist/'))).toBe(true);
  });

  it('lists every dist/ file, each action.yml and the tarball with their sha256 as attestation subjects', async () => {
    const lines = readFileSync(path.join(out, 'subjects.sha256'), 'utf8').trimEnd().split('\n');
    const subjects = new Map(lines.map((line) => [line.slice(66), line.slice(0, 64)]));
    const distFiles = (await fs.readdir(path.join(root, 'dist'), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
    for (const file of [...distFiles, 'action.yml', 'restore/action.yml', 'persist/action.yml']) {
      const digest = createHash('sha256')
        .update(readFileSync(path.join(root, file)))
        .digest('hex');
      expect(subjects.get(file), file).toBe(digest);
    }
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as Report;
    const tarball = path.join(root, report.tarball);
    const tarballDigest = createHash('sha256').update(readFileSync(tarball)).digest('hex');
    expect(subjects.get(path.basename(tarball))).toBe(tarballDigest);
  });

  it('installs globally from the tarball without an engine warning and runs --version and --help', () => {
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as Report;
    const check = node('cli-install-check.mjs', [path.join(root, report.tarball)]);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(
      new RegExp(
        `ok {3}node ${process.version}: npm i -g added 1 package\\(s\\), codex-auth --version ${report.version}`,
      ),
    );
  }, 120_000);
});
