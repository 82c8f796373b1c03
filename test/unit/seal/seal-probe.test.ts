// The seal probe against the real Codex sandbox, in both of its forms: the shell script (no socket to try, the
// common case) and the Node script (unix sockets to try). Each leak the probe exists to find is put in front of it
// for real, and the probe must name it: a denied path the profile does not deny, a secret in the agent's
// environment, the host's loopback reachable from the sandbox. A probe that passed any of these would let a run
// report `sealed` that is not.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCodexEnv } from '../../../src/codex/codex-env.js';
import { createPrivateCodexHome, removeCodexHome, writeCodexConfig } from '../../../src/codex/codex-home.js';
import { silentLogger } from '../../../src/core/logger.js';
import { CLI_VOCABULARY } from '../../../src/app/vocabulary.js';
import { sealConfig } from '../../../src/seal/seal-config.js';
import { probeSeal, type SealProbeRequest } from '../../../src/seal/seal-probe.js';
import { parseShellReport } from '../../../src/seal/seal-probe-script.js';
import { CODEX_VERSIONS } from '../../support/codex-sandbox.js';

// The Node form runs when a socket must be tried; one that does not exist is refused (ENOENT), so it adds no finding.
const FORMS = [
  { form: 'shell', sockets: [] as string[] },
  { form: 'node', sockets: ['/nonexistent/codex-auth-probe-test.sock'] },
];

let home: { dir: string; sealRoot: string };
let scratch: string;
beforeEach(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'seal-probe-test-'));
  home = await createPrivateCodexHome(undefined, process.env);
});
afterEach(async () => {
  await removeCodexHome(home.dir).catch(() => undefined);
  await fs.rm(scratch, { recursive: true, force: true });
});

/** A sealed read-only profile denying `deny` (or workspace-write with network on), written to the home. */
async function writeProfile(deny: readonly string[], network = false): Promise<void> {
  const mode = network ? ('workspace-write' as const) : ('read-only' as const);
  const choice = { mode, network, args: [], unsealing: [], labels: [], outside: [] };
  const config = sealConfig(undefined, { ...choice, cd: undefined }, deny, CLI_VOCABULARY.seal);
  await writeCodexConfig(home.dir, config.toml);
}

function probe(bin: string, over: Partial<SealProbeRequest>): ReturnType<typeof probeSeal> {
  return probeSeal({
    codexPath: bin,
    env: buildCodexEnv(process.env, home.dir, silentLogger),
    cwd: scratch,
    deniedPaths: [home.sealRoot],
    network: false,
    containsSecret: () => false,
    ...over,
  });
}

describe.each(CODEX_VERSIONS)('the seal probe, Codex $name', ({ bin }) => {
  describe.each(FORMS)('$form form', ({ sockets }) => {
    it('passes a sealed profile, and reads what it was asked to', async () => {
      const canary = `canary-${randomBytes(12).toString('hex')}`;
      await fs.writeFile(path.join(home.dir, 'secret.txt'), canary, { mode: 0o600 });
      await writeProfile([home.sealRoot]);
      const result = await probe(bin, { sockets, containsSecret: (text) => text.includes(canary) });
      expect(result.failure).toBeNull();
      expect(result.ok).toBe(true);
    });

    it('names a path the profile does not deny', async () => {
      const exposed = path.join(scratch, 'exposed');
      await fs.mkdir(exposed);
      await fs.writeFile(path.join(exposed, 'auth.json'), '{}');
      await writeProfile([home.sealRoot]);
      const result = await probe(bin, { sockets, deniedPaths: [home.sealRoot, exposed] });
      expect(result.failure).toEqual({
        kind: 'readable',
        detail: `the agent's commands can read ${exposed}`,
      });
    });

    it("names a secret in the agent's environment", async () => {
      const secret = `secret-${randomBytes(12).toString('hex')}`;
      await writeProfile([home.sealRoot]);
      const env = { ...buildCodexEnv(process.env, home.dir, silentLogger), LEAKED_VALUE: secret };
      const result = await probe(bin, { sockets, env, containsSecret: (text) => text.includes(secret) });
      expect(result.failure?.kind).toBe('secret-visible');
    });

    it("names this machine's loopback when the profile lets commands reach it", async () => {
      // The request says "no network", the profile gives it: the probe must see the host's loopback open.
      await writeProfile([home.sealRoot], true);
      const result = await probe(bin, { sockets });
      expect(result.failure?.kind).toBe('network');
    });
  });
});

describe('parseShellReport', () => {
  const marker = 'codex-auth-probe-0123456789abcdef';
  const table = (port: number, state: string) =>
    `  sl  local_address rem_address   st tx_queue\n   0: 0100007F:${port.toString(16).toUpperCase()} 00000000:0000 ${state} 00000000:00000000\n`;
  const output = (tcp: string, files = '') =>
    `\n${marker} env\nPATH=/bin\n\n${marker} proc 1\nA=1\n\n${marker} tcp\n${tcp}${files}\n${marker} end\n`;

  it('reads a listener on the port as reachable, anything else as not', () => {
    expect(parseShellReport(output(table(45678, '0A')), marker, '45678', [])?.network).toBe('connected');
    expect(parseShellReport(output(table(45678, '01')), marker, '45678', [])?.network).toBe('no-listener');
    expect(parseShellReport(output(table(45679, '0A')), marker, '45678', [])?.network).toBe('no-listener');
  });

  it('fails closed: an unreadable table is reachable, an unanswered path readable, a cut report none', () => {
    expect(parseShellReport(output('unreadable\n'), marker, '45678', [])?.network).toBe('connected');
    expect(parseShellReport(output(table(1, '0A')), marker, '45678', ['/a'])?.files['/a']?.readable).toBe(
      true,
    );
    const denied = output(table(1, '0A'), `\n${marker} file 0 denied\n`);
    expect(parseShellReport(denied, marker, '45678', ['/a'])?.files['/a']?.readable).toBe(false);
    expect(parseShellReport(output('').replace(`${marker} end`, ''), marker, '45678', [])).toBeNull();
    expect(parseShellReport(output(''), 'codex-auth-probe-other', '45678', [])).toBeNull();
  });
});
