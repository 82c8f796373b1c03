import { it } from 'vitest';
import { promises as fs } from 'node:fs';
import { spawn } from 'node:child_process';
import { startChatGptSimulator } from '../support/chatgpt-simulator.js';
import { CODEX_BIN, codexConfigToml, codexEnvFor } from '../support/codex-sandbox.js';
it('explore3', async () => {
  const sim = await startChatGptSimulator({
    toolCall:
      'echo MARKER; cat "$CODEX_HOME/auth.json" | head -c 100; echo; echo PATH=$PATH; which apply_patch; printf "*** Begin Patch\\n*** Add File: hello.txt\\n+hi\\n*** End Patch\\n" | apply_patch 2>&1; ls -la hello.txt',
  });
  const root = '/root/explore3-' + Date.now();
  const ch = root + '/ch';
  const outside = root + '/chtmp';
  const work = root + '/work';
  for (const d of [root, ch, outside, work, root + '/home']) await fs.mkdir(d, { mode: 0o700 });
  await fs.symlink(outside, ch + '/tmp');
  const s = sim.issueSession();
  await fs.writeFile(ch + '/auth.json', sim.authJsonFor(s, { lastRefresh: new Date() }), { mode: 0o600 });
  const cfg =
    codexConfigToml(sim).replace(
      'cli_auth_credentials_store',
      `default_permissions = "sealed"\ncli_auth_credentials_store`,
    ) + `\n[permissions.sealed]\nextends = ":workspace"\n[permissions.sealed.filesystem]\n"${ch}" = "none"\n`;
  await fs.writeFile(ch + '/config.toml', cfg);
  const child = spawn(CODEX_BIN, ['exec', '--json', '--skip-git-repo-check', '--ephemeral', 'go'], {
    cwd: work,
    env: codexEnvFor(sim, { home: root + '/home', codexHome: ch }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (c) => (err += c));
  const code = await new Promise((r) => child.on('close', r));
  console.log('CODE', code, err.slice(-500));
  console.log('OUT', sim.toolOutputs);
  console.log(await fs.readdir(outside, { recursive: true }));
  await sim.close();
}, 60000);
