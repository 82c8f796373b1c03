import type { Command } from 'commander';
import { resolveCodex } from '../../codex/resolve-codex.js';
import type { Kit } from '../kit.js';
import { addStoreOptions, parseStoreFlags, type StoreOptionValues } from '../options.js';
import { readConfigFileArgument } from '../seed-source.js';

interface RevokeOptions extends StoreOptionValues {
  force?: boolean;
  codex?: string;
  codexConfig?: string;
}

export function registerRevoke(program: Command, kit: Kit, setExit: (code: number) => void): void {
  const command = program
    .command('revoke')
    .summary('disconnect a stream: sign its session out at OpenAI and remove it and its lock from the store')
    .description(
      "Signs the stream's ChatGPT session out with Codex's own logout (which revokes the refresh token), then removes the stream and its lock from the store. Refuses while the lock is held unless --force.",
    )
    .option('--force', 'take the stream even while its lock is held (the holder is known to be gone)')
    .option('--codex <path>', 'the codex executable (default: codex on PATH)')
    .option('--codex-config <file>', 'config.toml for the private CODEX_HOME');
  addStoreOptions(command).action(async (options: RevokeOptions) => {
    const json = options.json === true;
    try {
      const flags = parseStoreFlags(options, kit.env);
      const log = kit.logger(flags.verbose);
      const [{ createCliContext }, { revokeStream }] = await Promise.all([
        import('../cli-context.js'),
        import('../../ops/revoke-stream.js'),
      ]);
      const ctx = await createCliContext(flags, kit.env, log, kit.redactor);
      const result = await revokeStream(ctx, {
        codexPath: await resolveCodex(options.codex, kit.env),
        codexConfig: options.codexConfig
          ? await readConfigFileArgument(options.codexConfig, '--codex-config')
          : undefined,
        baseEnv: kit.env,
        force: options.force === true,
        onOutput: (line) => log.debug(line),
      });
      if (json) kit.json(result);
      else
        kit.out(
          `stream "${result.stream}" disconnected: ${result.signedOut ? 'its session was signed out at OpenAI (the refresh token is revoked)' : 'it held no login'}, and it was removed from ${ctx.store.location} with its lock.\n`,
        );
      setExit(0);
    } catch (error) {
      setExit(kit.fail(error, json));
    }
  });
}
