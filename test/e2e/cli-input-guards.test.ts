// Issue 12 through the bundled CLI: an older copy put back is refused before any token call, every bad path input
// ends with the named message and exit code (never a hang), seeds as users paste them, one stream-name rule,
// a "Codex" that prints nothing, and the warnings for valid but risky inputs. The store is byte-identical after
// every refusal.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBundle } from '../../src/core/bundle.js';
import { sealEnvelope, serializeEnvelope } from '../../src/core/envelope.js';
import { parseKey } from '../../src/core/key.js';
import { jsonOf } from '../support/cli-harness.js';
import { CODEX_BIN } from '../support/codex-sandbox.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { anHourAgo, envelopePath, nineDaysAgo, openStored, seedStream } from './stream-helpers.js';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

type ErrorJson = { error: { code: string; message: string } };
const fresh = () => world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() });
const stale = () => world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });

/** Every file of the state dir with its bytes: what "the store is unchanged" means. */
async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of await world.stateFiles())
    out[path.relative(world.stateDir, file)] = await fs.readFile(file, 'utf8');
  return out;
}

describe('the rollback guard (file store)', () => {
  it('refuses the previous generation copied over the current one before any token call; seed --force recovers', async () => {
    await seedStream(world, 'main', stale());
    const refreshed = await world.cli(world.runArgs('main', '--json'));
    expect(refreshed.code, refreshed.stderr).toBe(0);
    expect(jsonOf(refreshed)).toMatchObject({ refreshed: true, generation: 2 });
    const dir = path.join(world.stateDir, 'main');
    expect(JSON.parse(await fs.readFile(path.join(dir, 'high-water.json'), 'utf8'))).toMatchObject({
      generation: 2,
    });

    // A restored backup: generation 1 put back over generation 2.
    await fs.copyFile(path.join(dir, 'envelope.prev.json'), envelopePath(world, 'main'));
    const before = await snapshot();
    const requestsBefore = world.sim.requestLog.length;
    const run = await world.cli(world.runArgs('main', '--json'), { timeoutMs: 60_000 });
    expect(run.code).toBe(5);
    const error = jsonOf<ErrorJson>(run).error;
    expect(error.code).toBe('rollback_refused');
    expect(error.message).toMatch(
      /holds generation 1 .*generation 2 was already written.*an older copy was put back.*seed --force/s,
    );
    expect(world.sim.requestLog.length).toBe(requestsBefore); // Codex never ran: no refresh, no model call.
    expect(await snapshot()).toEqual(before);

    // seed without --force names the guard; with --force it goes above the mark.
    const login = await world.file('new-login.json', fresh());
    const refused = await world.cli(['seed', '--stream', 'main', '--auth-file', login]);
    expect(refused.code).toBe(5);
    expect(refused.stderr).toMatch(/older copy was put back.*--force/s);
    const forced = await world.cli(['seed', '--stream', 'main', '--auth-file', login, '--force', '--json']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(jsonOf(forced)).toMatchObject({ generation: 3 });
    expect(forced.stderr).toMatch(/below its high-water mark 2.*seed --force replaced it/);
    const after = await world.cli(world.runArgs('main', '--json'));
    expect(after.code, after.stderr).toBe(0);
    expect((await openStored(world, 'main'))?.envelope.generation).toBe(3);
  });
});

describe('the rollback guard when the copy is gone but its mark remains', () => {
  it('the old seed is not used (exit 5, no token call); plain seed is refused; seed --force writes above the mark', async () => {
    const original = stale();
    const seedFile = await seedStream(world, 'main', original);
    const refreshed = await world.cli(world.runArgs('main', '--json'));
    expect(jsonOf(refreshed)).toMatchObject({ refreshed: true, generation: 2 });
    // The copy is deleted by hand; the job still passes the first login as its seed, as a workflow would.
    await fs.rm(envelopePath(world, 'main'));
    await fs.rm(path.join(world.stateDir, 'main', 'envelope.prev.json'));
    const before = await snapshot();
    const requests = world.sim.requestLog.length;

    const run = await world.cli(world.runArgs('main', '--json', '--seed-file', seedFile));
    expect(run.code).toBe(5);
    expect(jsonOf<ErrorJson>(run).error.message).toMatch(
      /holds nothing .*but generation 2 was already written.*seed from .*seed-main\.json .*was not used.*seed --force/,
    );
    expect(world.sim.requestLog.length).toBe(requests);
    expect(await snapshot()).toEqual(before);

    const login = await world.file('relogin.json', fresh());
    const plain = await world.cli(['seed', '--stream', 'main', '--auth-file', login]);
    expect(plain.code).toBe(5);
    expect(await snapshot()).toEqual(before);
    const forced = await world.cli(['seed', '--stream', 'main', '--auth-file', login, '--force', '--json']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(jsonOf(forced)).toMatchObject({ generation: 3 });
    expect(forced.stderr).toMatch(/held nothing below its high-water mark 2/);
  });

  it('revoke removes the mark with the stream, so the next seed starts at generation 1', async () => {
    await seedStream(world, 'gone', fresh());
    const dir = path.join(world.stateDir, 'gone');
    expect(await fs.readdir(dir)).toContain('high-water.json');
    const revoke = await world.cli([
      'revoke',
      '--stream',
      'gone',
      '--codex',
      CODEX_BIN,
      '--codex-config',
      world.configPath,
    ]);
    expect(revoke.code, revoke.stderr).toBe(0);
    expect(await fs.readdir(dir).catch(() => [])).not.toContain('high-water.json');
    const again = await world.file('again.json', fresh());
    const seeded = await world.cli(['seed', '--stream', 'gone', '--auth-file', again, '--json']);
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(jsonOf(seeded)).toMatchObject({ generation: 1 });
  });
});

describe('path inputs are checked before use (exit 2, flag and path named, no hang)', () => {
  it.each([
    [
      'seed --auth-file a directory',
      (d: string) => ['seed', '--stream', 'main', '--auth-file', d, '--force'],
      /--auth-file .* is a directory, not a file/,
    ],
    [
      'inspect --auth-file a directory',
      (d: string) => ['inspect', '--auth-file', d],
      /--auth-file .* is a directory, not a file/,
    ],
    [
      'run --seed-file a directory',
      (d: string) => [...world.runArgs('main', '--seed-file', d)],
      /--seed-file .* is a directory/,
    ],
  ])('%s', async (_name, args, message) => {
    await seedStream(world, 'main', fresh());
    const before = await snapshot();
    const dir = path.join(world.root, 'a-dir');
    await fs.mkdir(dir);
    const run = await world.cli(args(dir));
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain(dir);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['seed', (f: string) => ['seed', '--stream', 'main', '--auth-file', f, '--force']],
    ['inspect', (f: string) => ['inspect', '--auth-file', f]],
  ])('%s --auth-file a FIFO nobody writes to ends after a bounded wait', async (_name, args) => {
    await seedStream(world, 'main', fresh());
    const before = await snapshot();
    const fifo = path.join(world.root, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const run = await world.cli(args(fifo), { timeoutMs: 20_000 });
    expect(run.signal).toBeNull();
    // The time is the behaviour: the CLI gives up on a silent FIFO after 10 s, well before the harness's 20 s kill.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /--auth-file .*pipe is a pipe nobody wrote to within 10 s\. Write an auth\.json into it/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('a device, a missing file and an oversized file', async () => {
    const cases: [string, RegExp][] = [
      ['/dev/zero', /is a device, not a regular file/],
      [path.join(world.root, 'missing.json'), /no such file/],
      [await world.file('huge.json', `{"x":"${'a'.repeat(70 * 1024)}"}`), /more than the 64 KB limit/],
    ];
    for (const [file, message] of cases) {
      const run = await world.cli(['seed', '--stream', 'main', '--auth-file', file], { timeoutMs: 20_000 });
      expect(run.code, file).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });

  it('a lock file that is a directory: run, status and unlock --force name it', async () => {
    await seedStream(world, 'main', fresh());
    await fs.mkdir(path.join(world.stateDir, 'main', 'lock.json'));
    const before = await snapshot();
    for (const args of [
      world.runArgs('main'),
      ['status', '--stream', 'main'],
      ['unlock', '--stream', 'main', '--force'],
    ]) {
      const run = await world.cli(args);
      expect(run.code, args[0]).toBe(2);
      expect(run.stderr).toMatch(
        /lock\.json is a directory, but codex-auth keeps its own regular file there.*rmdir/s,
      );
    }
    expect(await snapshot()).toEqual(before);
    expect(world.sim.requestLog).toHaveLength(0);
  });

  it('a state directory that is a regular file names --state-dir or CODEX_AUTH_STATE_DIR', async () => {
    const file = await world.file('not-a-dir', 'x');
    const byEnv = await world.cli(['status', '--stream', 'main'], {
      env: world.env({ CODEX_AUTH_STATE_DIR: file }),
    });
    expect(byEnv.code).toBe(2);
    expect(byEnv.stderr).toMatch(
      /CODEX_AUTH_STATE_DIR .*not-a-dir is a regular file, not a directory.*--state-dir DIR or CODEX_AUTH_STATE_DIR/,
    );
    const seed = await world.file('seed.json', fresh());
    const byFlag = await world.cli(['seed', '--state-dir', file, '--auth-file', seed]);
    expect(byFlag.code).toBe(2);
    expect(byFlag.stderr).toMatch(/--state-dir .*not-a-dir is a regular file/);
    const under = await world.cli(['seed', '--state-dir', path.join(file, 'sub'), '--auth-file', seed]);
    expect(under.code).toBe(2);
    expect(under.stderr).toMatch(/--state-dir .*sub: a part of the path is a file, not a directory/);
  });
});

describe('seeds as users paste them', () => {
  it('a BOM is dropped and base64 of an auth.json is decoded; the stored copy is the JSON', async () => {
    const auth = fresh();
    const bom = await world.file('bom.json', `\uFEFF${auth}`);
    const run = await world.cli(['seed', '--stream', 'bom', '--auth-file', bom]);
    expect(run.code, run.stderr).toBe(0);
    expect((await openStored(world, 'bom'))?.tokens).toEqual(parseBundle(auth).auth.tokens);

    const base64 = Buffer.from(auth).toString('base64');
    const encoded = await world.cli(['seed', '--stream', 'b64'], {
      env: world.env({ CODEX_AUTH_JSON: base64 }),
    });
    expect(encoded.code, encoded.stderr).toBe(0);
    expect(encoded.stderr).toMatch(/CODEX_AUTH_JSON holds base64 of an auth.json; it was decoded/);
    expect((await openStored(world, 'b64'))?.tokens).toEqual(parseBundle(auth).auth.tokens);
    expect(encoded.stderr + encoded.stdout).not.toContain(base64);
  });

  it('a path in CODEX_AUTH_JSON is named as a path, unmasked, with the flag to use', async () => {
    const file = path.join(world.root, 'home', '.codex', 'auth.json');
    const run = await world.cli(['seed', '--stream', 'p'], { env: world.env({ CODEX_AUTH_JSON: file }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`CODEX_AUTH_JSON holds a path (${file})`);
    expect(run.stderr).toContain(`--auth-file ${file}`);
    expect(run.stderr).not.toContain('***');
    expect(await snapshot()).toEqual({});
  });

  it('an empty file says empty', async () => {
    const empty = await world.file('empty.json', '');
    const run = await world.cli(['seed', '--stream', 'e', '--auth-file', empty]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/empty\.json is empty/);
    expect(run.stderr).not.toMatch(/Sign in again/);
  });

  it('warns about a seed file readable by others and a last_refresh ahead of the clock', async () => {
    const future = world.sim.authJsonFor(world.sim.issueSession(), {
      lastRefresh: new Date(Date.now() + 3 * 3600_000),
    });
    const file = await world.file('open.json', future);
    await fs.chmod(file, 0o644);
    const run = await world.cli(['seed', '--stream', 'w', '--auth-file', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/open\.json is readable by other users \(mode 0644\).*chmod 600/);
    expect(run.stderr).toMatch(/last_refresh .* is 180 minutes ahead of this machine's clock/);
  });
});

describe('one stream-name rule', () => {
  it.each(['a..b', 'nightly.lock', 'nightly.'])(
    'a new stream %s is refused (exit 2) and nothing is written',
    async (name) => {
      const seed = await world.file('seed.json', fresh());
      const run = await world.cli(['seed', '--stream', name, '--auth-file', seed]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/invalid stream name.*a git ref cannot hold/);
      expect(await snapshot()).toEqual({});
      const onGitRef = await world.cli(['status', '--store', 'git-ref', '--repo', 'o/r', '--stream', name], {
        env: world.env({ GITHUB_TOKEN: 'unused-token-value' }),
      });
      expect(onGitRef.code).toBe(2);
      expect(onGitRef.stderr).toMatch(/invalid stream name/);
    },
  );

  it('a stream that exists under the old rule keeps working, with a warning', async () => {
    const name = 'nightly.lock';
    const bundle = parseBundle(fresh());
    const envelope = await sealEnvelope(
      { bundle, stream: name, generation: 1, writer: 'an older version', now: new Date() },
      parseKey(world.key),
    );
    await fs.mkdir(path.join(world.stateDir, name), { recursive: true, mode: 0o700 });
    await fs.writeFile(path.join(world.stateDir, name, 'envelope.json'), serializeEnvelope(envelope), {
      mode: 0o600,
    });
    const run = await world.cli(world.runArgs(name, '--json'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/stream name "nightly.lock" ends in ".lock": it is kept working/);
  });
});

it('a "Codex" that prints no events fails naming the binary (was exit 0)', async () => {
  await seedStream(world, 'main', fresh());
  const before = await snapshot();
  // A wrapper that is the real Codex for everything (so the seal probe passes) except `exec`, which does nothing.
  const silent = await world.file(
    'silent-codex.sh',
    `#!/bin/sh\nif [ "$1" = exec ]; then exit 0; fi\nexec ${JSON.stringify(CODEX_BIN)} "$@"\n`,
  );
  await fs.chmod(silent, 0o755);
  const run = await world.cli(['run', '--stream', 'main', '--codex', silent, '--json', '--', 'say OK']);
  expect(run.code, run.stderr).toBe(1);
  expect(jsonOf<ErrorJson>(run).error.message).toContain(`${silent} exited 0 but printed no Codex events`);
  expect(await snapshot()).toEqual(before);
  // /bin/true is not even a Codex: the seal probe refuses it before any run, saying so (a usage error, exit 2).
  const notCodex = await world.cli([
    'run',
    '--stream',
    'main',
    '--codex',
    '/bin/true',
    '--json',
    '--',
    'say OK',
  ]);
  expect(notCodex.code).toBe(2);
  expect(jsonOf<ErrorJson>(notCodex).error.message).toMatch(
    /\/bin\/true is not the Codex CLI.*Point --codex/,
  );
  expect(await snapshot()).toEqual(before);
});
