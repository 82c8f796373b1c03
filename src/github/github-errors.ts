import { type CodexAuthError, InternalError, isCodexAuthError, UsageError } from '../core/errors.js';

export const EMPTY_REPOSITORY_FIX =
  'Push a first commit to any branch of the repository (for example `git commit --allow-empty -m "first commit" && git push`), then run again';

/** The repository has no branches: GitHub refuses every git database call (409 "Git Repository is empty."). */
export class EmptyRepositoryError extends UsageError {
  readonly fix = EMPTY_REPOSITORY_FIX;
}

/** By its fix, not `instanceof`: each of the CLI's bundles has its own copy of this class. */
export function isEmptyRepositoryError(error: unknown): error is EmptyRepositoryError {
  return isCodexAuthError(error) && (error as Partial<EmptyRepositoryError>).fix === EMPTY_REPOSITORY_FIX;
}

/**
 * Turns a GitHub API failure into a message that names what to change. `needs` is the permission the call
 * needed, as it is written in a workflow (`contents: write`, `actions: read`).
 */
export function explainGitHubError(error: unknown, doing: string, needs: string): CodexAuthError {
  const status = statusOf(error);
  const said = messageOf(error);
  if (status === 409 && /repository is empty/i.test(said)) {
    return new EmptyRepositoryError(
      `the repository has no branches yet (GitHub answered 409 "${said}" to ${callOf(error)} while ${doing}): GitHub keeps no refs, so no git-ref store or lock, in a repository without branches. ${EMPTY_REPOSITORY_FIX}.`,
    );
  }
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
  if (status === 422) {
    // Every 422 the product expects (a lost compare-and-swap, a ref that exists) is recognised by its caller
    // before it gets here; any other one is GitHub refusing the request as sent, which retrying cannot change.
    return new InternalError(
      `GitHub refused ${callOf(error)} while ${doing} (422 Unprocessable Entity: "${said}"). This is not a transient failure and was not retried; if the message does not say what to change, report it with this line.`,
      { cause: error },
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

/** "POST /repos/o/r/git/refs": the method and path of the failed request (Octokit keeps them; no token in either). */
export function callOf(error: unknown): string {
  const request = (error as { request?: { method?: unknown; url?: unknown } } | null)?.request;
  if (typeof request?.method !== 'string' || typeof request.url !== 'string') return 'a request';
  let path = request.url;
  try {
    path = new URL(request.url).pathname;
  } catch {
    // a relative URL is already a path
  }
  return `${request.method} ${decodeURIComponent(path)}`;
}
