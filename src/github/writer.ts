import os from 'node:os';

/**
 * Names whoever writes an envelope or holds a lock, so a waiting job can say whom it waits for. Prefers a link
 * to the CI run when there is one.
 */
export function describeWriter(env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const attempt = env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
  }
  if (env.CI_JOB_URL) return env.CI_JOB_URL;
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // Containers may run as a uid without a passwd entry.
  }
  return `${user}@${os.hostname()} (codex-auth pid ${process.pid})`;
}
