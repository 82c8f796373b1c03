// The one text of the reseed command that alerts print: keep-fresh's issue and a dead fallback lane's alert said it
// in two copies, one with --repo and one without.

export interface ReseedTarget {
  readonly stream: string;
  readonly store: string;
  /** OWNER/NAME, when the store or the lock lives in a repository. */
  readonly repository?: string | undefined;
}

export function reseedCommand(target: ReseedTarget): string {
  const repo = target.repository ? ` --repo ${target.repository}` : '';
  return `codex-auth seed --force --store ${target.store}${repo} --stream ${target.stream} --auth-file ~/.codex/auth.json`;
}
