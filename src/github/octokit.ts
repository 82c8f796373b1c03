import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import { DEFAULT_API_URL } from './api-url.js';

// The one place GitHub clients are made. Transient failures (5xx) are retried with backoff by plugin-retry;
// primary and secondary rate limits wait as GitHub asks (retry-after) via plugin-throttling, a couple of times.
// 4xx answers are not retried: they are decisions (conflict, missing permission), not accidents.
// plugin-throttling spaces every write 1 s apart by default, which GitHub asks of bulk writers; a round trip makes
// at most 5 writes, and 1 s each made a git-ref round trip 4-5 s slower (measured), so writes are spaced 100 ms.
const writeLimiter = new Bottleneck.Group({ id: 'codex-auth-write', maxConcurrent: 1, minTime: 100 });

const GitHubOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

export interface GitHubClientOptions {
  readonly token: string;
  readonly baseUrl?: string | undefined;
  /** How many times a 5xx is retried (plugin-retry waits retryCount^2 seconds between tries). */
  readonly retries?: number;
}

export function createOctokit(options: GitHubClientOptions): GitHubClient {
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  return new GitHubOctokit({
    auth: options.token || undefined,
    baseUrl: (options.baseUrl || DEFAULT_API_URL).replace(/\/+$/, ''),
    userAgent: 'codex-auth-action',
    log: quiet,
    // Not `request.retries`: set there, plugin-retry would retry every failed request, 422 conflicts included.
    // plugin-retry's own list plus 409: GitHub's "Git Repository is empty." is an answer, not an accident, and
    // retrying it only delays the message that says to push a first commit by 14 s per call.
    retry: { retries: options.retries ?? 3, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
    throttle: {
      write: writeLimiter,
      onRateLimit: (_retryAfter: number, _options: object, _octokit: unknown, retryCount: number) =>
        retryCount < 2,
      onSecondaryRateLimit: (_retryAfter: number, _options: object, _octokit: unknown, retryCount: number) =>
        retryCount < 2,
    },
  });
}
