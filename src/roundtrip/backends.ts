import type { Logger } from '../core/logger.js';
import { UsageError } from '../core/errors.js';
import { GitRefs } from '../github/git-refs.js';
import { createOctokit, type GitHubClient } from '../github/octokit.js';
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
export function createBackends(
  settings: StoreSettings,
  lockKind: LockKind,
  env: NodeJS.ProcessEnv,
  log: Logger,
): { store: Store; lock: StreamLock } {
  let client: GitHubClient | null = null;
  let git: GitRefs | null = null;
  const target = () => {
    if (!settings.github) {
      throw new UsageError(
        'the git-ref store and lock need a repository and a token: pass --repo OWNER/NAME and set GITHUB_TOKEN (in the Action: github-token).',
      );
    }
    return settings.github;
  };
  const clientOf = () => (client ??= createOctokit({ token: target().token, baseUrl: target().apiUrl }));
  const gitOf = () => (git ??= new GitRefs(clientOf(), target().repository));
  return {
    store: withHistory(createStore(settings, { git: gitOf, client: clientOf, log, env }), settings),
    lock: createLock(lockKind, settings, { git: gitOf, client: clientOf, run: currentWorkflowRun(env), log }),
  };
}
