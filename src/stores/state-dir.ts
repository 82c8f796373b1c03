import os from 'node:os';
import path from 'node:path';

// Apart from file-store.ts so that parsing flags and inputs does not load the store (and proper-lockfile).

export const STATE_DIR_ENV = 'CODEX_AUTH_STATE_DIR';

export function defaultStateDir(env: NodeJS.ProcessEnv): string {
  const fromEnv = env[STATE_DIR_ENV];
  return fromEnv && fromEnv !== '' ? path.resolve(fromEnv) : path.join(os.homedir(), '.codex-auth');
}

export function streamDir(stateDir: string, stream: string): string {
  return path.join(stateDir, stream);
}

/** How the state directory was chosen when no flag or input named it, for messages. */
export function defaultStateDirSource(env: NodeJS.ProcessEnv): string {
  const fromEnv = env[STATE_DIR_ENV];
  return fromEnv && fromEnv !== '' ? STATE_DIR_ENV : 'the default state directory';
}
