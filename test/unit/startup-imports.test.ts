import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOptions } from '../../scripts/build-options.mjs';

// The start-up guard, deterministic rather than timed: esbuild's metafile of the very build that makes dist/
// says what each module imports statically. Whatever a module reaches through static imports is loaded the
// moment it is, so every command and entry point must reach only the SDKs of what it always uses; the rest of
// them come in through `await import()` when a store or lock is chosen.

const SDKS = {
  cache: /node_modules\/(@actions\/cache|@azure\/)/,
  octokit: /node_modules\/(@octokit\/|bottleneck\/)/,
  sodium: /node_modules\/libsodium/,
  lockfile: /node_modules\/(proper-lockfile|graceful-fs)\//,
  classicZod: /node_modules\/zod\/v4\/classic\//,
} as const;
type Sdk = keyof typeof SDKS;

let metafile: Metafile;

beforeAll(async () => {
  const result = await build({ ...buildOptions, write: false, metafile: true, logLevel: 'silent' });
  metafile = result.metafile;
}, 120_000);

/** Every input reachable from `start` through static imports (ESM `import` and bundled CommonJS `require`). */
function staticGraph(start: string): Set<string> {
  if (!metafile.inputs[start]) throw new Error(`${start} is not in the build`);
  const seen = new Set<string>();
  const todo = [start];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const edge of metafile.inputs[file]?.imports ?? []) {
      if (edge.external) continue;
      if (edge.kind === 'import-statement' || edge.kind === 'require-call') todo.push(edge.path);
    }
  }
  return seen;
}

function sdksIn(start: string): Sdk[] {
  const files = [...staticGraph(start)];
  return (Object.keys(SDKS) as Sdk[]).filter((sdk) => files.some((file) => SDKS[sdk].test(file)));
}

describe('start-up: what each module loads before it runs', () => {
  it.each([
    // Front ends: a command reaches a backend only through createBackends, which imports it when chosen.
    ['src/entry/cli.ts', []],
    ['src/entry/main.ts', []],
    ['src/entry/post.ts', []],
    ['src/entry/restore.ts', []],
    ['src/entry/restore-post.ts', []],
    ['src/entry/persist.ts', []],
    ['src/entry/keep-fresh.ts', []],
    ['src/roundtrip/backends.ts', []],
    // Each backend: its own SDK and nothing else's.
    ['src/stores/file-store.ts', []],
    ['src/stores/command-store.ts', []],
    ['src/stores/git-ref-store.ts', []],
    ['src/locks/git-ref-lock.ts', []],
    ['src/locks/file-lease-lock.ts', []],
    ['src/locks/lease-guard.ts', []],
    ['src/github/octokit.ts', ['octokit']],
    ['src/stores/github-secret-store.ts', []],
    ['src/stores/cache-store.ts', ['cache']],
    // Sealing and opening load libsodium themselves when first asked (src/core/sodium.ts).
    ['src/core/envelope.ts', []],
  ] as [string, Sdk[]][])('%s statically reaches %j', (start, expected) => {
    expect(sdksIn(start)).toEqual(expected);
  });

  it('sees every SDK at all, so an empty answer above means something', () => {
    const everything = new Set(Object.keys(metafile.inputs));
    for (const [sdk, pattern] of Object.entries(SDKS)) {
      if (sdk === 'classicZod') continue; // shipped nowhere, on purpose
      expect(
        [...everything].some((file) => pattern.test(file)),
        sdk,
      ).toBe(true);
    }
  });

  it('keeps the SDKs in chunks that only `await import()` reaches from the CLI', () => {
    const cli = Object.entries(metafile.outputs).find(([, out]) => out.entryPoint === 'src/entry/cli.ts');
    if (!cli) throw new Error('no output for the CLI entry');
    const staticOutputs = new Set<string>();
    const todo = [cli[0]];
    while (todo.length > 0) {
      const file = todo.pop() as string;
      if (staticOutputs.has(file)) continue;
      staticOutputs.add(file);
      for (const edge of metafile.outputs[file]?.imports ?? []) {
        if (!edge.external && edge.kind === 'import-statement') todo.push(edge.path);
      }
    }
    const loaded = [...staticOutputs].flatMap((out) => Object.keys(metafile.outputs[out]?.inputs ?? {}));
    for (const [sdk, pattern] of Object.entries(SDKS)) {
      expect(
        loaded.filter((file) => pattern.test(file)),
        `${sdk} in the CLI's start-up chunks`,
      ).toEqual([]);
    }
  });
});
