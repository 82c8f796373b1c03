// Bundles the entry points to dist/ as ESM (options in build-options.mjs, shared with the start-up guard test),
// and lists the licenses of the third-party code inside the bundles.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { buildOptions, cliBuildOptions, vendorExports } from './build-options.mjs';

rmSync('dist', { recursive: true, force: true });
const action = await build(buildOptions);
const cli = await build(cliBuildOptions(vendorExports(action.metafile)));

writeFileSync('dist/THIRD_PARTY_LICENSES.txt', thirdPartyLicenses([action.metafile, cli.metafile]));

/** One section per bundled package: name, version, license and its license text, sorted for a stable file. */
function thirdPartyLicenses(metafiles) {
  const packages = new Map();
  for (const input of metafiles.flatMap((metafile) => Object.keys(metafile.inputs))) {
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
