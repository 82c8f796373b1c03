import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../src/core/envelope.js';
import { jsonOf } from '../support/cli-harness.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { recordOutput, registerSecret } from '../support/leak-guard.js';
import { nineDaysAgo } from './stream-helpers.js';

const FAKE_SM = fileURLToPath(new URL('../fixtures/fake-secret-manager.mjs', import.meta.url));

let world: World;
let smDir: string;
beforeEach(async () => {
  world = await createWorld();
  smDir = path.join(world.root, 'secret-manager');
});
afterEach(async () => {
  await world.close();
});

const commandStore = () => [
  '--store',
  'command',
  '--read-command',
  `"${process.execPath}" "${FAKE_SM}" get codex-$CODEX_AUTH_STREAM`,
  '--write-command',
  `"${process.execPath}" "${FAKE_SM}" put codex-$CODEX_AUTH_STREAM`,
];

describe('the command store through the CLI, with a secret-manager CLI', () => {
  it('seeds from a plain auth.json in the secret manager, refreshes, and stores an envelope; values only on stdin/stdout', async () => {
    // A user pasted a fresh login into the secret manager: that is the seed.
    await fs.mkdir(smDir, { recursive: true });
    await fs.writeFile(
      path.join(smDir, 'codex-vault.value'),
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() }),
    );
    const env = { FAKE_SM_DIR: smDir };

    const run = await world.cli([...world.runArgs('vault', '--json', ...commandStore())], {
      env: world.env(env),
    });
    expect(run.code, run.stderr).toBe(0);
    expect(jsonOf(run)).toMatchObject({
      seeded: true,
      refreshed: true,
      persisted: true,
      generation: 2,
      store: 'command',
    });
    const stored = parseEnvelope(
      await fs.readFile(path.join(smDir, 'codex-vault.value'), 'utf8'),
      'secret manager',
    );
    expect(stored.generation).toBe(2);

    const again = await world.cli([...world.runArgs('vault', '--json', ...commandStore())], {
      env: world.env(env),
    });
    expect(jsonOf(again)).toMatchObject({ refreshed: false, persisted: false, generation: 2 });
    // The argv of every call the tool made: the guard fails the test if a token or the key is in it.
    recordOutput('secret-manager argv log', await fs.readFile(path.join(smDir, 'calls.log'), 'utf8'));
  });

  // README "Seeds as users paste them": base64 of an auth.json is accepted, and a command store may hold a pasted
  // login. The one envelope check once sent every value that is not JSON to the envelope parser here (exit 6).
  it('seeds from base64 of an auth.json in the secret manager, as from a pasted JSON one', async () => {
    await fs.mkdir(smDir, { recursive: true });
    const auth = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    const base64 = Buffer.from(auth).toString('base64');
    registerSecret(base64);
    await fs.writeFile(path.join(smDir, 'codex-b64.value'), `${base64}\n`);

    const run = await world.cli([...world.runArgs('b64', '--json', ...commandStore())], {
      env: world.env({ FAKE_SM_DIR: smDir }),
    });
    expect(run.code, run.stderr).toBe(0);
    expect(jsonOf(run)).toMatchObject({ seeded: true, refreshed: true, persisted: true, generation: 2 });
    expect(run.stderr).toMatch(/holds base64 of an auth\.json; it was decoded/);
    const stored = await fs.readFile(path.join(smDir, 'codex-b64.value'), 'utf8');
    expect(parseEnvelope(stored, 'secret manager').generation).toBe(2);
  });

  it('a damaged envelope in the secret manager is named as one (exit 6), not taken for a seed', async () => {
    await fs.mkdir(smDir, { recursive: true });
    await fs.writeFile(path.join(smDir, 'codex-cut.value'), '{\n  "version": 1,\n  "ciphertext": "AAAA');
    const run = await world.cli([...world.runArgs('cut', '--json', ...commandStore())], {
      env: world.env({ FAKE_SM_DIR: smDir }),
    });
    expect(run.code).toBe(6);
    expect(jsonOf<{ error: { code: string; message: string } }>(run).error).toMatchObject({
      code: 'envelope_unreadable',
      message: expect.stringMatching(/is not a codex-auth envelope \(not JSON\)/),
    });
    expect(world.sim.requestLog).toHaveLength(0);
  });

  it('a failing read-command is a clear error before Codex runs', async () => {
    const run = await world.cli([
      ...world.runArgs(
        'vault',
        '--store',
        'command',
        '--read-command',
        'exit 7',
        '--write-command',
        'cat >/dev/null',
      ),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/read-command exited with 7/);
    expect(world.sim.requestLog).toHaveLength(0);
  });
});
