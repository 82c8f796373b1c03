// Proves the simulator's plan-usage answers (rate-limit headers, the 429 usage_limit_reached body, a tool call
// followed by a limit) against the REAL Codex CLI: what Codex prints, its exit code and what it records in the
// session's rollout file must be what the product later relies on.

import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { request } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ChatGptSimulator,
  type SimRateLimits,
  startChatGptSimulator,
} from '../../support/chatgpt-simulator.js';
import { CODEX_BIN, codexConfigToml, codexEnvFor } from '../../support/codex-sandbox.js';
import { recordOutput } from '../../support/leak-guard.js';

let sim: ChatGptSimulator;
let root: string;
let codexHome: string;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly events: { type: string; [key: string]: unknown }[];
}

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'sim-usage-'));
  codexHome = path.join(root, 'codex-home');
  await fs.mkdir(path.join(root, 'home'), { mode: 0o700 });
  await fs.mkdir(codexHome, { mode: 0o700 });
  sim = await startChatGptSimulator({ dir: path.join(root, 'sim') });
  const session = sim.issueSession();
  await fs.writeFile(
    path.join(codexHome, 'auth.json'),
    sim.authJsonFor(session, { lastRefresh: new Date() }),
    { mode: 0o600 },
  );
  await fs.writeFile(path.join(codexHome, 'config.toml'), codexConfigToml(sim), { mode: 0o600 });
});

afterEach(async () => {
  recordOutput('simulator request log', sim.describeLog());
  await sim.close();
  await fs.rm(root, { recursive: true, force: true });
});

/** `codex exec --json` WITHOUT --ephemeral, so that Codex writes its rollout file. */
async function runCodex(): Promise<Run> {
  const child = spawn(
    CODEX_BIN,
    ['exec', '--json', '--skip-git-repo-check', '--sandbox', 'read-only', 'say OK'],
    {
      cwd: root,
      env: codexEnvFor(sim, { home: path.join(root, 'home'), codexHome }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 30_000);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearTimeout(timer);
  recordOutput('codex stdout', stdout);
  recordOutput('codex stderr', stderr);
  const events = stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { type: string; [key: string]: unknown });
  return { code, stdout, events };
}

/** Every `event_msg` payload of the rollout file(s) Codex wrote under sessions/YYYY/MM/DD/. */
async function rolloutEvents(): Promise<{ type: string; [key: string]: unknown }[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (/^rollout-.*\.jsonl$/.test(entry.name)) files.push(full);
    }
  };
  await walk(path.join(codexHome, 'sessions'));
  expect(files).toHaveLength(1);
  const text = await fs.readFile(files[0] ?? '', 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { type: string; payload: { type: string; [key: string]: unknown } })
    .filter((line) => line.type === 'event_msg')
    .map((line) => line.payload);
}

function lastRateLimits(events: { type: string; [key: string]: unknown }[]): unknown {
  const counts = events.filter((event) => event.type === 'token_count');
  return counts.at(-1)?.rate_limits;
}

function limitsNow(primaryUsed: number): SimRateLimits & { resetsAt: number; planType: string } {
  const now = Math.floor(Date.now() / 1000);
  return {
    planType: 'plus',
    resetsAt: now + 3600,
    primary: { usedPercent: primaryUsed, windowMinutes: 300, resetsAt: now + 3600 },
    secondary: { usedPercent: 12.5, windowMinutes: 10_080, resetsAt: now + 5 * 86_400 },
  };
}

