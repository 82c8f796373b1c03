import { ExitCode } from '../core/errors.js';
import { type LaneSpec, laneName } from '../core/lane-spec.js';
import type { Logger } from '../core/logger.js';
import { currentWorkflowRun } from '../github/workflow-run.js';
import type { RoundTripResult } from '../roundtrip/result.js';
import type { KeepFreshRow } from './keep-fresh.js';
import { reseedCommand } from './reseed.js';

/** Where the alert goes: the job's repository, with a token that may open issues. */
export interface LaneAlertTarget {
  readonly githubToken: string;
  readonly storeKind: string;
  readonly env: NodeJS.ProcessEnv;
  readonly log: Logger;
}

/** keep-fresh's reseed alert, for a fallback lane whose login turned out dead. */
export async function raiseLaneAlert(
  lane: LaneSpec,
  result: RoundTripResult,
  target: LaneAlertTarget,
): Promise<void> {
  if (lane.kind !== 'stream') return;
  const repository = target.env.GITHUB_REPOSITORY ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  const row: KeepFreshRow = {
    stream: lane.stream,
    healthy: false,
    refreshed: false,
    persisted: false,
    generation: result.generation,
    lastRefresh: result.lastRefreshAfter,
    accessTokenExpiresAt: result.accessTokenExpiresAt,
    nextRefresh: result.nextRefresh,
    lastWriter: null,
    exitCode: result.error?.exitCode ?? ExitCode.authUnusable,
    problem: result.error?.message ?? null,
    reseedNeeded: true,
    planUsage: result.planUsage,
    usageLimited: false,
    resetsAt: null,
  };
  // Loaded only when a dead lane raises an alert: the main step's start-up does not carry Octokit.
  const [{ createOctokit }, { syncAlert }] = await Promise.all([
    import('../github/octokit.js'),
    import('./alerts.js'),
  ]);
  const outcome = await syncAlert(
    createOctokit({ token: target.githubToken, baseUrl: target.env.GITHUB_API_URL }),
    { owner, repo },
    row,
    {
      runUrl: currentWorkflowRun(target.env)?.url ?? null,
      reseedCommand: reseedCommand({ stream: lane.stream, store: target.storeKind, repository }),
      now: new Date(),
    },
  );
  target.log.warn(
    `lane ${laneName(lane)}: the login is dead; reseed alert ${outcome.action === 'no-permission' ? `not raised: ${outcome.message}` : outcome.action}.`,
  );
}
