// Apart from key.ts (and node:crypto) so that naming the variable in help texts loads no cryptography.
export const KEY_ENV = 'CODEX_AUTH_KEY';
