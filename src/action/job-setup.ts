import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { UsageError } from '../core/errors.js';

/** Linux and macOS only until Windows is supported for real (file modes and process groups differ there). */
export function assertSupportedPlatform(platform: NodeJS.Platform = process.platform): void {
  if (platform === 'win32') {
    throw new UsageError(
      'codex-auth-action does not support Windows runners yet (it relies on POSIX file modes and process groups to protect the login): use a Linux or macOS runner.',
    );
  }
}

/**
 * A new CODEX_HOME path under RUNNER_TEMP/codex-auth: outside the workspace, removed by the runner after the job
 * anyway. Every home of this runner sits in that one directory, which the agent is denied as a whole.
 */
export function jobCodexHome(env: NodeJS.ProcessEnv, stream: string): string {
  return path.join(jobHomesDir(env), `${stream}-${randomBytes(4).toString('hex')}`);
}

export function jobHomesDir(env: NodeJS.ProcessEnv): string {
  const base = env.RUNNER_TEMP;
  if (!base)
    throw new UsageError('RUNNER_TEMP is not set: this entry point runs only inside a GitHub Actions job.');
  return path.join(base, 'codex-auth');
}
