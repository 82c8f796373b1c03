import { type DeviceLoginRequest, seed } from '../../app/seed.js';
import { UsageError } from '../../core/errors.js';
import type { CommandInput } from '../args/spec.js';
import type { OptionsOf } from '../command-table.js';
import { createCliContext } from '../cli-context.js';
import type { Kit } from '../kit.js';
import { parseStoreFlags } from '../options.js';
import { SEED_ENV } from '../shared-options.js';
import { readConfigFileArgument, readSeedSource } from '../seed-source.js';

export async function run(input: CommandInput<OptionsOf<'seed'>>, kit: Kit): Promise<number> {
  const options = input.values;
  const flags = parseStoreFlags(options, kit.env);
  const log = kit.logger(flags.verbose);
  const ctx = await createCliContext(flags, kit.env, log, kit.redactor);
  const source = options.login
    ? { login: loginRequest(options, kit) }
    : await readSeedSource(
        options.authFile,
        kit.env,
        kit.redactor,
        flags.store.kind !== 'github-secret',
        '--auth-file',
        log,
      );
  if (!source)
    throw new UsageError(`seed needs --auth-file FILE (for example ~/.codex/auth.json) or ${SEED_ENV}.`);
  const { origin, ...result } = await seed(
    ctx,
    { source, force: options.force === true, lockTimeoutMs: flags.lockTimeoutMs },
    kit.env,
  );
  if (flags.json) {
    kit.json(result);
  } else {
    kit.out(
      `stored the login from ${origin} in stream "${result.stream}" (${ctx.store.location}) as generation ${result.generation}${result.replaced === null ? '' : `, replacing generation ${result.replaced}`}; fingerprint ${result.fingerprint}.\n`,
    );
    log.info(followUp(flags.store.kind, result.stream, options.login === true));
  }
  return 0;
}

/** A fresh login made for this seed only: shown the device code, and never touching the user's own ~/.codex. */
function loginRequest(options: OptionsOf<'seed'>, kit: Kit): DeviceLoginRequest {
  if (options.authFile)
    throw new UsageError('--login and --auth-file are mutually exclusive: sign in, or store a file.');
  const config = options.codexConfig;
  return {
    codex: options.codex,
    readConfig: async () =>
      config === undefined ? undefined : readConfigFileArgument(config, '--codex-config'),
    issuer: options.loginIssuer,
    onOutput: (line) => kit.io.stderr(`${kit.redactor.redact(line)}\n`),
  };
}

/** What the user must do next, so the first job of the stream works. */
function followUp(store: string, stream: string, loggedIn: boolean): string {
  const steps = [
    'Next: keep CODEX_AUTH_KEY in your CI secrets (e.g. `gh secret set CODEX_AUTH_KEY`); every job of this stream needs it.',
    store === 'git-ref'
      ? 'Give the workflow `permissions: contents: write` (and `actions: read`), and use store: git-ref with the same stream.'
      : store === 'github-secret'
        ? 'The workflow needs a fine-grained token with secrets and variables write as github-token.'
        : `Use store: ${store} with stream: ${stream} in the workflow.`,
    loggedIn
      ? 'This login exists only in the stream now.'
      : 'Do not use this auth.json anywhere else now (another copy refreshing would kill the stream); sign in again if you need Codex on this machine.',
  ];
  return steps.join(' ');
}
