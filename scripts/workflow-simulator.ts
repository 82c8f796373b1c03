// For .github/workflows/action-e2e.yml: starts the loopback ChatGPT simulator in the background of a real GitHub
// job, seeds nothing itself, and hands the job what the Action needs (Codex config, CA, a stale login) through
// GITHUB_ENV. The tokens are made up by the simulator for this job only.
import { appendFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { startChatGptSimulator } from '../test/support/chatgpt-simulator.js';
import { codexConfigToml } from '../test/support/codex-sandbox.js';

const runnerTemp = process.env.RUNNER_TEMP ?? '/tmp';
const envFile = process.env.GITHUB_ENV;
if (!envFile) throw new Error('GITHUB_ENV is not set: run this inside a GitHub Actions job');

const sim = await startChatGptSimulator({ dir: path.join(runnerTemp, 'chatgpt-sim') });
const session = sim.issueSession();
const seed = sim.authJsonFor(session, { lastRefresh: new Date(Date.now() - 9 * 24 * 60 * 60 * 1000) });
const delimiter = `EOF_${randomBytes(8).toString('hex')}`;
const multiline = (name: string, value: string) => `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
appendFileSync(
  envFile,
  [
    `CODEX_CA_CERTIFICATE=${sim.caPath}\n`,
    `CODEX_REFRESH_TOKEN_URL_OVERRIDE=${sim.tokenUrl}\n`,
    `CODEX_REVOKE_TOKEN_URL_OVERRIDE=${sim.revokeUrl}\n`,
    `CODEX_AUTH_KEY=${randomBytes(32).toString('base64')}\n`,
    multiline('SIM_CODEX_CONFIG', codexConfigToml(sim)),
    multiline('SIM_SEED_AUTH_JSON', seed),
  ].join(''),
);
writeFileSync(path.join(runnerTemp, 'chatgpt-sim-ready'), sim.url);
console.log(`ChatGPT simulator on ${sim.url}`);
// Report refreshes when the job ends the process, so the log shows what happened.
process.on('SIGTERM', () => {
  console.log(sim.describeLog());
  process.exit(0);
});
