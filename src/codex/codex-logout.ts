import { spawn } from 'node:child_process';

/**
 * `codex logout` in the CODEX_HOME given by `env`: Codex's own sign-out, which revokes the refresh token at the
 * token endpoint (CODEX_REVOKE_TOKEN_URL_OVERRIDE points it elsewhere) and deletes auth.json.
 */
export function runCodexLogout(
  codexPath: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  onOutput: (line: string) => void,
): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(codexPath, ['logout'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') onOutput(line);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
