import { execFile } from 'node:child_process';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { findNativeCodex } from './native-codex.js';
import { VERIFIED_CODEX_VERSIONS } from '../core/verified-versions.js';

export { VERIFIED_CODEX_VERSIONS };

const INSTALL_HINT = `pass --codex PATH, or install it with \`npm install -g @openai/codex@${VERIFIED_CODEX_VERSIONS[0]}\``;

/**
 * The codex executable to run: `explicit` (from --codex) when given, else `codex` on env.PATH.
 * Only absolute PATH entries are searched: an empty or relative entry means "the current directory", where a
 * checked-out repository could plant its own `codex` and receive the credentials.
 */
export async function resolveCodex(explicit: string | undefined, env: NodeJS.ProcessEnv): Promise<string> {
  if (explicit !== undefined) {
    const candidate = path.resolve(explicit);
    const problem = await executableProblem(candidate);
    if (problem) throw new UsageError(`--codex PATH: ${candidate} ${problem}; ${INSTALL_HINT}.`);
    return candidate;
  }
  for (const candidate of pathCandidates(env)) {
    if ((await executableProblem(candidate)) === null) return candidate;
  }
  throw new UsageError(`the codex executable was not found on PATH; ${INSTALL_HINT}.`);
}

function pathCandidates(env: NodeJS.ProcessEnv): string[] {
  const entries = (env.PATH ?? env.Path ?? '')
    .split(path.delimiter)
    .filter((entry) => path.isAbsolute(entry));
  const names =
    process.platform === 'win32'
      ? (env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').map((ext) => `codex${ext.toLowerCase()}`)
      : ['codex'];
  return entries.flatMap((entry) => names.map((name) => path.join(entry, name)));
}

/** Why `file` cannot be run, or null when it can. */
async function executableProblem(file: string): Promise<string | null> {
  let stat: Awaited<ReturnType<typeof fs.stat>>;
  try {
    stat = await fs.stat(file);
  } catch {
    return 'does not exist';
  }
  if (!stat.isFile()) return 'is not a file';
  try {
    await fs.access(file, constants.X_OK);
  } catch {
    return 'is not executable';
  }
  return null;
}

/**
 * The version `codex --version` reports ("codex-cli 0.169.0" -> "0.169.0"), or null if it cannot be told. An npm
 * install's version comes from its package.json, which saves starting Codex (through Node) just to ask.
 */
export async function readCodexVersion(
  codexPath: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  return (await identifyCodex(codexPath, env)).version;
}

/**
 * Codex's version, or (version null) why the program does not look like the Codex CLI at all: what
 * `<path> --version` did, for a message that says so instead of asking for a newer Codex.
 */
export async function identifyCodex(
  codexPath: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ version: string; notCodex: null } | { version: null; notCodex: string }> {
  const native = findNativeCodex(codexPath);
  if (native) return { version: native.version, notCodex: null };
  return new Promise((resolve) => {
    execFile(codexPath, ['--version'], { env, timeout: 15_000 }, (error, stdout, stderr) => {
      const printed = firstLine(stdout) ?? firstLine(stderr);
      const version = /(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/.exec(stdout)?.[1] ?? null;
      if (!error && version !== null) return resolve({ version, notCodex: null });
      const exit = error
        ? error.killed
          ? 'did not answer within 15 s'
          : `exited with ${typeof error.code === 'number' ? `code ${error.code}` : String(error.code ?? error.signal)}`
        : 'exited 0';
      resolve({
        version: null,
        notCodex: `\`${codexPath} --version\` ${exit} and printed ${printed === null ? 'nothing' : `"${printed}"`}, where the Codex CLI prints "codex-cli <version>"`,
      });
    });
  });
}

/** The first non-blank line, without control characters, shortened: the program is not ours to trust. */
function firstLine(text: string): string | null {
  const line = text
    .split('\n')
    .find((l) => l.trim() !== '')
    // eslint-disable-next-line no-control-regex
    ?.replace(/[\u0000-\u001f\u007f]/g, '');
  if (line === undefined) return null;
  return line.length > 80 ? `${line.slice(0, 80)}...` : line.trim();
}

export function isVerifiedCodexVersion(version: string | null): boolean {
  return version !== null && VERIFIED_CODEX_VERSIONS.includes(version);
}
