import { readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// The npm package's `codex` is a Node launcher that execs the native binary; starting Node first costs about
// 100 ms, on every job. So the seal probe and `codex exec` call the native binary directly when they can find it
// (with the two variables the launcher would add), and the version is read from the package instead of spawning
// `codex --version`.

export interface NativeCodex {
  readonly binary: string;
  readonly version: string;
  /** The directory holding the binary's resources (the bundled bwrap), when there is one. */
  readonly vendorDir: string;
  /** The @openai/codex package the launcher belongs to. */
  readonly packageRoot: string;
}

const MANAGED_BY = [
  'CODEX_MANAGED_BY_NPM',
  'CODEX_MANAGED_BY_BUN',
  'CODEX_MANAGED_BY_PNPM',
  'CODEX_MANAGED_BY_VITE_PLUS',
];

/**
 * The environment the npm launcher (bin/codex.js, the same in 0.149.0 through 0.171.0) gives the native binary:
 * the package root, and which package manager owns it (Codex uses both only for its update hints). npm is the
 * launcher's own default; its pnpm/bun/vite+ detection only changes which install command a hint names.
 */
export function launcherEnv(native: NativeCodex, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env, CODEX_MANAGED_PACKAGE_ROOT: native.packageRoot };
  for (const name of MANAGED_BY) delete out[name];
  out.CODEX_MANAGED_BY_NPM = '1';
  return out;
}

const TRIPLES: Record<string, string> = {
  'linux-x64': 'x86_64-unknown-linux-musl',
  'linux-arm64': 'aarch64-unknown-linux-musl',
};

// A run asks several times (the version check, the probe, `codex exec`); the answer for a path does not change
// within one process, so the file-system lookups are made once.
const found = new Map<string, NativeCodex | null>();

/** The native binary behind an npm-installed `codex` launcher, or null (a native codex, another layout). */
export function findNativeCodex(codexPath: string): NativeCodex | null {
  let native = found.get(codexPath);
  if (native === undefined) {
    native = lookUpNativeCodex(codexPath);
    found.set(codexPath, native);
  }
  return native;
}

function lookUpNativeCodex(codexPath: string): NativeCodex | null {
  try {
    const launcher = realpathSync(codexPath);
    if (path.basename(launcher) !== 'codex.js') return null;
    const packageRoot = realpathSync(path.dirname(path.dirname(launcher)));
    const manifest = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {
      name?: string;
      version?: string;
    };
    if (manifest.name !== '@openai/codex' || typeof manifest.version !== 'string') return null;
    const platform = `${process.platform}-${process.arch}`;
    const triple = TRIPLES[platform];
    if (triple === undefined) return null;
    const require = createRequire(path.join(packageRoot, 'package.json'));
    const platformRoot = path.dirname(require.resolve(`@openai/codex-${platform}/package.json`));
    const vendorDir = path.join(platformRoot, 'vendor', triple);
    // 0.149 and later: vendor/<triple>/bin/codex; older releases: vendor/<triple>/codex/codex.
    for (const candidate of [path.join(vendorDir, 'bin', 'codex'), path.join(vendorDir, 'codex', 'codex')]) {
      if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) {
        return { binary: candidate, version: manifest.version, vendorDir, packageRoot };
      }
    }
    return null;
  } catch {
    return null;
  }
}
