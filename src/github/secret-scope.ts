import { UsageError } from '../core/errors.js';
import type { Repository } from './git-refs.js';
import { DEFAULT_ORG_VISIBILITY, ORG_VISIBILITIES, type OrgVisibility } from '../core/backend-kinds.js';

/** Where a GitHub secret lives: the repository, one of its environments, or the organization. */
export type SecretScope = { kind: 'repo' } | { kind: 'env'; environment: string } | { kind: 'org' };

export function parseSecretScope(value: string, source: string): SecretScope {
  if (value === 'repo' || value === '') return { kind: 'repo' };
  if (value === 'org') return { kind: 'org' };
  const env = /^env:(.+)$/.exec(value);
  if (env?.[1]) return { kind: 'env', environment: env[1] };
  throw new UsageError(`${source} must be repo, env:NAME or org, not ${JSON.stringify(value)}.`);
}

export { DEFAULT_ORG_VISIBILITY, ORG_VISIBILITIES, type OrgVisibility };

export function parseOrgVisibility(value: string, source: string): OrgVisibility {
  if (value === '') return DEFAULT_ORG_VISIBILITY;
  if ((ORG_VISIBILITIES as readonly string[]).includes(value)) return value as OrgVisibility;
  throw new UsageError(
    `${source} must be selected (only this repository), private (the organization's private and internal repositories) or all, not ${JSON.stringify(value)}.`,
  );
}

export function describeScope(scope: SecretScope, repository: Repository): string {
  switch (scope.kind) {
    case 'repo':
      return `repository ${repository.owner}/${repository.repo}`;
    case 'env':
      return `environment ${scope.environment} of ${repository.owner}/${repository.repo}`;
    case 'org':
      return `organization ${repository.owner}`;
  }
}

/** The REST path prefix of a scope's secrets and variables (`/secrets/...`, `/variables/...` follow). */
export function scopePath(scope: SecretScope, repository: Repository): string {
  const repo = `/repos/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}`;
  switch (scope.kind) {
    case 'repo':
      return `${repo}/actions`;
    case 'env':
      return `${repo}/environments/${encodeURIComponent(scope.environment)}`;
    case 'org':
      return `/orgs/${encodeURIComponent(repository.owner)}/actions`;
  }
}
