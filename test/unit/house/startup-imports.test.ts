import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildOptions,
  cliBuildOptions,
  cliEntries,
  entries,
  vendorExports,
} from '../../../scripts/build-options.mjs';

// The start-up guard, deterministic rather than timed: esbuild's metafiles of the very builds that make dist/
// say what each module imports statically. Whatever a module reaches through static imports is loaded the
// moment it is, so every command and entry point must reach only the SDKs of what it always uses; the rest of
// them come in through `await import()` when a store or lock is chosen.

const SDKS = {
  cache: /node_modules\/(@actions\/cache|@azure\/)/,
  octokit: /node_modules\/(@octokit\/|bottleneck\/)/,
  sodium: /node_modules\/libsodium/,
  lockfile: /node_modules\/(proper-lockfile|graceful-fs)\//,
  zod: /node_modules\/zod\//,
  // @actions/core's OIDC client pulls these in; nothing here calls getIDToken (scripts/build-options.mjs).
  httpClient: /node_modules\/(@actions\/http-client|undici)\//,
} as const;
type Sdk = keyof typeof SDKS;

let metafile: Metafile;
let cliMetafile: Metafile;

beforeAll(async () => {
  const result = await build({ ...buildOptions, write: false, metafile: true, logLevel: 'silent' });
  metafile = result.metafile;
  const cli = await build({
    ...cliBuildOptions(vendorExports(metafile)),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  cliMetafile = cli.metafile;
}, 120_000);

/** Every input reachable from `start` through static imports (ESM `import` and bundled CommonJS `require`). */
function staticGraph(start: string, meta = metafile): Set<string> {
  if (!meta.inputs[start]) throw new Error(`${start} is not in the build`);
  const seen = new Set<string>();
  const todo = [start];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const edge of meta.inputs[file]?.imports ?? []) {
      if (edge.external) continue;
      if (edge.kind === 'import-statement' || edge.kind === 'require-call') todo.push(edge.path);
    }
  }
  return seen;
}

/** The Node builtins the modules of `start`'s static graph import: loaded the moment `start` is. */
function builtinsOf(start: string, meta = metafile): string[] {
  const builtins = new Set<string>();
  for (const file of staticGraph(start, meta)) {
    for (const edge of meta.inputs[file]?.imports ?? []) {
      const isStatic = edge.kind === 'import-statement' || edge.kind === 'require-call';
      if (edge.external && isStatic && edge.path.startsWith('node:')) builtins.add(edge.path);
    }
  }
  return [...builtins].sort();
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
    ['src/entry/main.ts', []],
    ['src/entry/post.ts', []],
    ['src/entry/restore.ts', []],
    ['src/entry/restore-post.ts', []],
    ['src/entry/persist.ts', []],
    ['src/entry/keep-fresh.ts', []],
    ['src/app/context.ts', []],
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
      if (sdk === 'zod') continue; // shipped nowhere since valibot replaced it
      expect(
        [...everything].some((file) => pattern.test(file)),
        sdk,
      ).toBe(true);
    }
  });

  it.each(Object.entries(entries))(
    'keeps the SDKs out of the chunks dist/%s.js loads before it runs',
    (_name, entry) => {
      const loaded = startupInputs(entry);
      for (const [sdk, pattern] of Object.entries(SDKS)) {
        expect(
          loaded.filter((file) => pattern.test(file)),
          `${sdk} in the start-up chunks of ${entry}`,
        ).toEqual([]);
      }
    },
  );
});

