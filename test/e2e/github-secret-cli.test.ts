import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../src/core/envelope.js';
import { jsonOf } from '../support/cli-harness.js';
import { createWorld, type World } from '../support/e2e-world.js';
import {
  type GitHubSimulator,
  type OrgAccess,
  REPOSITORY_ID,
  startGitHubSimulator,
} from '../support/github-simulator.js';
import { fakeCredential } from '../support/test-tokens.js';
import { nineDaysAgo } from './stream-helpers.js';

let world: World;
let github: GitHubSimulator;
let pat: string;
beforeEach(async () => {
  world = await createWorld();
  github = await startGitHubSimulator({ owner: 'octo-org', repo: 'octo-repo' });
  pat = github.addToken({ contents: 'write', actions: 'read', secrets: 'write', variables: 'write' });
});
afterEach(async () => {
  await github.close();
  await world.close();
});

const secretStore = [
  '--store',
  'github-secret',
  '--secret-name',
  'CODEX_AUTH',
  '--repo',
  'octo-org/octo-repo',
  '--lock',
  'file',
];
/** A job as a workflow starts it: the secret's value as it was when the job started, in CODEX_AUTH_JSON. */
const job = (value: string, token = pat) =>
  world.cli([...world.runArgs('gh', '--json', ...secretStore)], {
    env: world.env({ GITHUB_TOKEN: token, GITHUB_API_URL: github.url, CODEX_AUTH_JSON: value }),
  });

