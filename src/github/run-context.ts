import { readFileSync } from 'node:fs';

/** The event a job runs for, as the runner describes it (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_REPOSITORY). */
export interface EventContext {
  readonly name: string;
  readonly payload: Record<string, unknown>;
  readonly repository: string;
}

/** Everything this product takes from the runner's event file, read once per job step. */
export interface RunContext extends EventContext {
  /** The repository's default branch as the payload tells it (every event that has a repository carries it). */
  readonly defaultBranch: string | null;
}

export type Visibility = 'public' | 'private' | 'internal';

// The inputs (cache store: default branch) and the safety check (fork pull requests, visibility) both need the
// payload; it is read from disk once per environment object and event path. Keyed by the env object rather than
// held globally so that tests, which pass their own environment, never see another test's payload.
const cache = new WeakMap<NodeJS.ProcessEnv, { path: string; context: RunContext }>();

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const path = env.GITHUB_EVENT_PATH ?? '';
  const cached = cache.get(env);
  if (cached && cached.path === path) return cached.context;
  const payload = readPayload(path);
  const branch = (payload.repository as { default_branch?: unknown } | undefined)?.default_branch;
  const context: RunContext = {
    name: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repository: env.GITHUB_REPOSITORY ?? '',
    defaultBranch: typeof branch === 'string' && branch !== '' ? branch : null,
  };
  cache.set(env, { path, context });
  return context;
}

/** An absent or unreadable event file reads as an empty payload: every caller treats "unknown" safely. */
function readPayload(path: string): Record<string, unknown> {
  if (path === '') return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** Visibility as the event payload tells it, or null when the payload does not say. */
export function visibilityFromPayload(payload: Record<string, unknown>): Visibility | null {
  const repo = payload.repository as { private?: unknown; visibility?: unknown } | undefined;
  if (repo?.visibility === 'public' || repo?.visibility === 'private' || repo?.visibility === 'internal') {
    return repo.visibility;
  }
  if (typeof repo?.private === 'boolean') return repo.private ? 'private' : 'public';
  return null;
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
    // Loaded here, not at start-up: most payloads carry the visibility, and then no client is needed at all.
    const { createOctokit } = await import('./octokit.js');
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
