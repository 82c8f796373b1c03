import path from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { readCodexVersion, resolveCodex } from '../codex/resolve-codex.js';

// Which Codex a job runs. Only the Action installs one (the CLI takes --codex or PATH), so the messages name the
// Action's input; the install itself is the runner's tool (the Action's npm through @actions/exec).

export interface CodexForJobContext {
  readonly log: Logger;
  /** Runs `npm ARGS` and returns its exit code. */
  npm(args: readonly string[]): Promise<number>;
}

/**
 * The Codex executable for this job: `path` takes whatever is on PATH; a version uses the `codex` on PATH when it
 * is exactly that version, and otherwise installs it with npm into the runner's tool cache (not globally).
 */
export async function codexForJob(
  version: string,
  env: NodeJS.ProcessEnv,
  context: CodexForJobContext,
): Promise<string> {
  if (version === 'path') return resolveCodex(undefined, env);
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
    throw new UsageError(
      `input codex-version must be an exact version such as 0.169.0, or "path", not "${version}".`,
    );
  }
  const onPath = await resolveCodex(undefined, env).catch(() => null);
  if (onPath && (await readCodexVersion(onPath, env)) === version) return onPath;
  const prefix = path.join(
    env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || '/tmp',
    'codex-auth',
    `codex-${version}`,
  );
  const installed = path.join(prefix, 'node_modules', '.bin', 'codex');
  if ((await readCodexVersion(installed, env)) === version) return installed;
  context.log.info(
    `installing @openai/codex@${version} (the codex on PATH is ${onPath ? 'another version' : 'missing'})`,
  );
  const code = await context.npm([
    'install',
    '--no-audit',
    '--no-fund',
    '--prefix',
    prefix,
    `@openai/codex@${version}`,
  ]);
  if (code !== 0) {
    throw new UsageError(
      `npm could not install @openai/codex@${version}; set codex-version: path to use a codex you install yourself.`,
    );
  }
  return installed;
}

/** The codex a user's own step will run, for the seal probe: `explicit` (--codex) or PATH; undefined when none. */
export async function codexIfPresent(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  return resolveCodex(explicit, env).catch(() => undefined);
}
