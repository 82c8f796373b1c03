import { randomBytes } from 'node:crypto';
import { buildCodexEnv } from '../codex/codex-env.js';
import { createPrivateCodexHome, removeCodexHome, writeCodexConfig } from '../codex/codex-home.js';
import { probeSeal, type SealProbeResult } from '../codex/seal-probe.js';
import { silentLogger } from '../core/logger.js';
import { sealConfig, type SealInputNames } from '../core/seal-config.js';
import { writePrivateFileAtomic } from '../fs/secure-files.js';
import path from 'node:path';

const NAMES: SealInputNames = {
  sandbox: '--sandbox',
  codexArgs: 'the codex arguments',
  codexConfig: '--codex-config',
  optIn: '--allow-agent-to-read-credentials',
  fixNamespaces: '--fix-sandbox',
  codexVersion: 'install a newer @openai/codex',
};

/**
 * `doctor`'s seal check, without a login: a private home like a run's, holding a made-up credential (a random
 * canary instead of auth.json), the same workspace-write profile, and the same probe a run makes.
 */
export async function sealSelfTest(codexPath: string, env: NodeJS.ProcessEnv): Promise<SealProbeResult> {
  const home = await createPrivateCodexHome(undefined, env);
  try {
    const canary = `codex-auth-canary-${randomBytes(16).toString('hex')}`;
    await writePrivateFileAtomic(path.join(home.dir, 'auth.json'), JSON.stringify({ canary }));
    const config = sealConfig(
      undefined,
      { mode: 'workspace-write', network: false, args: [] },
      [home.sealRoot],
      NAMES,
    );
    await writeCodexConfig(home.dir, config.toml);
    return await probeSeal({
      codexPath,
      env: buildCodexEnv(env, home.dir, silentLogger),
      cwd: process.cwd(),
      deniedPaths: [home.sealRoot],
      network: false,
      containsSecret: (text) => text.includes(canary),
    });
  } finally {
    await removeCodexHome(home.dir).catch(() => undefined);
  }
}
