import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseShellWords } from 'shell-quote';
import { UsageError } from '../core/errors.js';
import type { SeedSource } from '../app/round-trip-context.js';
import { readPromptFile } from '../app/input-files.js';
import { resolveStreamSettings } from '../app/stream-settings.js';
import { readSealRequest } from './seal-inputs.js';
import { tokensClaimedByLanes } from './lane-inputs.js';
import type { ActionSettings, CredentialMode, SecretInputs, StreamSettings } from './input-types.js';
import { Inputs, readBoolean, readInput, readSeconds } from './settings.js';

// Every input is read here or in the other readers below, once, into readonly settings; all go through settings.ts,
// the one file that calls getInput.

export type { ActionSettings, CredentialMode, SecretInputs, StreamSettings } from './input-types.js';

export const DEFAULT_CODEX_VERSION = '0.169.0';

export function readSecretInputs(): SecretInputs {
  return {
    key: readInput(Inputs.key),
    authJson: readInput(Inputs.authJson),
    accessToken: readInput(Inputs.accessToken),
    apiKey: readInput(Inputs.apiKey),
    githubToken: readInput(Inputs.githubToken),
  };
}

/** The store, stream and lock inputs every entry shares. */
export function readStreamSettings(
  env: NodeJS.ProcessEnv,
  secrets: Pick<SecretInputs, 'githubToken' | 'authJson'>,
  /** keep-fresh names its streams itself (input `streams`). */
  streamName: string = readInput(Inputs.stream) || 'default',
): StreamSettings {
  const lockInput = readInput(Inputs.lock) || 'auto';
  const { store, lock } = resolveStreamSettings(
    {
      stream: streamName,
      store: readInput(Inputs.store) || 'git-ref',
      lock: lockInput === 'auto' ? undefined : lockInput,
      onGitHub: true,
      stateDir: readInput(Inputs.stateDir) || undefined,
      // On GitHub the repository itself holds the stream; the workflow's own token writes it.
      github: () => ({
        repository: env.GITHUB_REPOSITORY ?? '',
        repositoryName: 'GITHUB_REPOSITORY',
        token: secrets.githubToken,
        apiUrl: env.GITHUB_API_URL || undefined,
      }),
      secretName: readInput(Inputs.secretName) || undefined,
      secretScope: readInput(Inputs.secretScope) || 'repo',
      secretVisibility: readInput(Inputs.secretVisibility),
      secretValue: secrets.authJson,
      readCommand: readInput(Inputs.readCommand) || undefined,
      writeCommand: readInput(Inputs.writeCommand) || undefined,
      commandTimeoutMs: () => readSeconds(Inputs.commandTimeout, 60, 1, 3600) * 1000,
      allowBranchScope: readBoolean(Inputs.allowBranchScope),
      names: {
        stateDir: 'input state-dir',
        secretName: 'input secret-name',
        secretScope: 'input secret-scope',
        secretVisibility: 'input secret-visibility',
        readCommand: 'input read-command',
        writeCommand: 'input write-command',
      },
      wrapKindError: {
        store: (error) => new UsageError(`input store: ${error.message}`),
        lock: (value) => new UsageError(`input lock must be auto, git-ref, file or none, not "${value}".`),
      },
    },
    env,
  );
  return { store, lock, lockTimeoutMs: readSeconds(Inputs.lockTimeout, 600, 0, 86_400) * 1000 };
}

/** The seed a stream entry passes on: auth-json, except for the github-secret store, where it is the store's value. */
export function seedFromInputs(settings: StreamSettings, secrets: SecretInputs): SeedSource | undefined {
  if (!secrets.authJson || settings.store.kind === 'github-secret') return undefined;
  return {
    raw: secrets.authJson,
    origin: 'input auth-json',
    // The Action reads no file for the login: the secret must hold the content itself.
    pathHint:
      'store the content of that file in the secret (for example `gh secret set CODEX_AUTH_JSON < ~/.codex/auth.json`) and pass it as auth-json',
  };
}

