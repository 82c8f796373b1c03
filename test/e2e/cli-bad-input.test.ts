import { promises as fs } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateKey } from '../../src/core/key.js';
import { jsonOf } from '../support/cli-harness.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { registerSecret } from '../support/leak-guard.js';
import { authJsonText, fakeCredential, makeTokens } from '../support/test-tokens.js';
import { anHourAgo, envelopePath, seedStream, storedText } from './stream-helpers.js';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

type ErrorJson = { error: { code: string; message: string } };

function mutated(
  mutate: (doc: Record<string, unknown> & { tokens: Record<string, unknown> }) => void,
): string {
  const doc = JSON.parse(authJsonText(makeTokens(), anHourAgo()));
  mutate(doc);
  return JSON.stringify(doc, null, 2);
}

describe('bad seeds are refused before anything is stored', () => {
  const apiKey = fakeCredential('sk-proj-');
  it.each([
    [
      'a malformed id_token',
      () => mutated((d) => (d.tokens.id_token = 'not.a-jwt')),
      3,
      /id_token is malformed/,
    ],
    [
      'a missing refresh token',
      () => mutated((d) => delete d.tokens.refresh_token),
      3,
      /tokens\.refresh_token/,
    ],
    [
      'an API-key file',
      () => JSON.stringify({ auth_mode: 'apikey', OPENAI_API_KEY: apiKey }),
      3,
      /CODEX_API_KEY/,
    ],
    ['not JSON at all', () => 'hello', 3, /not valid JSON/],
  ])('seed with %s exits %i and keeps the stored copy', async (_name, make, code, message) => {
    await seedStream(
      world,
      'main',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }),
    );
    const before = await storedText(world, 'main');
    const bad = await world.file('bad.json', make());

    const run = await world.cli(['seed', '--stream', 'main', '--auth-file', bad, '--force', '--json']);

    expect(run.code).toBe(code);
    expect(jsonOf<ErrorJson>(run).error.message).toMatch(message);
    expect(await storedText(world, 'main')).toBe(before);
  });

  it('refuses to replace a stored copy without --force (exit 5)', async () => {
    const auth = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() });
    await seedStream(world, 'main', auth);
    const file = await world.file('again.json', auth);
    const run = await world.cli(['seed', '--stream', 'main', '--auth-file', file]);
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/--force/);
  });
});

describe('a stored copy that cannot be opened is exit 6 and stays as it is', () => {
  async function seeded() {
    await seedStream(
      world,
      'main',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }),
    );
    return (await storedText(world, 'main')) ?? '';
  }

  it('wrong key', async () => {
    const before = await seeded();
    const otherKey = generateKey();
    registerSecret(otherKey);
    const run = await world.cli([...world.runArgs('main', '--json')], {
      env: world.env({ CODEX_AUTH_KEY: otherKey }),
    });
    expect(run.code).toBe(6);
    expect(jsonOf<ErrorJson>(run).error.message).toMatch(/wrong key/);
    expect(await storedText(world, 'main')).toBe(before);
    expect(world.sim.requestLog).toHaveLength(0); // Codex never ran.
  });

  it.each([
    [
      'tampered ciphertext',
      (e: Record<string, unknown>) => ({ ...e, ciphertext: flip(String(e.ciphertext)) }),
      /failed authentication/,
    ],
    [
      'replayed generation',
      (e: Record<string, unknown>) => ({ ...e, generation: 7 }),
      /failed authentication/,
    ],
    ['unknown version', (e: Record<string, unknown>) => ({ ...e, version: 99 }), /format version 99/],
  ])('%s', async (_name, tamper, message) => {
    await seeded();
    const forged = `${JSON.stringify(tamper(JSON.parse((await storedText(world, 'main')) ?? '{}')), null, 2)}\n`;
    await fs.writeFile(envelopePath(world, 'main'), forged);
    const run = await world.cli([...world.runArgs('main', '--json')]);
    expect(run.code).toBe(6);
    expect(jsonOf<ErrorJson>(run).error.message).toMatch(message);
    // The fix it names must be one the rollback guard lets through: not the previous generation.
    expect(jsonOf<ErrorJson>(run).error.message).not.toMatch(/from the previous generation/);
    expect(await storedText(world, 'main')).toBe(forged);
    expect(world.sim.requestLog).toHaveLength(0);
  });
});

describe('usage errors are exit 2 and name the fix', () => {
  it.each([
    ['a stream name with /', ['status', '--stream', 'a/b'], /invalid stream name/],
    ['a stream name ..', ['status', '--stream', '..'], /invalid stream name/],
    ['a negative lock timeout', ['status', '--lock-timeout', '-1'], /--lock-timeout/],
    ['an unknown flag', ['status', '--frobnicate'], /unknown option/],
    ['unlock without --force', ['unlock', '--stream', 'main'], /--force/],
  ])('%s', async (_name, args, message) => {
    const run = await world.cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('a missing key', async () => {
    const env = world.env();
    delete (env as Record<string, string | undefined>).CODEX_AUTH_KEY;
    const run = await world.cli([...world.runArgs('main')], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/CODEX_AUTH_KEY is not set.*codex-auth keygen/);
  });
});

describe('status and inspect', () => {
  it('status of an empty stream is exit 0 with exists: false', async () => {
    const run = await world.cli(['status', '--stream', 'empty', '--json']);
    expect(run.code).toBe(0);
    expect(jsonOf(run)).toMatchObject({
      stream: 'empty',
      store: 'file',
      exists: false,
      lock: { held: false },
    });
  });

  it('status shows the metadata without the key', async () => {
    await seedStream(
      world,
      'main',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }),
    );
    const env = world.env();
    delete (env as Record<string, string | undefined>).CODEX_AUTH_KEY;
    const run = await world.cli(['status', '--stream', 'main', '--json'], { env });
    expect(run.code).toBe(0);
    expect(jsonOf(run)).toMatchObject({
      exists: true,
      generation: 1,
      fingerprint: expect.stringMatching(/^sha256:/),
    });
  });

  it('inspect --json reports without printing a token', async () => {
    const session = world.sim.issueSession({ email: 'jane.doe@example.com' });
    const file = await world.file('auth.json', world.sim.authJsonFor(session, { lastRefresh: anHourAgo() }));
    const run = await world.cli(['inspect', '--auth-file', file, '--json']);
    expect(run.code).toBe(0);
    expect(jsonOf(run)).toMatchObject({
      kind: 'chatgpt',
      authMode: 'chatgpt',
      email: 'j***@example.com',
      nextRefresh: { due: false, reason: 'scheduled' },
      problems: [],
    });
  });

  it('keygen prints a key that parses', async () => {
    const run = await world.cli(['keygen']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });
});

function flip(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  return bytes.toString('base64');
}
