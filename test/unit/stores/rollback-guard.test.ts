import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../src/core/envelope.js';
import { RollbackRefusedError } from '../../../src/core/errors.js';
import {
  type HighWaterMark,
  HighWaterFile,
  markOf,
  parseMark,
  refuseRollback,
  rollbackOf,
} from '../../../src/stores/rollback-guard.js';

// Only the metadata matters to the guard: no key, no token.
function envelope(generation: number, fingerprint = `fp-${generation}`): Envelope {
  return {
    version: 1,
    stream: 's',
    generation,
    writtenAt: '2026-01-02T03:04:05.000Z',
    writer: `writer-${generation}`,
    lastRefresh: null,
    fingerprint,
    keyId: 'k',
    algorithm: 'xchacha20poly1305-ietf',
    nonce: 'n',
    ciphertext: 'c',
  };
}

const where = { stream: 's', location: 'the test store', mark: 'the test mark' };

describe('the rollback guard', () => {
  it.each<[string, Envelope, HighWaterMark | null, ReturnType<typeof rollbackOf>]>([
    ['no mark', envelope(1), null, null],
    ['the copy the mark names', envelope(3), markOf(envelope(3)), null],
    ['an older generation', envelope(2), markOf(envelope(3)), 'older'],
    ['another copy of the same generation', envelope(3, 'other'), markOf(envelope(3)), 'forked'],
    // The mark is moved after the envelope: a failure in between leaves it behind, never ahead.
    ['a newer generation than the mark', envelope(4), markOf(envelope(3)), null],
    // The cache's keys say only that a generation exists.
    [
      'a generation whose copy the mark does not know',
      envelope(3),
      { ...markOf(envelope(3)), fingerprint: null },
      null,
    ],
    [
      'older than a mark that knows no copy',
      envelope(2),
      { generation: 3, fingerprint: null, writtenAt: null, writer: null },
      'older',
    ],
  ])('%s', (_name, copy, mark, expected) => {
    expect(rollbackOf(copy, mark)).toBe(expected);
    if (expected === null) expect(() => refuseRollback(copy, mark, where)).not.toThrow();
    else expect(() => refuseRollback(copy, mark, where)).toThrow(RollbackRefusedError);
  });

  it('names both generations, who wrote them, where the mark is, and the reseed command', () => {
    expect(() => refuseRollback(envelope(2), markOf(envelope(3)), where)).toThrow(
      /holds generation 2 \(written 2026-01-02T03:04:05.000Z by writer-2\), but generation 3 was already written \(2026-01-02T03:04:05.000Z by writer-3; high-water mark in the test mark\).*codex-auth seed --force --stream s/,
    );
    const unknown = { generation: 3, fingerprint: null, writtenAt: null, writer: null };
    expect(() => refuseRollback(envelope(2), unknown, where)).toThrow(
      /generation 3 was already written \(at an unknown time by another run; high-water mark in the test mark\)/,
    );
  });

  it.each<[string, string, HighWaterMark | null]>([
    ['a full mark', JSON.stringify(markOf(envelope(3))), markOf(envelope(3))],
    [
      'a mark with its generation only',
      '{"generation": 4}',
      { generation: 4, fingerprint: null, writtenAt: null, writer: null },
    ],
    ['no generation', '{"fingerprint": "fp"}', null],
    ['a generation that is no integer', '{"generation": "3"}', null],
    ['not JSON', 'garbage', null],
    ['JSON null', 'null', null],
  ])('reads %s', (_name, text, expected) => {
    expect(parseMark(text)).toEqual(expected);
  });
});

describe('HighWaterFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codex-auth-mark-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('keeps the mark in the same four fields, so marks written by earlier versions still guard', async () => {
    const file = new HighWaterFile(path.join(dir, 'high-water.json'));
    expect(await file.read()).toBeNull();
    await file.write(markOf(envelope(5)));
    expect(JSON.parse(await fs.readFile(file.file, 'utf8'))).toEqual({
      generation: 5,
      fingerprint: 'fp-5',
      writtenAt: '2026-01-02T03:04:05.000Z',
      writer: 'writer-5',
    });
    expect(await file.read()).toEqual(markOf(envelope(5)));
    // A mark nobody can read protects nothing, and never blocks a run by itself: the next write replaces it.
    await fs.writeFile(file.file, '{"generation":');
    expect(await file.read()).toBeNull();
    await file.remove();
    expect(await file.read()).toBeNull();
  });
});
