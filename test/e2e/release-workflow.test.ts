import { spawnSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The release workflow and the pinning rule, through scripts/lint-workflows.sh as CI runs it (actionlint, the
// workflow schema, and the rule that every `uses:` of another repository in .github/workflows/ names a full
// commit SHA with its release). Its build half (scripts/release-artifacts.mjs) is tested in cli-package.test.ts.

const root = path.resolve(import.meta.dirname, '../..');
const scratch: string[] = [];

afterEach(async () => {
  await Promise.all(scratch.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

function lint(dir: string) {
  return spawnSync('bash', [path.join(dir, 'scripts', 'lint-workflows.sh')], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** A repository holding only the lint script, the root action.yml and the given workflow. */
async function repoWith(workflow: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codex-auth-pins-'));
  scratch.push(dir);
  await fs.mkdir(path.join(dir, 'scripts'));
  await fs.mkdir(path.join(dir, '.github', 'workflows'), { recursive: true });
  await fs.copyFile(
    path.join(root, 'scripts', 'lint-workflows.sh'),
    path.join(dir, 'scripts', 'lint-workflows.sh'),
  );
  await fs.copyFile(path.join(root, 'action.yml'), path.join(dir, 'action.yml'));
  await fs.copyFile(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  await fs.symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  await fs.writeFile(path.join(dir, '.github', 'workflows', 'w.yml'), workflow);
  return dir;
}

const workflowUsing = (uses: string) =>
  `name: w\non: push\npermissions: {}\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ${uses}\n`;

describe('release workflow and pinned actions', () => {
  it("lints the project's workflows, release.yml included, with no finding", () => {
    const result = lint(root);
    expect(result.stdout).toContain('ok  .github/workflows/release.yml');
    expect(result.status, result.stdout).toBe(0);
  });

  it.each([
    ['a moving tag', 'actions/checkout@v4'],
    ['a SHA without its release', 'actions/checkout@11d5960a326750d5838078e36cf38b85af677262'],
    ['a short SHA', 'actions/checkout@11d5960 # v4.4.0'],
  ])('refuses %s in a `uses:`', async (_name, uses) => {
    const result = lint(await repoWith(workflowUsing(uses)));
    expect(result.stdout).toMatch(
      /\.github\/workflows\/w\.yml:8:9: ".+" is not pinned: name a full commit SHA/,
    );
    expect(result.status).toBe(1);
  });

  it('accepts a full SHA with its release', async () => {
    const result = lint(
      await repoWith(workflowUsing('actions/checkout@11d5960a326750d5838078e36cf38b85af677262 # v4.4.0')),
    );
    expect(result.status, result.stdout).toBe(0);
  });

  it('attests the subjects the build script lists and publishes through OIDC, with no npm token', () => {
    const text = readFileSync(path.join(root, '.github', 'workflows', 'release.yml'), 'utf8');
    expect(text).toContain('node scripts/release-artifacts.mjs .release');
    expect(text).toMatch(
      /attest-build-provenance@[0-9a-f]{40} # v\d+\.\d+\.\d+\n\s+with:\n\s+subject-checksums: \.release\/subjects\.sha256/,
    );
    expect(text).toContain('npm publish .release/*.tgz --provenance');
    expect(text).not.toMatch(/secrets\.|NODE_AUTH_TOKEN:/);
    // Write permissions only in the job that runs no tests.
    const [verify, release] = text.split(/^ {2}release:$/m);
    expect(verify).not.toMatch(/: write/);
    expect(release).toMatch(/id-token: write/);
  });
});