// The CLI is built apart (CommonJS, unsplit, scripts/build-options.mjs): dist/cli.cjs reads argv and prints help,
// and a command runs from dist/cli.cjs and the one file of its bundle, which loads an SDK (dist/vendor/) or a
// costly builtin only in the module that uses it.
describe('start-up of the CLI', () => {
  const cliOutput = (entry: string) => {
    const found = Object.entries(cliMetafile.outputs).find(([, out]) => out.entryPoint === entry);
    if (!found) throw new Error(`no output for ${entry}`);
    return found[1];
  };

  it('dist/cli.cjs holds the argv parser, the help and the command table, and no command', () => {
    const inputs = Object.keys(cliOutput(cliEntries.cli as string).inputs);
    expect(inputs.filter((file) => /node_modules|^vendor:/.test(file))).toEqual([]);
    expect(
      inputs.filter((file) =>
        /src\/(cli\/commands|cli\/bundles|roundtrip|app|codex\/(?!verified))\//.test(file),
      ),
    ).toEqual([]);
    expect(
      inputs.filter((file) => /src\/(stores|locks)\/(?!(store|lock)-kinds\.ts|lock\.ts)/.test(file)),
    ).toEqual([]);
    expect(builtinsOf(cliEntries.cli as string, cliMetafile)).toEqual(['node:fs', 'node:util']);
  });

  it('dist/cli.cjs loads nothing but builtins and, when a command runs, the one file of its bundle', () => {
    const bundles = Object.keys(cliEntries)
      .filter((name) => name !== 'cli')
      .map((name) => `./${name}.cjs`);
    const loaded = cliOutput(cliEntries.cli as string).imports.filter(
      (edge) => !edge.path.startsWith('node:'),
    );
    expect(new Set(loaded.map((edge) => edge.path))).toEqual(new Set(bundles));
    // Each behind an `import()` in bundle-loaders.ts (a `require` in a function in dist/cli.cjs): loaded when it runs.
    const table = cliMetafile.inputs['src/cli/bundle-loaders.ts']?.imports ?? [];
    const toBundles = table.filter((edge) => edge.external && !edge.path.startsWith('node:'));
    expect(new Set(toBundles.map((edge) => edge.path))).toEqual(new Set(bundles));
    for (const edge of toBundles) expect(edge.kind, edge.path).toBe('dynamic-import');
  });

  it.each(Object.entries(cliEntries).filter(([name]) => name !== 'cli'))(
    'dist/%s.cjs loads its SDKs from dist/vendor/ when first used, never at start-up',
    (_name, entry) => {
      const output = cliOutput(entry);
      for (const edge of output.imports.filter((candidate) => !candidate.path.startsWith('node:'))) {
        expect(edge.path).toMatch(/^\.\.\/vendor\/[a-z-]+\.js$/);
      }
      expect(
        [...staticGraph(entry, cliMetafile)].filter((file) => /node_modules|^vendor:/.test(file)),
      ).toEqual([]);
      // A bundle's own code is loaded command by command (src/cli/bundles/command-bundle.ts).
      expect(builtinsOf(entry, cliMetafile)).toEqual(['node:fs']);
    },
  );

  // What the commands under the cold-start goal (issue 11: within 1.5x `node -e 0`) load when they run; `status`
  // through the file store and the file lease lock, the backends it imports when they are chosen.
  it.each([
    ['src/cli/commands/keygen.ts', ['node:crypto']],
    ['src/cli/commands/inspect.ts', ['node:crypto', 'node:fs', 'node:path']],
    ['src/cli/commands/status.ts', ['node:fs', 'node:os', 'node:path']],
    ['src/stores/file-store.ts', ['node:fs', 'node:os', 'node:path']],
    ['src/locks/file-lease-lock.ts', ['node:fs', 'node:os', 'node:path']],
    ['src/locks/lease-record.ts', ['node:fs', 'node:os']],
    ['src/locks/checked-lock.ts', ['node:fs', 'node:path']],
  ] as [string, string[]][])('%s loads only the builtins %j, and no SDK', (start, expected) => {
    expect(builtinsOf(start, cliMetafile)).toEqual(expected);
    expect([...staticGraph(start, cliMetafile)].filter((file) => /^vendor:/.test(file))).toEqual([]);
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
