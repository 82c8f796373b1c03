// Apart from seed-source.ts (and its file checks) so that naming the variable in help texts loads no file code.
export const SEED_ENV = 'CODEX_AUTH_JSON';
