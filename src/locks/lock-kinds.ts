// Apart from create-lock.ts (which imports each backend when chosen) so that the CLI's help can list the kinds
// without bundling the backends with it.
export const LOCK_KINDS = ['file', 'git-ref', 'none'] as const;
export type LockKind = (typeof LOCK_KINDS)[number];
