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
  // @actions/core's OIDC client pulls these in; nothing here calls getIDToken (scripts/build-options.mjs).
  httpClient: /node_modules\/(@actions\/http-client|undici)\//,
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
  // The input graph keeps @actions/core's import of its OIDC client; the output test below checks it is dropped.
  return (Object.keys(SDKS) as Sdk[])
    .filter((sdk) => sdk !== 'httpClient')
    .filter((sdk) => files.some((file) => SDKS[sdk].test(file)));
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

  it.each(['cli', 'main', 'post', 'restore', 'restore-post', 'persist', 'keep-fresh'])(
    'keeps the SDKs out of the chunks dist/%s.js loads before it runs',
    (entry) => {
      const loaded = startupInputs(`src/entry/${entry}.ts`);
      for (const [sdk, pattern] of Object.entries(SDKS)) {
        expect(
          loaded.filter((file) => pattern.test(file)),
          `${sdk} in the start-up chunks of ${entry}`,
        ).toEqual([]);
      }
    },
  );

  it("declares the CLI's commands without loading the round trip, the TOML parser or zod", () => {
    // --help, status, inspect and keygen load what they use when they run; `run` loads the round trip then.
    const loaded = startupInputs('src/entry/cli.ts');
    for (const heavy of [
      /src\/roundtrip\/run-round-trip\.ts$/,
      /src\/cli\/run-lanes\.ts$/,
      /node_modules\/smol-toml\//,
      /node_modules\/zod\//,
      /node_modules\/jose\//,
    ]) {
      expect(loaded.filter((file) => heavy.test(file))).toEqual([]);
    }
  });
});

/**
 * The source files inside every output chunk that `entry`'s bundle loads through static imports: what is parsed
 * before the entry runs (after esbuild dropped what nothing uses, unlike the input graph above).
 */
function startupInputs(entry: string): string[] {
  const start = Object.entries(metafile.outputs).find(([, out]) => out.entryPoint === entry);
  if (!start) throw new Error(`no output for ${entry}`);
  const outputs = new Set<string>();
  const todo = [start[0]];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (outputs.has(file)) continue;
    outputs.add(file);
    for (const edge of metafile.outputs[file]?.imports ?? []) {
      if (!edge.external && edge.kind === 'import-statement') todo.push(edge.path);
    }
  }
  return [...outputs].flatMap((out) => Object.keys(metafile.outputs[out]?.inputs ?? {}));
}