async function post(
  bearer: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const ca = await fs.readFile(sim.caPath);
  return new Promise((resolve, reject) => {
    const req = request(
      new URL('/backend-api/codex/responses', sim.url),
      {
        method: 'POST',
        ca,
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end('{"input":[]}');
  });
}

describe('plan usage on successful calls', () => {
  it('sends the x-codex-* headers and a codex.rate_limits event; Codex records the headers in its rollout', async () => {
    const limits = limitsNow(42.5);
    sim.setRateLimits(limits);
    const bearer = sim.issueSession().accessToken;
    const answer = await post(bearer);
    expect(answer.status).toBe(200);
    expect(answer.headers['x-codex-primary-used-percent']).toBe('42.5');
    expect(answer.headers['x-codex-primary-window-minutes']).toBe('300');
    expect(answer.headers['x-codex-primary-reset-at']).toBe(String(limits.primary?.resetsAt));
    expect(answer.headers['x-codex-secondary-used-percent']).toBe('12.5');
    expect(answer.headers['x-codex-secondary-window-minutes']).toBe('10080');
    const first = JSON.parse(/^data: (.*)$/m.exec(answer.body)?.[1] ?? '{}') as Record<string, unknown>;
    expect(first).toMatchObject({
      type: 'codex.rate_limits',
      plan_type: 'plus',
      rate_limits: {
        primary: { used_percent: 42.5, window_minutes: 300, reset_at: limits.primary?.resetsAt },
      },
    });

    const run = await runCodex();
    expect(run.code).toBe(0);
    expect(lastRateLimits(await rolloutEvents())).toMatchObject({
      primary: { used_percent: 42.5, window_minutes: 300, resets_at: limits.primary?.resetsAt },
      secondary: { used_percent: 12.5, window_minutes: 10_080, resets_at: limits.secondary?.resetsAt },
    });
    // Codex's stdout never carries them: the rollout file is the only machine-readable source.
    expect(run.stdout).not.toMatch(/used_percent/);
  });

  it('without setRateLimits the snapshot stays empty (so the figures above come from the simulator)', async () => {
    const run = await runCodex();
    expect(run.code).toBe(0);
    // No snapshot at all (the turn went over the WebSocket, which carries no limits here) or an empty one.
    const limits = lastRateLimits(await rolloutEvents()) as { primary?: unknown; secondary?: unknown } | null;
    expect(limits?.primary ?? null).toBeNull();
    expect(limits?.secondary ?? null).toBeNull();
  });
});

describe('a usage limit', () => {
  it('answers 429 usage_limit_reached; Codex exits 1 at once and records usage_limit_exceeded', async () => {
    const limit = limitsNow(100);
    sim.setUsageLimit(limit);
    const answer = await post(sim.issueSession().accessToken);
    expect(answer.status).toBe(429);
    expect(answer.headers['x-codex-active-limit']).toBe('codex');
    expect(answer.headers['x-codex-primary-used-percent']).toBe('100');
    const body = JSON.parse(answer.body) as { error: Record<string, unknown> };
    expect(body.error).toMatchObject({
      type: 'usage_limit_reached',
      plan_type: 'plus',
      resets_at: limit.resetsAt,
    });
    expect(body.error.resets_in_seconds).toBeGreaterThan(3500);

    const before = sim.usageLimitCount;
    const run = await runCodex();
    expect(run.code).toBe(1);
    expect(sim.usageLimitCount - before).toBe(1); // not retried
    expect(run.events.find((event) => event.type === 'error')?.message).toMatch(
      /You.ve hit your usage limit\..*try again at/,
    );
    expect(run.events.some((event) => event.type === 'turn.failed')).toBe(true);
    const rollout = await rolloutEvents();
    const complete = rollout.find((event) => event.type === 'task_complete') as { error?: unknown };
    expect(complete.error).toMatchObject({ codex_error_info: 'usage_limit_exceeded' });
    expect(lastRateLimits(rollout)).toMatchObject({
      primary: { used_percent: 100, resets_at: limit.primary?.resetsAt },
    });
  });

  it('only for the account it was set for; API keys never hit a plan limit', async () => {
    const other = sim.issueSession();
    sim.setUsageLimit(limitsNow(100), { accountId: other.accountId });
    expect((await post(other.accessToken)).status).toBe(429);
    expect((await post(sim.issueSession().accessToken)).status).toBe(200);
    sim.setUsageLimit(limitsNow(100));
    expect((await post(sim.issueApiKey())).status).toBe(200);
    expect((await post('sk-not-issued-here')).status).toBe(401);
  });

  it('after a tool call: Codex runs the command, then the next model call is limited', async () => {
    sim.queueToolCall('echo tool-ran');
    sim.setUsageLimit(limitsNow(100), { afterCalls: 1 });
    const run = await runCodex();
    expect(run.code).toBe(1);
    const command = run.events.find(
      (event) =>
        event.type === 'item.completed' && (event.item as { type?: string }).type === 'command_execution',
    );
    expect((command?.item as { aggregated_output?: string }).aggregated_output).toBe('tool-ran\n');
    expect(sim.modelCalls.map((call) => [call.answer, call.toolOutputs])).toEqual([
      ['tool_call', 0],
      ['usage_limit', 1],
    ]);
  });
});
