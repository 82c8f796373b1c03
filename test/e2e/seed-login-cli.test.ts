import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonOf } from '../support/cli-harness.js';
import { CODEX_BIN } from '../support/codex-sandbox.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { openStored } from './stream-helpers.js';

let world: World;
beforeEach(async () => {
  world = await createWorld({ autoApproveDeviceCodes: true });
});
afterEach(async () => {
  await world.close();
});

describe('codex-auth seed --login', () => {
  it('signs in with the real Codex device-code login in a throw-away home and stores the new login', async () => {
    const ownCodexHome = path.join(world.root, 'home', '.codex');
    await fs.mkdir(ownCodexHome, { recursive: true });
    await fs.writeFile(path.join(ownCodexHome, 'config.toml'), "# the user's own Codex config\n");
    const args = [
      'seed',
      '--login',
      '--login-issuer',
      world.sim.issuer,
      '--codex',
      CODEX_BIN,
      '--codex-config',
      world.configPath,
    ];

    const seed = await world.cli([...args, '--stream', 'fresh-login', '--json']);
    expect(seed.code, seed.stderr).toBe(0);
    expect(seed.stderr).toMatch(/codex\/device/); // the link the user opens
    expect(jsonOf(seed)).toMatchObject({ stream: 'fresh-login', generation: 1 });
    expect(world.sim.deviceCodeLoginCount).toBe(1);
    // The user's own ~/.codex was neither read for auth nor changed.
    expect(await fs.readdir(ownCodexHome)).toEqual(['config.toml']);

    const stored = await openStored(world, 'fresh-login');
    expect(world.sim.isValidRefreshToken(stored?.tokens?.refresh_token ?? '')).toBe(true);
    const run = await world.cli([...world.runArgs('fresh-login', '--json')]);
    expect(run.code, run.stderr).toBe(0);
    expect(jsonOf(run)).toMatchObject({ finalMessage: 'OK', generation: 1 });
  });

  it('explains what to do when device-code login is not enabled', async () => {
    world.sim.setDeviceCodeLogin(false);
    const run = await world.cli([
      'seed',
      '--login',
      '--login-issuer',
      world.sim.issuer,
      '--codex',
      CODEX_BIN,
      '--codex-config',
      world.configPath,
      '--stream',
      'x',
    ]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/device code login is not enabled/);
    expect(run.stderr).toMatch(/seed --auth-file/);
  });
});
