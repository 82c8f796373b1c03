// Bundles the entry points to dist/ as ESM. The banner gives bundled CommonJS code (libsodium, proper-lockfile)
// a `require`; it is aliased so it cannot collide with a `require` binding inside the bundle.
import { build } from 'esbuild';

const entries = { cli: 'src/entry/cli.ts' };

await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
  banner: {
    js: [
      "import { createRequire as __codexAuthCreateRequire } from 'node:module';",
      'const require = __codexAuthCreateRequire(import.meta.url);',
    ].join('\n'),
  },
});
