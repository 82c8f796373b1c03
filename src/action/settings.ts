import * as core from '@actions/core';
import { parseBoolean, parseNumber } from '../app/input-values.js';
import { runnerMasks } from './runner-output.js';

// The one file of the Action that talks to the runner's input and output protocol: every input name and every
// output name is here, so a rename is one edit and a reader finds the Action's interface in one place. The
// parsers are the use cases' (app/input-values.ts), shared with the CLI.

export const Inputs = {
  accessToken: 'access-token',
  alert: 'alert',
  allowAgentToReadCredentials: 'allow-agent-to-read-credentials',
  allowBranchScope: 'allow-branch-scope',
  allowPublicRepository: 'allow-public-repository',
  allowUntrustedEvents: 'allow-untrusted-events',
  apiKey: 'api-key',
  authJson: 'auth-json',
  codexArgs: 'codex-args',
  codexConfig: 'codex-config',
  codexHome: 'codex-home',
  codexUser: 'codex-user',
  codexVersion: 'codex-version',
  commandTimeout: 'command-timeout',
  fixSandbox: 'fix-sandbox',
  githubToken: 'github-token',
  key: 'key',
  lanes: 'lanes',
  lock: 'lock',
  lockTimeout: 'lock-timeout',
  model: 'model',
  prompt: 'prompt',
  promptFile: 'prompt-file',
  readCommand: 'read-command',
  runTimeout: 'run-timeout',
  sandbox: 'sandbox',
  secretName: 'secret-name',
  secretScope: 'secret-scope',
  secretVisibility: 'secret-visibility',
  stateDir: 'state-dir',
  store: 'store',
  stream: 'stream',
  streams: 'streams',
  usageWarningPercent: 'usage-warning-percent',
  waitForReset: 'wait-for-reset',
  workingDirectory: 'working-directory',
  writeCommand: 'write-command',
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];

/** The raw text of an input ('' when not given); `required` fails with the runner's own message. */
export function readInput(name: InputName, options?: { required: boolean }): string {
  return core.getInput(name, options);
}

/** true/True/TRUE, false/False/FALSE (as getBooleanInput), empty = false; anything else fails naming the input. */
export function readBoolean(name: InputName): boolean {
  return parseBoolean(readInput(name), `input ${name}`);
}

export function readSeconds(name: InputName, fallback: number, min: number, max: number): number {
  const text = readInput(name);
  return text === '' ? fallback : parseNumber(text, `input ${name}`, { min, max, unit: 'of seconds' });
}

export function readNumber(name: InputName, fallback: number, min: number, max: number): number {
  const text = readInput(name);
  return text === '' ? fallback : parseNumber(text, `input ${name}`, { min, max });
}

/** Outputs never carry a token: each value is redacted on the way out (the runner's masks cover only its log). */
export function setOutputs(outputs: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, runnerMasks.redact(value));
}
