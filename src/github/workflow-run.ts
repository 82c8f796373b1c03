import type { GitHubClient } from './octokit.js';
import { statusOf } from './github-errors.js';

/** A GitHub Actions run: a lock holder records it, and its status tells whether the holder is gone. */
export interface WorkflowRunRef {
  readonly repository: string;
  readonly id: number;
  readonly attempt: number;
  readonly job: string | null;
  readonly url: string;
}

/** The run this process belongs to, when it runs inside GitHub Actions. */
export function currentWorkflowRun(env: NodeJS.ProcessEnv): WorkflowRunRef | undefined {
  const id = Number(env.GITHUB_RUN_ID);
  if (env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_REPOSITORY || !Number.isSafeInteger(id) || id <= 0) {
    return undefined;
  }
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    repository: env.GITHUB_REPOSITORY,
    id,
    attempt: Number(env.GITHUB_RUN_ATTEMPT) || 1,
    job: env.GITHUB_JOB || null,
    url: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${id}`,
  };
}

export type RunLiveness = 'active' | 'gone' | 'unknown';

/**
 * Whether a run is still going: `completed` or 404 (deleted) means its holder is gone; 403 (no `actions: read`)
 * or any other failure means we cannot tell, and the caller falls back to the lease.
 */
export async function runLiveness(client: GitHubClient, run: WorkflowRunRef): Promise<RunLiveness> {
  const [owner, repo] = run.repository.split('/');
  if (!owner || !repo) return 'unknown';
  try {
    const { data } = await client.rest.actions.getWorkflowRun({ owner, repo, run_id: run.id });
    // A re-run keeps the run id with a higher attempt: the attempt that took the lock is over.
    if ((data.run_attempt ?? run.attempt) > run.attempt) return 'gone';
    return data.status === 'completed' ? 'gone' : 'active';
  } catch (error) {
    return statusOf(error) === 404 ? 'gone' : 'unknown';
  }
}
