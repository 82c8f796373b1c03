import { randomBytes } from 'node:crypto';
import { buildCodexEnv } from '../codex/codex-env.js';
import { createPrivateCodexHome, removeCodexHome, writeCodexConfig } from '../codex/codex-home.js';
import { VERIFIED_CODEX_VERSIONS } from '../codex/resolve-codex.js';
import { MIN_SEALED_CODEX, probeSeal, type SealProbeResult } from '../seal/seal-probe.js';
import { bwrapPath, namespaceFixSteps } from '../seal/userns-fix.js';
import { silentLogger } from '../core/logger.js';
import { sealConfig } from '../seal/seal-config.js';
import type { SealInputNames } from '../core/seal-request.js';
import { writePrivateFileAtomic } from '../platform/secure-files.js';
import path from 'node:path';

// sealConfig names inputs only in its refusals of a user's config; this check passes none, so none can come.
const NAMES: SealInputNames = {
  sandbox: 'sandbox',
  codexArgs: 'codex arguments',
  codexConfig: 'codex config',
  optIn: 'opt-in',
  fixNamespaces: 'fix-sandbox',
  codexVersion: 'codex version',
  codexUser: 'codex-user',
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
      {
        mode: 'workspace-write',
        network: false,
        args: [],
        unsealing: [],
        labels: [],
        outside: [],
        cd: undefined,
      },
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

/** doctor's `sealed` line: the self-test's verdict, what it proved, and the fix when it failed. */
export async function sealFinding(
  codexPath: string,
  env: NodeJS.ProcessEnv,
): Promise<{ ok: boolean; detail: string; fix: string | null }> {
  const seal = await sealSelfTest(codexPath, env);
  if (seal.ok) {
    return {
      ok: true,
      detail: `the agent's commands run in Codex's sandbox and cannot read the private CODEX_HOME (probe ${seal.ms} ms; Codex ${seal.codexVersion ?? '?'}, sealing needs ${MIN_SEALED_CODEX} or later)`,
      fix: null,
    };
  }
  return {
    ok: false,
    detail: seal.failure?.detail ?? 'the seal probe failed',
    fix: sealFix(seal, codexPath),
  };
}

function sealFix(seal: SealProbeResult, codexPath: string): string {
  switch (seal.failure?.kind) {
    case 'not-codex':
      return 'point --codex at the Codex CLI (npm install -g @openai/codex)';
    case 'old-codex':
      return `install @openai/codex ${MIN_SEALED_CODEX} or later (verified: ${VERIFIED_CODEX_VERSIONS.join(', ')})`;
    case 'no-namespaces':
      return namespaceFixSteps(bwrapPath(codexPath)).split('\n').slice(1).join(' ');
    case 'no-commands':
      return 'check that `codex sandbox -- echo ok` works here';
    default:
      return 'pin a verified Codex version; runs refuse to start until the probe passes';
  }
}
