#!/usr/bin/env node
// The build half of a release, the part that can run anywhere (the release workflow runs it, and so do CI and a
// test here): packs the CLI with `npm pack`, checks that the tarball is the bundle alone (no runtime
// dependencies, every file the CLI loads at run time inside it), and writes the attestation subjects: one
// `sha256  path` line per file of the Action's dist/ and for the tarball, in the format sha256sum writes and
// actions/attest-build-provenance reads (`subject-checksums`).
//
// Usage: node scripts/release-artifacts.mjs [OUT_DIR]   (default .release/; run `npm run build` first)
// Writes OUT_DIR/<name>-<version>.tgz, OUT_DIR/subjects.sha256 and OUT_DIR/report.json; prints the report.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.resolve(process.argv[2] ?? path.join(root, '.release'));

/** Every file under dir, as paths relative to the repository root, sorted for a stable subject list. */
function filesUnder(dir) {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * The relative files the CLI can load, found by following require()/import of relative paths from dist/cli.cjs.
 * A file missing from the tarball would make a command fail only when it first runs, so this is checked here.
 */
function loadedByCli() {
  const seen = new Set();
  const queue = ['dist/cli.cjs'];
  // What esbuild writes: a command's bundle (./cli/NAME.cjs), an SDK (../vendor/NAME.js), a chunk (NAME-HASH.js).
  // Bundled third-party code holds other relative paths in strings; they name no file of dist/.
  const pattern =
    /(?:require\(|import\(|from\s*|import\s*)["'](\.{1,2}\/(?:(?:cli|vendor|chunks)\/[\w-]+|[\w-]+-[A-Z0-9]{8})\.c?js)["']/g;
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const match of text.matchAll(pattern)) {
      queue.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1])));
    }
  }
  return [...seen].sort();
}

function pack() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const json = execFileSync('npm', ['pack', '--json', '--pack-destination', out], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [result] = JSON.parse(json);
  return result;
}

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const packed = pack();
const tarball = path.join(out, packed.filename);
const packedFiles = new Set(packed.files.map((file) => file.path));
const missing = loadedByCli().filter((file) => !packedFiles.has(file));
const dependencies = Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies });

// The Action is its dist/ and its metadata: action.yml and each sub-action's (restore/, persist/, keep-fresh/).
const actionFiles = readdirSync(root)
  .filter((dir) => dir !== 'node_modules' && existsSync(path.join(root, dir, 'action.yml')))
  .map((dir) => `${dir}/action.yml`);
const subjects = [...filesUnder('dist'), 'action.yml', ...actionFiles.sort()]
  .map((file) => ({ name: file, digest: sha256(path.join(root, file)) }))
  .concat({ name: packed.filename, digest: sha256(tarball) });
writeFileSync(path.join(out, 'subjects.sha256'), subjects.map((s) => `${s.digest}  ${s.name}\n`).join(''));

const report = {
  name: manifest.name,
  version: manifest.version,
  tarball: path.relative(root, tarball),
  tarballBytes: statSync(tarball).size,
  unpackedBytes: packed.unpackedSize,
  files: packed.entryCount,
  runtimeDependencies: dependencies.length,
  engines: manifest.engines?.node ?? null,
  missingFromTarball: missing,
  subjects: subjects.length,
};
writeFileSync(path.join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(
  `${report.tarball}: ${report.files} files, ${(report.tarballBytes / 1024).toFixed(0)} KiB packed, ` +
    `${(report.unpackedBytes / 1024).toFixed(0)} KiB unpacked, ${report.runtimeDependencies} runtime dependencies; ` +
    `${report.subjects} attestation subjects in ${path.relative(root, path.join(out, 'subjects.sha256'))}`,
);
const problems = [
  ...dependencies.map(
    (name) => `runtime dependency ${name}: the bundle must carry it (move it to devDependencies)`,
  ),
  ...missing.map((file) => `${file} is loaded by the CLI but not packed: add it to "files" in package.json`),
];
if (problems.length > 0) {
  for (const problem of problems) console.error(`release-artifacts: ${problem}`);
  process.exit(1);
}
