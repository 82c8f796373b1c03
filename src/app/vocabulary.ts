import type { SealInputNames } from '../core/seal-request.js';

// How a front end spells each input, handed to the use cases once: a use case names the input at fault in the
// user's own words (`input lanes` in the Action, `--lanes` in the CLI) without knowing which front end called it.

export interface Vocabulary {
  /** Who the user is talking to, for messages that say where to go: `the Action` or `the CLI`. */
  readonly frontEnd: 'action' | 'cli';
  readonly lanes: string;
  readonly waitForReset: string;
  readonly usageWarningPercent: string;
  readonly streams: string;
  readonly alert: string;
  /** Where a token lane's secret comes from. */
  readonly apiKey: string;
  readonly accessToken: string;
  /** The seal's inputs (sandbox, opt-in, config), used by seal/seal-config.ts's messages. */
  readonly seal: SealInputNames;
}

export const ACTION_VOCABULARY: Vocabulary = {
  frontEnd: 'action',
  lanes: 'input lanes',
  waitForReset: 'input wait-for-reset',
  usageWarningPercent: 'input usage-warning-percent',
  streams: 'input streams',
  alert: 'input alert',
  apiKey: 'input api-key',
  accessToken: 'input access-token',
  seal: {
    sandbox: 'input sandbox',
    codexArgs: 'input codex-args',
    codexConfig: 'input codex-config',
    optIn: 'input allow-agent-to-read-credentials',
    fixNamespaces: 'input fix-sandbox',
    codexVersion: 'set input codex-version to 0.149.0 or later',
    codexUser: 'input codex-user',
  },
};

export const CLI_VOCABULARY: Vocabulary = {
  frontEnd: 'cli',
  lanes: '--lanes',
  waitForReset: '--wait-for-reset',
  usageWarningPercent: '--usage-warning-percent',
  streams: '--streams',
  alert: '--alert',
  apiKey: 'CODEX_API_KEY',
  accessToken: 'CODEX_ACCESS_TOKEN',
  // The CLI takes the sandbox from the Codex arguments (`-- --sandbox workspace-write ...`).
  seal: {
    sandbox: '--sandbox in the codex arguments',
    codexArgs: 'the codex arguments',
    codexConfig: '--codex-config',
    optIn: '--allow-agent-to-read-credentials',
    fixNamespaces: '--fix-sandbox',
    codexVersion: 'install a newer @openai/codex, or pass --codex',
    codexUser: '--codex-user',
  },
};
