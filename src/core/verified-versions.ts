// Apart from resolve-codex.ts (and node:child_process) so that the CLI's help can name them without loading it.
/** Codex versions whose auth.json handling was checked against notes/codex-cli-auth-facts.md. */
export const VERIFIED_CODEX_VERSIONS: readonly string[] = ['0.169.0', '0.171.0'];
