// The esbuild options of dist/, apart from build.mjs so that test/unit/startup-imports.test.ts analyses exactly
// the graph that is shipped. The banner gives bundled CommonJS code (proper-lockfile, libsodium-wrappers, @actions/*) a `require`; it
// is aliased so it cannot collide with a `require` binding inside the bundle.

export const entries = {
  cli: 'src/entry/cli.ts',
  main: 'src/entry/main.ts',
  post: 'src/entry/post.ts',
  restore: 'src/entry/restore.ts',
  'restore-post': 'src/entry/restore-post.ts',
  persist: 'src/entry/persist.ts',
  'keep-fresh': 'src/entry/keep-fresh.ts',
};

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

/** @type {import('esbuild').BuildOptions} */
export const buildOptions = {
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  sourcemap: false,
  metafile: true,
  // The entry points share most code: one copy in chunks/, not one per entry. Splitting also turns every
  // `await import()` into its own chunk, which is how a command loads only the store SDK it uses.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  plugins: [unusedOidcClient],
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __codexAuthCreateRequire } from 'node:module';",
      'const require = __codexAuthCreateRequire(import.meta.url);',
    ].join('\n'),
  },
};
