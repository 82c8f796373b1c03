// Reading a stream's store the way an auditor would: straight from the files, opened with the real key.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { openEnvelope, parseEnvelope } from '../../src/core/envelope.js';
import { parseKey } from '../../src/core/key.js';
import type { World } from '../support/e2e-world.js';

export function envelopePath(world: World, stream: string): string {
  return path.join(world.stateDir, stream, 'envelope.json');
}

export async function storedText(world: World, stream: string): Promise<string | null> {
  return fs.readFile(envelopePath(world, stream), 'utf8').catch(() => null);
}

/** The stored generation and the tokens inside it. */
export async function openStored(world: World, stream: string) {
  const text = await storedText(world, stream);
  if (text === null) return null;
  const envelope = parseEnvelope(text, 'store');
  const bundle = await openEnvelope(envelope, stream, parseKey(world.key), 'store');
  return { envelope, tokens: bundle.auth.tokens, lastRefresh: bundle.auth.last_refresh ?? null };
}

export async function seedStream(world: World, stream: string, authJson: string) {
  const file = await world.file(`seed-${stream}.json`, authJson);
  const run = await world.cli(['seed', '--stream', stream, '--auth-file', file]);
  if (run.code !== 0) throw new Error(`seed failed (${run.code}): ${run.stderr}`);
  return file;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
export const nineDaysAgo = () => new Date(Date.now() - 9 * DAY_MS);
export const anHourAgo = () => new Date(Date.now() - 60 * 60 * 1000);
