import { type CodexAuthError, InternalError, UsageError } from '../core/errors.js';

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

// Here rather than in octokit.ts: every GitHub-backed module reads errors, and only some need a client.
/** The HTTP status of an Octokit error, or null for anything else. */
export function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

/** GitHub's own message of an Octokit error (never holds the token). */
export function messageOf(error: unknown): string {
  const data = (error as { response?: { data?: { message?: unknown } } } | null)?.response?.data;
  if (typeof data?.message === 'string') return data.message;
  return error instanceof Error ? error.message : String(error);
}
