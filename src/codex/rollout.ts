import { promises as fs } from 'node:fs';
import path from 'node:path';
import { planUsageFromCodex, type PlanUsage } from '../core/plan-usage.js';
import { isErrno } from '../platform/secure-files.js';

// Codex records every session in $CODEX_HOME/sessions/YYYY/MM/DD/rollout-*.jsonl (not with `--ephemeral`). It is
// the only machine-readable place for plan usage: `token_count` events carry `rate_limits` after every model call,
// and `task_complete` (or an `error` event) carries `codex_error_info: "usage_limit_exceeded"` when a plan limit
// stopped the turn. The file sits in the private CODEX_HOME, which the round trip removes, so it is read before.

export interface RolloutFacts {
  /** A rollout file was found (false with `--ephemeral`). */
  readonly found: boolean;
  readonly usageLimitExceeded: boolean;
  /** The last rate-limit snapshot Codex recorded. */
  readonly planUsage: PlanUsage | null;
}

const NOTHING: RolloutFacts = { found: false, usageLimitExceeded: false, planUsage: null };
/** A rollout is small for our one-turn runs; a huge one is read only this far (the facts are per line). */
const MAX_BYTES = 32 * 1024 * 1024;

/** Reads the rollout files written since `sinceMs` (a user-given CODEX_HOME may hold older sessions). */
export async function readRolloutFacts(codexHome: string, sinceMs = 0): Promise<RolloutFacts> {
  const files = (await listRollouts(path.join(codexHome, 'sessions'))).filter(
    (file) => file.mtimeMs >= sinceMs,
  );
  if (files.length === 0) return NOTHING;
  files.sort((a, b) => a.mtimeMs - b.mtimeMs);
  let usageLimitExceeded = false;
  let planUsage: PlanUsage | null = null;
  for (const file of files) {
    const handle = await fs.open(file.path, 'r');
    let text: string;
    try {
      const buffer = Buffer.alloc(Math.min(file.size, MAX_BYTES));
      await handle.read(buffer, 0, buffer.length, 0);
      text = buffer.toString('utf8');
    } finally {
      await handle.close();
    }
    for (const line of text.split('\n')) {
      if (!line.includes('rate_limits') && !line.includes('usage_limit_exceeded')) continue;
      const payload = eventPayload(line);
      if (payload === null) continue;
      if (payload.type === 'token_count') planUsage = planUsageFromCodex(payload.rate_limits) ?? planUsage;
      if (JSON.stringify(payload).includes('"codex_error_info":"usage_limit_exceeded"'))
        usageLimitExceeded = true;
    }
  }
  return { found: true, usageLimitExceeded, planUsage };
}

function eventPayload(line: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { type, payload } = parsed as { type?: unknown; payload?: unknown };
    if (type !== 'event_msg' || typeof payload !== 'object' || payload === null) return null;
    return payload as Record<string, unknown>;
  } catch {
    return null;
  }
}

interface RolloutFile {
  readonly path: string;
  readonly mtimeMs: number;
  readonly size: number;
}

async function listRollouts(dir: string, depth = 0): Promise<RolloutFile[]> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (isErrno(error, 'ENOENT') || isErrno(error, 'ENOTDIR')) return [];
    throw error;
  }
  const out: RolloutFile[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // sessions/YYYY/MM/DD/file: never follow links, never go deeper than Codex writes.
    if (entry.isDirectory() && depth < 3) out.push(...(await listRollouts(full, depth + 1)));
    else if (entry.isFile() && /^rollout-.*\.jsonl$/.test(entry.name)) {
      const stat = await fs.stat(full);
      out.push({ path: full, mtimeMs: stat.mtimeMs, size: stat.size });
    }
  }
  return out;
}
