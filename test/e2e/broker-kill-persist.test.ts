// The token broker in a real `run`: killed after it persisted a relayed refresh and before it answered Codex
// (token-broker-facts.md R: persist-before-answer). The command store's write command kills the CLI itself the
// moment the refreshed envelope is written, so the kill lands inside the broker's `persist`, deterministically.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../src/core/envelope.js';
import { jsonOf } from '../support/cli-harness.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { nineDaysAgo } from './stream-helpers.js';

const FAKE_SM = fileURLToPath(new URL('../fixtures/fake-secret-manager.mjs', import.meta.url));

let world: World;
let smDir: string;
beforeEach(async () => {
  world = await createWorld();
  smDir = path.join(world.root, 'secret-manager');
  await fs.mkdir(smDir, { recursive: true });
});
afterEach(async () => {
  await world.close();
});

function commandStore(write: string): string[] {
  return [
    '--store',
    'command',
    '--read-command',
    `"${process.execPath}" "${FAKE_SM}" get codex-$CODEX_AUTH_STREAM`,
    '--write-command',
    write,
  ];
}

const put = `"${process.execPath}" "${FAKE_SM}" put codex-$CODEX_AUTH_STREAM`;
// The 1st write stores the seed, the 2nd the refresh the broker relays: after it, kill the CLI ($PPID of this sh).
const putThenDie = `${put} && n=$(($(cat "$FAKE_SM_DIR/puts" 2>/dev/null || echo 0) + 1)) && echo $n > "$FAKE_SM_DIR/puts" && if [ $n = 2 ]; then kill -9 $PPID; fi`;

describe('the token broker in run, killed between persist and answer', () => {
  it('the refreshed login is stored, and the next run uses it without a refresh or a reuse', async () => {
    const session = world.sim.issueSession();
    await fs.writeFile(
      path.join(smDir, 'codex-vault.value'),
      world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }),
    );
    const env = world.env({ FAKE_SM_DIR: smDir });

    const killed = await world.cli([...world.runArgs('vault', '--json', ...commandStore(putThenDie))], {
      env,
    });
    expect(killed.code, killed.stderr).not.toBe(0);
    expect(await fs.readFile(path.join(smDir, 'puts'), 'utf8')).toBe('2\n');
    expect(world.sim.refreshLog.map((entry) => entry.outcome)).toEqual(['ok']);
    const stored = parseEnvelope(
      await fs.readFile(path.join(smDir, 'codex-vault.value'), 'utf8'),
      'the store',
    );
    expect(stored.generation).toBe(2);

    const next = await world.cli(
      [...world.runArgs('vault', '--json', '--lock-timeout', '30', ...commandStore(put))],
      { env },
    );
    expect(next.code, next.stderr).toBe(0);
    expect(jsonOf(next)).toMatchObject({
      generation: 2,
      refreshed: false,
      finalMessage: 'OK',
      protection: 'broker',
    });
    expect(world.sim.refreshLog.map((entry) => entry.outcome)).toEqual(['ok']);
    expect(world.sim.reuseCount).toBe(0);
  }, 90_000);
});
