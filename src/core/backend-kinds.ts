// The names of the store and lock backends: what a user may choose, read by the front ends (help, checks), the
// store settings (which lock goes with which store) and the factories, without a folder importing another's.
export const STORE_KINDS = ['file', 'git-ref', 'github-secret', 'cache', 'command'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export const LOCK_KINDS = ['file', 'git-ref', 'none'] as const;
export type LockKind = (typeof LOCK_KINDS)[number];

/** How long a `restore` lease outlives its process when no `persist` comes (the front ends' default). */
export const DEFAULT_RESTORE_LEASE_MS = 6 * 60 * 60 * 1000;

/**
 * Which repositories of an organization may use an organization secret (GitHub's `visibility`). Chosen only when the
 * secret is created; an existing secret's visibility and selected repositories are kept on every write.
 */
export const ORG_VISIBILITIES = ['selected', 'private', 'all'] as const;
export type OrgVisibility = (typeof ORG_VISIBILITIES)[number];
/** Only the repository that runs the job: a ChatGPT login is no business of the organization's other repositories. */
export const DEFAULT_ORG_VISIBILITY: OrgVisibility = 'selected';
