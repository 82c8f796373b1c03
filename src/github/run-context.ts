import { readFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import type { EventContext, Visibility } from '../action/safety.js';
import { visibilityFromPayload } from '../action/safety.js';
import { createOctokit } from './octokit.js';

/** The event this job runs for, from the runner's GITHUB_EVENT_NAME / GITHUB_EVENT_PATH / GITHUB_REPOSITORY. */
export async function readEventContext(env: NodeJS.ProcessEnv): Promise<EventContext> {
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(await fs.readFile(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  return { name: env.GITHUB_EVENT_NAME ?? '', payload, repository: env.GITHUB_REPOSITORY ?? '' };
}

/** Visibility from the payload, else from the API; null when neither can tell. */
export async function repositoryVisibility(
  event: EventContext,
  token: string,
  env: NodeJS.ProcessEnv,
): Promise<Visibility | null> {
  const fromPayload = visibilityFromPayload(event.payload);
  if (fromPayload) return fromPayload;
  const [owner, repo] = event.repository.split('/');
  if (!owner || !repo) return null;
  try {
    const { data } = await createOctokit({ token, baseUrl: env.GITHUB_API_URL }).rest.repos.get({
      owner,
      repo,
    });
    if (data.visibility === 'public' || data.visibility === 'private' || data.visibility === 'internal') {
      return data.visibility;
    }
    return data.private ? 'private' : 'public';
  } catch {
    return null;
  }
}

/** The repository's default branch as the event payload tells it (every event that has a repository carries it). */
export function defaultBranchFromEvent(env: NodeJS.ProcessEnv): string | null {
  if (!env.GITHUB_EVENT_PATH) return null;
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      repository?: { default_branch?: unknown };
    };
    const branch = payload.repository?.default_branch;
    return typeof branch === 'string' && branch !== '' ? branch : null;
  } catch {
    return null;
  }
}
