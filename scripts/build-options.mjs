// The esbuild options of dist/, apart from build.mjs so that test/unit/house/startup-imports.test.ts analyses exactly
// the graphs that are shipped. Two builds:
// - the Action's steps, ES modules split into shared chunks (dist/*.js, dist/chunks/), and one small file per SDK
//   (dist/vendor/NAME.js) for the CLI to load;
// - the CLI, CommonJS and unsplit: dist/cli.cjs reads argv and prints help, and each command runs from one file of
//   its bundle (dist/cli/NAME.cjs, see src/cli/bundles/). Measured on Node 20: an ES module entry starts about
//   7 ms (0.2x `node -e 0`) later than a CommonJS one, and each further module file costs about 0.7 ms (`status`
//   as chunks loaded 36). Unsplit, the code a command may need but does not call is parsed, never run: esbuild
//   wraps whatever sits behind an `await import()` into a function called on the import.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const entries = {
  // `node dist/cli.js` keeps working: it hands over to dist/cli.cjs.
  cli: 'src/entry/cli-forwarder.ts',
  main: 'src/entry/main.ts',
  post: 'src/entry/post.ts',
  restore: 'src/entry/restore.ts',
  'restore-post': 'src/entry/restore-post.ts',
  persist: 'src/entry/persist.ts',
  'keep-fresh': 'src/entry/keep-fresh.ts',
};

export const cliEntries = {
  cli: 'src/entry/cli.ts',
  'cli/light': 'src/cli/bundles/light.ts',
  'cli/round-trip': 'src/cli/bundles/round-trip.ts',
};

/**
 * The SDKs the CLI loads from dist/vendor/ when first used (the Action's chunks hold the same code, shared with
 * these files, so it ships once). `default`: the CLI's code imports the package's default export.
 */
export const vendored = [
  { specifier: '@actions/cache', file: 'actions-cache', default: false },
  { specifier: '@octokit/rest', file: 'octokit-rest', default: false },
  { specifier: '@octokit/plugin-retry', file: 'octokit-plugin-retry', default: false },
  { specifier: '@octokit/plugin-throttling', file: 'octokit-plugin-throttling', default: false },
  { specifier: 'bottleneck/light.js', file: 'bottleneck-light', default: true },
  { specifier: 'libsodium-wrappers', file: 'libsodium-wrappers', default: true },
  { specifier: 'proper-lockfile', file: 'proper-lockfile', default: true },
];

/**
 * @actions/core imports its OIDC client (and with it @actions/http-client and undici, 0.8 MB) at the top of
 * core.js, for getIDToken alone, which this project never calls. The module has no side effects of its own, so
 * saying so lets esbuild drop it when nothing uses it: every Action step then starts without parsing undici.
 * The cache store's own @actions/http-client is untouched (it is imported, and used, by @actions/cache).
 * @type {import('esbuild').Plugin}
 */
const unusedOidcClient = {
  name: 'unused-actions-core-oidc',
  setup(build) {
    build.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, async (args) => {
      if (args.pluginData?.resolving || !/@actions[\\/]core[\\/]/.test(args.importer)) return undefined;
      const resolved = await build.resolve(args.path, {
        importer: args.importer,
        resolveDir: args.resolveDir,
        kind: args.kind,
        pluginData: { resolving: true },
      });
      return { ...resolved, sideEffects: false };
    });
  },
};

/**
 * The entry of each dist/vendor/ file: the package re-exported, nothing else.
 * @type {import('esbuild').Plugin}
 */
const vendorEntries = {
  name: 'vendor-entries',
  setup(build) {
    build.onResolve({ filter: /^vendor-entry:/ }, (args) => ({
      path: args.path.slice('vendor-entry:'.length),
      namespace: 'vendor-entry',
    }));
    build.onLoad({ filter: /.*/, namespace: 'vendor-entry' }, (args) => {
      const sdk = vendored.find((candidate) => candidate.specifier === args.path);
      const from = JSON.stringify(args.path);
      return {
        contents: sdk?.default ? `export { default } from ${from};` : `export * from ${from};`,
        resolveDir: root,
        loader: 'js',
      };
    });
  },
};