export async function readActionSettings(
  secrets: SecretInputs,
  env: NodeJS.ProcessEnv,
): Promise<ActionSettings> {
  // A token that input lanes names is a fallback lane's secret, not the job's credential mode.
  const claimed = tokensClaimedByLanes();
  const accessToken = claimed.has('access-token') ? '' : secrets.accessToken;
  const apiKey = claimed.has('api-key') ? '' : secrets.apiKey;
  const modes = [
    secrets.authJson || secrets.key ? 'auth-json/key' : null,
    accessToken ? 'access-token' : null,
    apiKey ? 'api-key' : null,
  ].filter((mode): mode is string => mode !== null);
  if (modes.length > 1) {
    throw new UsageError(
      `inputs ${modes.join(' and ')} are mutually exclusive: use a ChatGPT stream (key, auth-json), or access-token, or api-key.`,
    );
  }
  const mode: CredentialMode = accessToken ? 'access-token' : apiKey ? 'api-key' : 'stream';
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const codexConfig = readInput(Inputs.codexConfig);
  return {
    ...readStreamSettings(env, secrets),
    mode,
    codexExecArgs: await readCodexExecArgs(workspace),
    codexConfig: codexConfig === '' ? undefined : codexConfig,
    workingDirectory: await checkWorkingDirectory(
      path.resolve(workspace, readInput(Inputs.workingDirectory) || '.'),
    ),
    codexVersion: readInput(Inputs.codexVersion) || DEFAULT_CODEX_VERSION,
    allowPublicRepository: readBoolean(Inputs.allowPublicRepository),
    allowUntrustedEvents: readBoolean(Inputs.allowUntrustedEvents),
    seal: readSealRequest(),
    // The CLI's --run-timeout default, for the same reason (src/cli/shared-options.ts).
    runTimeoutMs: readSeconds(Inputs.runTimeout, 3600, 1, 86_400) * 1000,
  };
}

/** `codex exec` arguments: model, the user's extra arguments, then the prompt (the sandbox is the profile's). */
async function readCodexExecArgs(workspace: string): Promise<string[]> {
  const prompt = readInput(Inputs.prompt);
  const promptFile = readInput(Inputs.promptFile);
  if (prompt && promptFile)
    throw new UsageError('inputs prompt and prompt-file are mutually exclusive: give one.');
  if (!prompt && !promptFile)
    throw new UsageError('input prompt (or prompt-file) is required: what should Codex do?');
  const text = promptFile
    ? await readPromptFile(path.resolve(workspace, promptFile), 'input prompt-file')
    : prompt;
  const model = readInput(Inputs.model);
  return [
    ...(model ? ['--model', model] : []),
    ...parseCodexArgs(readInput(Inputs.codexArgs)),
    // The prompt goes last, after `--`, so a prompt starting with "-" is never taken for a flag.
    '--',
    text,
  ];
}

/** A JSON array of strings, or a string split with shell-like quoting (no operators, no expansion). */
export function parseCodexArgs(value: string): string[] {
  const text = value.trim();
  if (text === '') return [];
  if (text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new UsageError('input codex-args starts with "[" but is not a JSON array of strings.');
    }
    if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) {
      throw new UsageError(
        'input codex-args must be a JSON array of strings, e.g. ["--full-auto", "-c", "x=1"].',
      );
    }
    return parsed;
  }
  const words = parseShellWords(text, (name) => `$${name}`);
  if (!words.every((word) => typeof word === 'string')) {
    throw new UsageError(
      'input codex-args contains a shell operator (|, &, ;, >, <, a comment...): it is split into words, never run by a shell. Quote the character or use a JSON array.',
    );
  }
  return words as string[];
}

/** Codex would fail later with a less clear message; the input is named here instead. */
async function checkWorkingDirectory(dir: string): Promise<string> {
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) {
    throw new UsageError(
      `input working-directory ${dir} ${stat ? 'is not a directory' : 'does not exist'}: give a directory of the checked-out workspace (relative to GITHUB_WORKSPACE), or leave it empty.`,
    );
  }
  return dir;
}
