import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../src/core/envelope.js';
import { jsonOf } from '../support/cli-harness.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { recordOutput } from '../support/leak-guard.js';
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
