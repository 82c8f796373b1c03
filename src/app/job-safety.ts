import { UsageError } from '../core/errors.js';
import {
  type EventContext,
  readRunContext,
  repositoryVisibility,
  type Visibility,
} from '../github/run-context.js';

// OpenAI's CI/CD auth guide: "Do not use this workflow for public or open-source repositories." A ChatGPT login
// in a job that runs untrusted code (a fork's pull request with the repository's secrets) can be stolen by it.

export const OPENAI_PUBLIC_REPO_WARNING = 'Do not use this workflow for public or open-source repositories';

/** Why this event may run untrusted code with the repository's secrets, or null when it does not. */
export function untrustedEventReason(event: EventContext): string | null {
  const own = event.repository.toLowerCase();
  const nameOf = (repo: unknown) =>
    typeof (repo as { full_name?: unknown } | null)?.full_name === 'string'
      ? String((repo as { full_name: string }).full_name).toLowerCase()
      : null;
  switch (event.name) {
    case 'pull_request_target':
      return "pull_request_target runs with the repository's secrets on behalf of a pull request that anyone can open";
    case 'pull_request': {
      const head = nameOf(
        (event.payload.pull_request as { head?: { repo?: unknown } } | undefined)?.head?.repo,
      );
      return head !== own ? `this pull_request comes from a fork (${head ?? 'a deleted repository'})` : null;
    }
    case 'workflow_run': {
      const head = nameOf(
        (event.payload.workflow_run as { head_repository?: unknown } | undefined)?.head_repository,
      );
      return head !== null && head !== own ? `this workflow_run was triggered by a fork (${head})` : null;
    }
    default:
      return null;
  }
}

/** Throws (before anything is restored) when the job must not hold a ChatGPT login, naming the input to allow it. */
export function assertSafeToRun(
  event: EventContext,
  visibility: Visibility | null,
  allow: { publicRepository: boolean; untrustedEvents: boolean },
): void {
  const untrusted = untrustedEventReason(event);
  if (untrusted && !allow.untrustedEvents) {
    throw new UsageError(
      `refusing to restore a ChatGPT login: ${untrusted}, so code you did not review could read the login. Run this on trusted events (push, schedule, workflow_dispatch, pull_request from this repository), or set allow-untrusted-events: true if you accept that risk.`,
    );
  }
  if (visibility === 'public' && !allow.publicRepository) {
    throw new UsageError(
      `refusing to restore a ChatGPT login in public repository ${event.repository}: OpenAI's guide says "${OPENAI_PUBLIC_REPO_WARNING}". Use an API key (input api-key) there, or set allow-public-repository: true if you accept that risk.`,
    );
  }
  if (visibility === null && !allow.publicRepository) {
    throw new UsageError(
      `cannot tell whether ${event.repository} is public (the event has no repository visibility and the API did not say): set allow-public-repository: true to run anyway, or give github-token read access to the repository.`,
    );
  }
}

/** Refuses public repositories and untrusted events before anything is restored. */
export async function refuseUnsafeJobs(
  allow: { allowPublicRepository: boolean; allowUntrustedEvents: boolean },
  githubToken: string,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const event = readRunContext(env);
  const visibility = allow.allowPublicRepository ? null : await repositoryVisibility(event, githubToken, env);
  assertSafeToRun(event, visibility, {
    publicRepository: allow.allowPublicRepository,
    untrustedEvents: allow.allowUntrustedEvents,
  });
}
