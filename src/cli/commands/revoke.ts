import { resolveCodex } from '../../app/front-end.js';
import { revokeStream } from '../../app/revoke-stream.js';
import type { CommandInput } from '../args/spec.js';
import type { OptionsOf } from '../command-table.js';
import { createCliContext } from '../cli-context.js';
import type { Kit } from '../kit.js';
import { parseStoreFlags } from '../options.js';
import { readConfigFileArgument } from '../seed-source.js';

export async function run(input: CommandInput<OptionsOf<'revoke'>>, kit: Kit): Promise<number> {
  const options = input.values;
  const flags = parseStoreFlags(options, kit.env);
  const log = kit.logger(flags.verbose);
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
  if (flags.json) kit.json(result);
  else
    kit.out(
      `stream "${result.stream}" disconnected: ${result.signedOut ? 'its session was signed out at OpenAI (the refresh token is revoked)' : 'it held no login'}, and it was removed from ${ctx.store.location} with its lock.\n`,
    );
  return 0;
}
