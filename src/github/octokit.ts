import { Octokit } from '@octokit/rest';

/** The one place Octokit clients are made: base URL from the runner, a quiet log, our user agent. */
export function createOctokit(options: { token: string; baseUrl?: string | undefined }): Octokit {
  return new Octokit({
    auth: options.token || undefined,
    baseUrl: options.baseUrl || 'https://api.github.com',
    userAgent: 'codex-auth-action',
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
}
