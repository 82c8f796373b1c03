// Proves the loopback cache service with the REAL @actions/cache 6.3.0 (and through it the real Azure storage SDK,
// GNU tar and zstd): every save and restore runs in a child process, because the library reads process.env.

import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordOutput } from '../../support/leak-guard.js';
import {
  ALREADY_EXISTS_MESSAGE,
  type CacheService,
  cacheEnvFor,
  cacheVersion,
  startCacheService,
  type TokenOptions,
} from '../../support/cache-service.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const LIBRARY_DIR = path.join(ROOT, 'node_modules', '@actions', 'cache');
const MARKER = 'CACHE-CHILD-RESULT ';

// The child: imports the library by absolute file URL (the script lives outside the project), runs one call and
// prints its outcome as the last line. Everything else on stdout is the library's own (core.info / ::debug::).
const CHILD = `
const [libraryUrl, requestJson] = process.argv.slice(2);
const cache = await import(libraryUrl);
const request = JSON.parse(requestJson);
let outcome;
try {
  if (request.op === 'save') {
    outcome = { value: await cache.saveCache(request.paths, request.key) };
  } else {
    const options = request.lookupOnly ? { lookupOnly: true } : undefined;
    const key = await cache.restoreCache(request.paths, request.key, request.restoreKeys, options);
    outcome = { value: key ?? null };
  }
} catch (error) {
  outcome = { error: { name: error.name, message: error.message } };
}
process.stdout.write('\\n${MARKER}' + JSON.stringify(outcome) + '\\n');
`;

type RunOptions = {
  key: string;
  paths?: string[];
  restoreKeys?: string[];
  lookupOnly?: boolean;
  /** Extra env, applied last (e.g. another ACTIONS_RUNTIME_TOKEN). */
  env?: Record<string, string>;
} & TokenOptions;
type RunResult = { value: number | string | null; error?: { name: string; message: string }; stdout: string };

let libraryUrl: string;
let scriptDir: string;
let service: CacheService;
let root: string;
let workspace: string;
let runnerTemp: string;

function spawnChild(
  args: string[],
  env: Record<string, string>,
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Async on purpose: the service runs in this process and must keep answering while the child works.
    execFile(
      process.execPath,
      args,
      { cwd: workspace, env, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        recordOutput('cache child stdout', stdout);
        recordOutput('cache child stderr', stderr);
        if (error) reject(new Error(`cache child failed: ${error.message}\n${stderr}`));
        else resolve({ stdout, stderr });
      },
    );
  });
}

async function cacheCall(op: 'save' | 'restore', options: RunOptions): Promise<RunResult> {
  const { key, paths = ['data.txt'], restoreKeys = [], lookupOnly = false, env = {}, ...token } = options;
  const childEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: root,
    ...cacheEnvFor(service, { workspace, runnerTemp, ...token }),
    ...env,
  };
  const request = JSON.stringify({ op, key, paths, restoreKeys, lookupOnly });
  const { stdout } = await spawnChild(
    [path.join(scriptDir, 'cache-child.mjs'), libraryUrl, request],
    childEnv,
  );
  const line = stdout.split('\n').find((l) => l.startsWith(MARKER));
  if (line === undefined) throw new Error(`cache child printed no result:\n${stdout}`);
  return { ...(JSON.parse(line.slice(MARKER.length)) as Omit<RunResult, 'stdout'>), stdout };
}
const save = (options: RunOptions): Promise<RunResult> => cacheCall('save', options);
const restore = (options: RunOptions): Promise<RunResult> => cacheCall('restore', options);

const file = (name = 'data.txt'): string => path.join(workspace, name);
async function writeData(content: string | Buffer, name = 'data.txt'): Promise<void> {
  await mkdir(path.dirname(file(name)), { recursive: true });
  await writeFile(file(name), content);
}
/** Restores `key` into an emptied workspace and returns the outcome and data.txt's content (null if absent). */
async function restoreFresh(options: RunOptions): Promise<{ result: RunResult; content: string | null }> {
  await rm(file(), { force: true });
  const result = await restore(options);
  return { result, content: existsSync(file()) ? await readFile(file(), 'utf8') : null };
}
const operations = (): string[] => service.requests.map((r) => `${r.operation} ${r.status}`);

