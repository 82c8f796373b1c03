// Apart from create-store.ts (which imports each backend when chosen) so that the CLI's help can list the kinds
// without bundling the backends with it.
export const STORE_KINDS = ['file', 'git-ref', 'github-secret', 'cache', 'command'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];
