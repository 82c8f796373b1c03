// The one place that wires backends for a process (the composition root): the front ends' contexts
// (action/action-context.ts, cli/cli-context.ts) and the CLI's status, history, doctor and unlock get their store
// and lock here.

import type { Logger } from '../core/logger.js';
import { UsageError } from '../core/errors.js';
import { GitRefs } from '../github/git-refs.js';
import { RefHandoff } from '../github/ref-handoff.js';
import type { GitHubClient } from '../github/octokit.js';
import { currentWorkflowRun } from '../github/workflow-run.js';
import { createLock, type LockKind } from '../locks/create-lock.js';
import type { StreamLock } from '../locks/lock.js';
import { createStore, type StoreSettings } from '../stores/create-store.js';
import type { Store } from '../stores/store.js';
import { withAuditLog } from '../stores/audit-log.js';

/** The file store keeps only two envelopes; its audit log keeps who wrote the stream before (history). */
function withHistory(store: Store, settings: StoreSettings): Store {
  return settings.kind === 'file' ? withAuditLog(store, settings.stateDir) : store;
}

/** The store and lock a front end asked for, sharing one GitHub client when they need one. */
export async function createBackends(
  settings: StoreSettings,
  lockKind: LockKind,
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<{ store: Store; lock: StreamLock }> {
  const target = () => {
    if (!settings.github) {
      throw new UsageError(
        'the git-ref store and lock need a repository and a token: pass --repo OWNER/NAME and set GITHUB_TOKEN (in the Action: github-token).',
      );
    }
    return settings.github;
  };
  // Octokit (with its plugins) is loaded only when the store or the lock lives on GitHub.
  const onGitHub = settings.kind === 'git-ref' || settings.kind === 'github-secret' || lockKind === 'git-ref';
  const octokit = onGitHub ? await import('../github/octokit.js') : null;
  let client: GitHubClient | null = null;
  let git: GitRefs | null = null;
  const clientOf = () => {
    if (!octokit) throw new Error('internal: a GitHub client was asked for by a backend not on GitHub');
    return (client ??= octokit.createOctokit({ token: target().token, baseUrl: target().apiUrl }));
  };
  const gitOf = () => (git ??= new GitRefs(clientOf(), target().repository));
  // The git-ref lock's one listing shows the git-ref store's refs too, when both serve this stream.
  const handoff = settings.kind === 'git-ref' && lockKind === 'git-ref' ? new RefHandoff() : undefined;
  return {
    store: withHistory(
      await createStore(settings, { git: gitOf, client: clientOf, log, env, handoff }),
      settings,
    ),
    lock: await createLock(lockKind, settings, {
      git: gitOf,
      client: clientOf,
      run: currentWorkflowRun(env),
      log,
      handoff,
    }),
  };
}