describe('the github-secret store through the CLI', () => {
  it('takes a pasted auth.json as the seed and writes the refreshed login back as an encrypted envelope', async () => {
    const pasted = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    const run = await job(pasted);
    expect(run.code, run.stderr).toBe(0);
    expect(jsonOf(run)).toMatchObject({
      seeded: true,
      refreshed: true,
      persisted: true,
      generation: 2,
      store: 'github-secret',
    });
    const written = github.secretValue('repo', 'CODEX_AUTH') ?? '';
    expect(parseEnvelope(written, 'secret').generation).toBe(2);
    expect(JSON.parse(github.variableValue('repo', 'CODEX_AUTH_GENERATION') ?? '{}')).toMatchObject({
      generation: 2,
    });

    // The next job receives the new value: no refresh, nothing written.
    const next = await job(written);
    expect(jsonOf(next)).toMatchObject({ refreshed: false, persisted: false, generation: 2 });
    expect(github.secretWrites('repo', 'CODEX_AUTH')).toBe(2);
  });

  // The README ("Fallback lanes") refuses only a stream lane on this store; the CLI used to refuse any second lane,
  // the Action did not.
  it('takes an api-key lane after the stream, as the Action does, and refuses a second stream lane naming --lanes', async () => {
    const pasted = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    const env = world.env({
      GITHUB_TOKEN: pat,
      GITHUB_API_URL: github.url,
      CODEX_AUTH_JSON: pasted,
      CODEX_API_KEY: fakeCredential('sk-'),
    });
    const lanes = (...extra: string[]) =>
      world.cli([...world.runArgs('gh', '--json', ...secretStore, ...extra)], { env });
    const run = await lanes('--lanes', 'api-key');
    expect(run.code, run.stderr).toBe(0);
    expect(jsonOf(run)).toMatchObject({ lane: 'stream:gh', persisted: true, store: 'github-secret' });

    const other = await lanes('--lanes', 'other');
    expect(other.code).toBe(2);
    expect(jsonOf<{ error: { message: string } }>(other).error.message).toMatch(
      /^--lanes: a stream lane needs a store that holds one entry per stream; the github-secret store/,
    );
  });

  it('refuses a value older than the last write before Codex runs (exit 5), naming the lock and a concurrency group', async () => {
    const pasted = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    expect((await job(pasted)).code).toBe(0);
    const requestsBefore = world.sim.requestLog.length;
    // A job that started before that write landed still holds the pasted value.
    const late = await job(pasted);
    expect(late.code).toBe(5);
    const { code, message } = jsonOf<{ error: { code: string; message: string } }>(late).error;
    // The rollback guard's code, as in every store (README: exit 5, `rollback_refused`).
    expect(code).toBe('rollback_refused');
    expect(message).toMatch(/older than the last write/);
    expect(message).toMatch(/lock/);
    expect(message).toMatch(/`concurrency:` group/);
    expect(world.sim.requestLog.length).toBe(requestsBefore);
  });

  // The variable is written after the secret. A job stopped between the two (cancelled, or every retry of the
  // variable's write failing) leaves the secret one generation ahead of it: the next job's value is then the newest
  // copy (README: only a value OLDER than the variable is refused). It runs, its write is compared with what it
  // received, so the stream carries on and the variable catches up.
  it('a value newer than its generation variable (the variable write was lost) is used, and the next write heals it', async () => {
    const session = world.sim.issueSession();
    expect((await job(world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }))).code).toBe(0);
    const ahead = github.secretValue('repo', 'CODEX_AUTH') ?? '';
    expect(parseEnvelope(ahead, 'secret').generation).toBe(2);
    const mark = JSON.parse(github.variableValue('repo', 'CODEX_AUTH_GENERATION') ?? '{}') as object;
    github.setVariable('repo', 'CODEX_AUTH_GENERATION', JSON.stringify({ ...mark, generation: 1 }));

    // The next job gets generation 2; its access token is rejected, so Codex refreshes and the job writes.
    world.sim.revokeAccessToken(world.sim.currentSessionOf(session.refreshToken)?.accessToken ?? '');
    const next = await job(ahead);
    expect(next.code, next.stderr).toBe(0);
    expect(jsonOf(next)).toMatchObject({ refreshed: true, persisted: true, generation: 3 });
    expect(JSON.parse(github.variableValue('repo', 'CODEX_AUTH_GENERATION') ?? '{}')).toMatchObject({
      generation: 3,
    });
    const healed = await job(github.secretValue('repo', 'CODEX_AUTH') ?? '');
    expect(jsonOf(healed)).toMatchObject({ refreshed: false, generation: 3 });
  });

  it('a token that cannot write secrets fails before Codex runs, naming GITHUB_TOKEN and what to use instead', async () => {
    const workflowToken = github.addToken({ contents: 'write', actions: 'read' });
    const pasted = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    const run = await job(pasted, workflowToken);
    expect(run.code).toBe(2);
    const message = jsonOf<{ error: { message: string } }>(run).error.message;
    expect(message).toMatch(/GITHUB_TOKEN can never write secrets/);
    expect(message).toMatch(/fine-grained personal access token or a GitHub App token/);
    expect(world.sim.requestLog).toHaveLength(0);
  });

  // GitHub: an organization secret's PUT must name a visibility, and that visibility (with its selected
  // repositories) replaces the organization's choice. Every write must send back what the secret already had.
  it.each<[string, OrgAccess | null, string[], OrgAccess]>([
    [
      'an existing `all` secret stays `all`',
      { visibility: 'all', selected: [] },
      [],
      { visibility: 'all', selected: [] },
    ],
    [
      'an existing `selected` secret keeps its repositories',
      { visibility: 'selected', selected: [REPOSITORY_ID, 42, 4242] },
      [],
      { visibility: 'selected', selected: [REPOSITORY_ID, 42, 4242] },
    ],
    [
      'an existing `private` secret stays `private`',
      { visibility: 'private', selected: [] },
      ['--secret-visibility', 'all'],
      { visibility: 'private', selected: [] },
    ],
    [
      'a new secret is shared with this repository alone by default',
      null,
      [],
      { visibility: 'selected', selected: [REPOSITORY_ID] },
    ],
    [
      'a new secret takes --secret-visibility',
      null,
      ['--secret-visibility', 'private'],
      { visibility: 'private', selected: [] },
    ],
  ])('organization scope: %s', async (_name, existing, flags, expected) => {
    const pasted = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    if (existing) github.setSecret('org', 'CODEX_AUTH', pasted, existing.visibility, existing.selected);
    const run = await world.cli(
      [...world.runArgs('gh', '--json', ...secretStore, '--secret-scope', 'org', ...flags)],
      { env: world.env({ GITHUB_TOKEN: pat, GITHUB_API_URL: github.url, CODEX_AUTH_JSON: pasted }) },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(jsonOf(run)).toMatchObject({ refreshed: true, persisted: true, generation: 2 });
    expect(parseEnvelope(github.secretValue('org', 'CODEX_AUTH') ?? '', 'secret').generation).toBe(2);
    expect(github.orgVisibility('secrets', 'CODEX_AUTH')).toEqual(expected);
    // The generation marker is shared exactly as the secret it describes.
    expect(github.orgVisibility('variables', 'CODEX_AUTH_GENERATION')).toEqual(expected);
  });
});