const banner = {
  js: [
    '#!/usr/bin/env node',
    "import { createRequire as __codexAuthCreateRequire } from 'node:module';",
    'const require = __codexAuthCreateRequire(import.meta.url);',
  ].join('\n'),
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
  banner,
};

/** @type {import('esbuild').BuildOptions} */
export const buildOptions = {
  ...common,
  entryPoints: {
    ...entries,
    ...Object.fromEntries(vendored.map((sdk) => [`vendor/${sdk.file}`, `vendor-entry:${sdk.specifier}`])),
  },
  outdir: 'dist',
  // The entry points share most code: one copy in chunks/, not one per entry. Splitting also turns every
  // `await import()` into its own chunk, which is how a step loads only the store SDK it uses.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [unusedOidcClient, vendorEntries],
};

/** What each dist/vendor/ file exports, from the metafile of the Action's build (the CLI re-exports it by name). */
export function vendorExports(metafile) {
  return Object.fromEntries(
    vendored.map((sdk) => {
      const output = Object.values(metafile.outputs).find(
        (candidate) => candidate.entryPoint === `vendor-entry:${sdk.specifier}`,
      );
      if (!output) throw new Error(`the Action's build made no vendor/${sdk.file}.js`);
      return [sdk.specifier, output.exports];
    }),
  );
}

/**
 * In the CLI's bundles an SDK is a module that requires its dist/vendor/ file (an ES module: Node 20.19 and later
 * require those) when the code using it first runs: the SDK is neither copied into the bundle nor parsed by
 * commands that never touch that store.
 * @param {Record<string, string[]>} exportsBySpecifier
 * @returns {import('esbuild').Plugin}
 */
function vendorImports(exportsBySpecifier) {
  return {
    name: 'vendor-imports',
    setup(build) {
      const specifiers = new Set(vendored.map((sdk) => sdk.specifier));
      build.onResolve({ filter: /^[@a-z]/ }, (args) =>
        specifiers.has(args.path) ? { path: args.path, namespace: 'vendor' } : undefined,
      );
      build.onResolve({ filter: /^\.\.\/vendor\// }, (args) =>
        args.namespace === 'vendor' ? { path: args.path, external: true } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => {
        const sdk = vendored.find((candidate) => candidate.specifier === args.path);
        const names = (exportsBySpecifier[args.path] ?? []).filter((name) => name !== 'default');
        const lines = [`const sdk = require(${JSON.stringify(`../vendor/${sdk.file}.js`)});`];
        if (sdk.default) lines.push('export default sdk.default;');
        if (names.length > 0) lines.push(`export const { ${names.join(', ')} } = sdk;`);
        return { contents: lines.join('\n'), loader: 'js' };
      });
    },
  };
}

/**
 * dist/cli.cjs requires a command's bundle, dist/cli/NAME.cjs, as a file of its own: one file, one copy of the
 * bundle's code, however many commands it holds.
 * @type {import('esbuild').Plugin}
 */
const bundlesApart = {
  name: 'cli-bundles-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/bundles\/[a-z-]+\.js$/ }, (args) =>
      /src[\\/]cli[\\/]bundle-loaders\.ts$/.test(args.importer)
        ? { path: args.path.replace('./bundles/', './cli/').replace(/\.js$/, '.cjs'), external: true }
        : undefined,
    );
  },
};

/**
 * @param {Record<string, string[]>} exportsBySpecifier from vendorExports()
 * @returns {import('esbuild').BuildOptions}
 */
export function cliBuildOptions(exportsBySpecifier) {
  return {
    ...common,
    entryPoints: cliEntries,
    outdir: 'dist',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    // `import()` of the bundles and SDKs as `require`: a dynamic import would start Node's ES module loader.
    supported: { 'dynamic-import': false },
    banner: { js: '#!/usr/bin/env node' },
    plugins: [bundlesApart, vendorImports(exportsBySpecifier)],
  };
}