beforeAll(async () => {
  const pkg = JSON.parse(readFileSync(path.join(LIBRARY_DIR, 'package.json'), 'utf8')) as {
    version: string;
    exports: { '.': { import: string } };
  };
  // The protocol facts in cache-service.ts were read from this version.
  expect(pkg.version).toBe('6.3.0');
  libraryUrl = pathToFileURL(path.join(LIBRARY_DIR, pkg.exports['.'].import)).href;
  scriptDir = await mkdtemp(path.join(os.tmpdir(), 'cache-child-'));
  await writeFile(path.join(scriptDir, 'cache-child.mjs'), CHILD);
});
afterAll(async () => {
  await rm(scriptDir, { recursive: true, force: true });
});

beforeEach(async () => {
  service = await startCacheService();
  root = await mkdtemp(path.join(os.tmpdir(), 'cache-service-'));
  workspace = path.join(root, 'workspace');
  runnerTemp = path.join(root, 'runner-temp');
  await mkdir(workspace);
  await mkdir(runnerTemp);
});
afterEach(async () => {
  // The request log goes through the leak guard: it must never hold a runtime token.
  recordOutput('cache service request log', JSON.stringify(service.requests));
  await service.close();
  await rm(root, { recursive: true, force: true });
});

describe('save and restore with the real @actions/cache', () => {
  it('round-trips the bytes through tar + zstd, an Azure Put Blob and a plain GET', async () => {
    const binary = randomBytes(4096);
    await writeData('hello, cache\n');
    await writeData(binary, 'nested/dir/blob.bin');
    const paths = ['data.txt', 'nested'];

    const saved = await save({ key: 'round-trip-1', paths });
    const [entry] = service.entries();
    expect(saved.value).toBe(entry?.id);
    expect(entry).toMatchObject({
      key: 'round-trip-1',
      version: cacheVersion(paths), // sha256 of paths | 'zstd-without-long' | '1.0'
      ref: 'refs/heads/main',
      finalized: true,
    });
    const archive = service.archiveOf('round-trip-1');
    expect(archive?.subarray(0, 4).toString('hex')).toBe('28b52ffd'); // a zstd frame
    expect(entry?.size).toBe(archive?.length);

    await rm(file(), { force: true });
    await rm(file('nested'), { recursive: true, force: true });
    const restored = await restore({ key: 'round-trip-1', paths });
    expect(restored.value).toBe('round-trip-1');
    expect(restored.stdout).toContain('Cache hit for: round-trip-1');
    expect(await readFile(file(), 'utf8')).toBe('hello, cache\n');
    expect((await readFile(file('nested/dir/blob.bin'))).equals(binary)).toBe(true);

    expect(operations()).toEqual([
      'CreateCacheEntry 200',
      'upload 201',
      'FinalizeCacheEntryUpload 200',
      'GetCacheEntryDownloadURL 200',
      'download 200',
    ]);
    const [create, upload, finalize, lookup, download] = service.requests;
    expect(create).toMatchObject({
      key: 'round-trip-1',
      version: cacheVersion(paths),
      userAgent: '@actions/cache-6.3.0',
    });
    expect(upload?.bytes).toBe(archive?.length);
    expect(upload?.userAgent).toMatch(/^azsdk-js-azure-storage-blob\//);
    expect(finalize?.sizeBytes).toBe(archive?.length);
    expect(lookup).toMatchObject({ key: 'round-trip-1', restoreKeys: [], matchedKey: 'round-trip-1' });
    expect(download).toMatchObject({ bytes: archive?.length, userAgent: 'actions/cache' });
  });

  it('a second save of the same key returns -1 (409 already_exists) and leaves the first entry untouched', async () => {
    await writeData('first\n');
    const first = await save({ key: 'immutable' });
    expect(first.value).toBeGreaterThan(0);
    const before = service.archiveOf('immutable');

    await writeData('second, different\n');
    const second = await save({ key: 'immutable' });
    expect(second.value).toBe(-1); // saveCache does not throw: ReserveCacheError is logged with core.info
    expect(second.error).toBeUndefined();
    expect(second.stdout).toContain('Failed to save: Unable to reserve cache with key immutable');
    expect(second.stdout).toContain(`(409) Conflict: ${ALREADY_EXISTS_MESSAGE}`);
    expect(service.countRequests({ operation: 'CreateCacheEntry', status: 409 })).toBe(1);
    expect(service.countRequests({ operation: 'upload' })).toBe(1); // the second never uploaded

    expect(service.entries().map((e) => e.id)).toEqual([first.value]);
    expect(service.archiveOf('immutable')?.equals(before ?? Buffer.alloc(0))).toBe(true);
    const { result, content } = await restoreFresh({ key: 'immutable' });
    expect(result.value).toBe('immutable');
    expect(content).toBe('first\n');
  });

  it('the key is matched exactly first, then as a prefix (newest wins), then each restore key', async () => {
    await writeData('deps\n');
    await save({ key: 'deps' });
    await writeData('deps-a\n');
    await save({ key: 'deps-a' });
    await writeData('deps-b\n');
    await save({ key: 'deps-b' });
    // "Newest" is set, not left to the clock: saves in one millisecond would tie on createdAt.
    const now = Date.now();
    for (const [age, key] of [
      [2, 'deps'],
      [1, 'deps-a'],
      [0, 'deps-b'],
    ] as const) {
      expect(service.setCreatedAt(key, new Date(now - age * 60_000))).toBe(1);
    }

    // Exact beats the newer prefix matches.
    expect((await restoreFresh({ key: 'deps' })).content).toBe('deps\n');
    // Prefix of the primary key: the newest of deps, deps-a, deps-b.
    expect(await restoreFresh({ key: 'deps-' })).toMatchObject({
      result: { value: 'deps-b' },
      content: 'deps-b\n',
    });
    // A primary key that matches nothing falls through to the restore keys, in order.
    const viaRestoreKey = await restoreFresh({ key: 'deps-zzz', restoreKeys: ['nothing-', 'deps-'] });
    expect(viaRestoreKey).toMatchObject({ result: { value: 'deps-b' }, content: 'deps-b\n' });
    expect(viaRestoreKey.result.stdout).toContain('Cache hit for restore-key: deps-b');
    expect(service.requests.at(-2)).toMatchObject({ key: 'deps-zzz', restoreKeys: ['nothing-', 'deps-'] });

    // "Newest" is createdAt, which a test can move (as for eviction tests).
    expect(service.setCreatedAt('deps-a', new Date(Date.now() + 60_000))).toBe(1);
    expect(await restoreFresh({ key: 'deps-' })).toMatchObject({
      result: { value: 'deps-a' },
      content: 'deps-a\n',
    });
    expect(service.entries().map((e) => e.key)).toEqual(['deps', 'deps-b', 'deps-a']); // oldest first

    // Nothing matches: restoreCache returns undefined.
    expect((await restoreFresh({ key: 'other', restoreKeys: ['also-other-'] })).result.value).toBeNull();
  });

  it('scopes: a feature branch sees its own and the default branch’s entries, never another branch’s', async () => {
    await writeData('main\n');
    await save({ key: 'shared' }); // default: refs/heads/main
    await writeData('feature-a\n');
    await save({ key: 'feature-a-only', ref: 'refs/heads/feature-a' });
    expect(service.entries().map((e) => [e.key, e.ref])).toEqual([
      ['shared', 'refs/heads/main'],
      ['feature-a-only', 'refs/heads/feature-a'],
    ]);

    const b = { ref: 'refs/heads/feature-b' };
    expect((await restoreFresh({ key: 'feature-a-only', ...b })).result.value).toBeNull();
    expect((await restoreFresh({ key: 'feature-a', ...b })).result.value).toBeNull(); // not as a prefix either
    expect(await restoreFresh({ key: 'shared', ...b })).toMatchObject({
      result: { value: 'shared' },
      content: 'main\n',
    });
    expect((await restoreFresh({ key: 'feature-a-only', ref: 'refs/heads/feature-a' })).content).toBe(
      'feature-a\n',
    );
    // The default branch never sees feature entries.
    expect((await restoreFresh({ key: 'feature-a-only' })).result.value).toBeNull();

    // Keys are immutable per scope: feature-b may save its own "shared", and then restores it before main's.
    await writeData('feature-b\n');
    expect((await save({ key: 'shared', ...b })).value).toBeGreaterThan(0);
    expect((await restoreFresh({ key: 'shared', ...b })).content).toBe('feature-b\n');
    expect((await restoreFresh({ key: 'shared', ref: 'refs/heads/feature-a' })).content).toBe('main\n');
  });

  it('a different path list is a different version: nothing is found', async () => {
    await writeData('a\n');
    await writeData('b\n', 'other.txt');
    await save({ key: 'versioned', paths: ['data.txt'] });
    const miss = await restoreFresh({ key: 'versioned', paths: ['data.txt', 'other.txt'] });
    expect(miss.result.value).toBeNull();
    const lookup = service.requests.at(-1);
    expect(lookup).toMatchObject({ operation: 'GetCacheEntryDownloadURL', status: 200 });
    expect(lookup?.version).toBe(cacheVersion(['data.txt', 'other.txt']));
    expect(lookup?.version).not.toBe(service.entries()[0]?.version);
    expect((await restoreFresh({ key: 'versioned', paths: ['data.txt'] })).content).toBe('a\n');
  });

  it('archives over 128 MiB go up as Put Block + Put Block List and come back intact', async () => {
    const big = randomBytes(130 * 1024 * 1024); // incompressible: the archive stays over the single-shot limit
    await writeData(big, 'big.bin');
    const saved = await save({ key: 'big', paths: ['big.bin'] });
    expect(saved.value).toBeGreaterThan(0);
    expect(operations()).toEqual([
      'CreateCacheEntry 200',
      'upload-block 201', // 64 MiB blocks, up to 8 at a time
      'upload-block 201',
      'upload-block 201',
      'upload-blocklist 201',
      'FinalizeCacheEntryUpload 200',
    ]);
    await rm(file('big.bin'));
    expect((await restore({ key: 'big', paths: ['big.bin'] })).value).toBe('big');
    expect((await readFile(file('big.bin'))).equals(big)).toBe(true);
  }, 120_000);
});

describe('service controls', () => {
  it('evict removes an entry: the next restore misses', async () => {
    await writeData('x\n');
    await save({ key: 'evicted' });
    expect(service.evict('evicted')).toBe(1);
    expect(service.entries()).toEqual([]);
    expect((await restoreFresh({ key: 'evicted' })).result.value).toBeNull();
    expect(service.evict('evicted')).toBe(0);
  });

  it('failNext: a 429 on CreateCacheEntry makes saveCache return -1 at once; the fault is then used up', async () => {
    await writeData('x\n');
    service.failNext(1, 429, { operation: 'CreateCacheEntry', retryAfter: 30 });
    const failed = await save({ key: 'limited' });
    expect(failed.value).toBe(-1);
    // No retries: counted, not timed (a retried 5xx shows as several CreateCacheEntry requests).
    expect(service.requests.filter((r) => r.operation === 'CreateCacheEntry').map((r) => r.status)).toEqual([
      429,
    ]);
    expect(failed.stdout).toContain('rate limit will reset in 30 seconds');
    expect(service.entries({ includePending: true })).toEqual([]);
    expect((await save({ key: 'limited' })).value).toBeGreaterThan(0);
  });

  it('failNext on the upload: saveCache returns -1 and the reservation stays pending, blocking the key', async () => {
    await writeData('x\n');
    service.failNext(1, 403, { operation: 'upload' });
    expect((await save({ key: 'half' })).value).toBe(-1);
    expect(service.countRequests({ operation: 'FinalizeCacheEntryUpload' })).toBe(0);
    expect(service.entries()).toEqual([]);
    expect(service.entries({ includePending: true })).toMatchObject([
      { key: 'half', finalized: false, size: 0 },
    ]);
    expect((await save({ key: 'half' })).value).toBe(-1); // 409: another job may be creating this cache
    expect(service.evict('half')).toBe(1);
    expect((await save({ key: 'half' })).value).toBeGreaterThan(0);
  });

  it('failNext on the lookup: restoreCache reports a miss', async () => {
    await writeData('x\n');
    await save({ key: 'k' });
    service.failNext(1, 403, { operation: 'GetCacheEntryDownloadURL' });
    const { result, content } = await restoreFresh({ key: 'k' });
    expect(result.value).toBeNull();
    expect(content).toBeNull();
    expect(result.stdout).toContain('::warning::Failed to restore');
  });

  it('a read-only token is refused writes with "cache write denied:" (saveCache -1) but can restore', async () => {
    await writeData('x\n');
    await save({ key: 'k' });
    const denied = await save({ key: 'k2', access: 'read' });
    expect(denied.value).toBe(-1);
    expect(denied.stdout).toContain('cache write denied:');
    expect(service.requests.at(-1)).toMatchObject({ operation: 'CreateCacheEntry', status: 200 });
    expect(service.entries({ includePending: true }).map((e) => e.key)).toEqual(['k']);
    expect((await restoreFresh({ key: 'k', access: 'read' })).content).toBe('x\n');
  });

  it('an opaque token gets the ref set with setRef; a JWT this service did not sign gets 401', async () => {
    await writeData('main\n');
    await save({ key: 'base' });
    service.setRef('refs/heads/topic');
    await writeData('topic\n');
    const opaque = { env: { ACTIONS_RUNTIME_TOKEN: 'not-a-jwt-just-a-string' } };
    expect((await save({ key: 'topic-key', ...opaque })).value).toBeGreaterThan(0);
    expect(service.entries().find((e) => e.key === 'topic-key')?.ref).toBe('refs/heads/topic');
    expect((await restoreFresh({ key: 'base', ...opaque })).content).toBe('main\n'); // the default branch

    const stranger = await startCacheService();
    try {
      const forged = { env: { ACTIONS_RUNTIME_TOKEN: stranger.issueToken() } };
      expect((await restoreFresh({ key: 'base', ...forged })).result.value).toBeNull();
      expect(service.requests.at(-1)).toMatchObject({ operation: 'GetCacheEntryDownloadURL', status: 401 });
    } finally {
      await stranger.close();
    }
  });

  it('tokens carry GitHub’s `ac` claim: own ref read-write, then the default branch read-only', () => {
    const decode = (token: string): unknown => {
      const payload = token.split('.')[1] ?? '';
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { ac: string };
      return JSON.parse(claims.ac);
    };
    expect(decode(service.issueToken())).toEqual([{ Scope: 'refs/heads/main', Permission: 3 }]);
    expect(decode(service.issueToken({ ref: 'refs/pull/7/merge', access: 'read' }))).toEqual([
      { Scope: 'refs/pull/7/merge', Permission: 1 },
      { Scope: 'refs/heads/main', Permission: 1 },
    ]);
    service.defaultBranch = 'refs/heads/trunk';
    expect(decode(service.issueToken({ ref: 'refs/heads/x' }))).toEqual([
      { Scope: 'refs/heads/x', Permission: 3 },
      { Scope: 'refs/heads/trunk', Permission: 1 },
    ]);
    const env = cacheEnvFor(service, { workspace: '/w', runnerTemp: '/t', ref: 'refs/heads/x' });
    expect(Object.keys(env).sort()).toEqual([
      'ACTIONS_CACHE_SERVICE_V2',
      'ACTIONS_RESULTS_URL',
      'ACTIONS_RUNTIME_TOKEN',
      'GITHUB_REF',
      'GITHUB_WORKSPACE',
      'RUNNER_TEMP',
    ]);
    expect(env.ACTIONS_RESULTS_URL).toBe(`${service.url}/`);
  });
});
