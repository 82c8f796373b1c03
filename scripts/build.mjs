// Bundles the entry points to dist/ as ESM, and lists the licenses of the third-party code inside the bundles.
// The banner gives bundled CommonJS code (libsodium, proper-lockfile) a `require`; it is aliased so it cannot
// collide with a `require` binding inside the bundle.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const entries = {
  cli: 'src/entry/cli.ts',
  main: 'src/entry/main.ts',
  post: 'src/entry/post.ts',
  restore: 'src/entry/restore.ts',
  'restore-post': 'src/entry/restore-post.ts',
  persist: 'src/entry/persist.ts',
  'keep-fresh': 'src/entry/keep-fresh.ts',
};

rmSync('dist', { recursive: true, force: true });
const result = await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  sourcemap: false,
  metafile: true,
  // The entry points share most code (libsodium alone is 1 MB): one copy in chunks/, not one per entry.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __codexAuthCreateRequire } from 'node:module';",
      'const require = __codexAuthCreateRequire(import.meta.url);',
    ].join('\n'),
  },
});

writeFileSync('dist/THIRD_PARTY_LICENSES.txt', thirdPartyLicenses(result.metafile));

/** One section per bundled package: name, version, license and its license text, sorted for a stable file. */
function thirdPartyLicenses(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g);
    if (!match) continue;
    const last = match.at(-1);
    const dir = input.slice(0, input.lastIndexOf(last) + last.length);
    packages.set(dir, true);
  }
  const sections = [...packages.keys()]
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      const licenseFile = readdirSync(dir).find((name) => /^(licen[cs]e|copying)/i.test(name));
      const text = licenseFile
        ? readFileSync(path.join(dir, licenseFile), 'utf8').trim()
        : '(no license file in the package)';
      return {
        key: `${pkg.name}@${pkg.version}`,
        text: `${pkg.name}@${pkg.version} (${pkg.license ?? 'unknown'})\n\n${text}\n`,
      };
    })
    .filter((section, index, all) => all.findIndex((other) => other.key === section.key) === index)
    .sort((a, b) => a.key.localeCompare(b.key));
  return `Third-party code bundled in dist/\n\n${sections.map((section) => section.text).join('\n---\n\n')}`;
}
