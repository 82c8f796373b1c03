import { type CodexAuthError, InternalError, UsageError } from '../core/errors.js';
import { messageOf, statusOf } from './octokit.js';

/**
 * Turns a GitHub API failure into a message that names what to change. `needs` is the permission the call
 * needed, as it is written in a workflow (`contents: write`, `actions: read`).
 */
export function explainGitHubError(error: unknown, doing: string, needs: string): CodexAuthError {
  const status = statusOf(error);
  const said = messageOf(error);
  if (status === 401) {
    return new UsageError(
      `GitHub rejected the token while ${doing} (401 ${said}): pass a valid token (the Action's github-token input, or GITHUB_TOKEN / GH_TOKEN for the CLI).`,
    );
  }
  if (status === 403 && !/rate limit/i.test(said)) {
    return new UsageError(
      `the token may not do this while ${doing} (403 ${said}): add \`permissions: ${needs}\` to the job (or give a fine-grained token that permission on the repository).`,
    );
  }
  if (status === 404) {
    return new UsageError(
      `GitHub answered 404 while ${doing}: check --repo / GITHUB_REPOSITORY, and that the token can see the repository (\`permissions: ${needs}\`).`,
    );
  }
  return new InternalError(
    `GitHub API failed while ${doing}${status ? ` (${status} ${said})` : `: ${said}`}; try again later.`,
    {
      cause: error,
    },
  );
}
