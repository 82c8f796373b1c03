import { type Envelope, openEnvelope } from '../core/envelope.js';
import { asCodexAuthError, isEnvelopeUnreadable } from '../core/errors.js';
import { inspectBundle } from '../core/inspect.js';
import { KEY_ENV, parseKey, type StreamKey } from '../core/key.js';
import { readCodexVersion, resolveCodex, VERIFIED_CODEX_VERSIONS } from '../codex/resolve-codex.js';
import { isEmptyRepositoryError } from '../github/github-errors.js';
import { describeHolder, type StreamLock } from '../locks/lock.js';
import type { Store } from '../stores/store.js';
import type { KeepFreshRow } from './keep-fresh.js';
import { sealFinding } from './seal-self-test.js';

export type Verdict = 'ok' | 'warn' | 'fail';

export interface Finding {
  readonly check: string;
  readonly verdict: Verdict;
  readonly detail: string;
  /** What to do, when the verdict is not ok. */
  readonly fix: string | null;
}

export interface DoctorInput {
  readonly stream: string;
  readonly store: Store;
  readonly lock: StreamLock;
  readonly codexPath: string | undefined;
  readonly env: NodeJS.ProcessEnv;
  readonly owner: string;
  /** Runs one keep-fresh call for the stream (`--probe`): the only way to know whether the session itself is alive. */
  readonly probe?: (() => Promise<KeepFreshRow>) | undefined;
}

/**
 * Checks everything a stream needs, in the order a job needs it, and explains each finding. It writes nothing but
 * a lock it releases at once (the only way to prove the store is writable without touching the stream).
 */
export async function diagnose(input: DoctorInput): Promise<Finding[]> {
  const findings: Finding[] = [];
  const add: Add = (check, verdict, detail, fix = null) =>
    void findings.push({ check, verdict, detail, fix });
  await checkCodex(input, add);
  const key = checkKey(input, add);
  const envelope = await checkStore(input, add);
  await checkLock(input, add);
  if (envelope && key) await checkBundle(input, envelope, key, add);
  if (input.probe && key && envelope) await checkSession(input.probe, add);
  return findings;
}

type Add = (check: string, verdict: Verdict, detail: string, fix?: string | null) => void;

/** Which Codex runs, whether its version was verified, and whether its sandbox seals a run on this machine. */
async function checkCodex(input: DoctorInput, add: Add): Promise<void> {
  let codex: string | null = null;
  try {
    codex = await resolveCodex(input.codexPath, input.env);
    const version = await readCodexVersion(codex, input.env);
    if (version && VERIFIED_CODEX_VERSIONS.includes(version))
      add('codex', 'ok', `${codex} is ${version}, a verified version`);
    else
      add(
        'codex',
        'warn',
        `${codex} is ${version ?? 'of an unknown version'}; this release was verified with ${VERIFIED_CODEX_VERSIONS.join(', ')}`,
        `install a verified version (npm install -g @openai/codex@${VERIFIED_CODEX_VERSIONS.at(-1)}) or check the release notes for auth changes`,
      );
  } catch (error) {
    add('codex', 'fail', asCodexAuthError(error).message, 'install Codex or pass --codex PATH');
  }
  if (codex === null)
    add('sealed', 'fail', 'no Codex to probe the sandbox with', 'install Codex or pass --codex PATH');
  else {
    const seal = await sealFinding(codex, input.env);
    add('sealed', seal.ok ? 'ok' : 'fail', seal.detail, seal.fix);
  }
}

function checkKey(input: DoctorInput, add: Add): StreamKey | null {
  let key: StreamKey | null = null;
  try {
    key = parseKey(input.env[KEY_ENV]);
    add('key', 'ok', `${KEY_ENV} is well-formed (key id ${key.id})`);
  } catch (error) {
    add(
      'key',
      'fail',
      asCodexAuthError(error).message,
      'create one with `codex-auth keygen` and keep it in your secret store',
    );
  }

  return key;
}

/** The stored envelope (null when nothing is stored or it cannot be read: the bundle check is then skipped). */
async function checkStore(input: DoctorInput, add: Add): Promise<Envelope | null> {
  let envelope: Awaited<ReturnType<Store['read']>> = null;
  let storeReadable = false;
  try {
    envelope = await input.store.read();
    storeReadable = true;
    if (envelope) {
      add(
        'store',
        'ok',
        `${input.store.location} holds generation ${envelope.generation}, written ${envelope.writtenAt} by ${envelope.writer}`,
      );
    } else {
      add(
        'store',
        'warn',
        `${input.store.location} holds nothing for stream "${input.stream}"`,
        `seed it: codex-auth seed --stream ${input.stream} --auth-file ~/.codex/auth.json`,
      );
    }
  } catch (error) {
    const failure = asCodexAuthError(error);
    add(
      'store',
      'fail',
      failure.message,
      isEmptyRepositoryError(failure)
        ? failure.fix
        : isEnvelopeUnreadable(failure)
          ? 'reseed the stream (codex-auth seed --force)'
          : 'see the message',
    );
  }

  return storeReadable ? envelope : null;
}

/** A free lock is taken and released at once: the only proof that this token may write it. */
async function checkLock(input: DoctorInput, add: Add): Promise<void> {
  try {
    const holder = await input.lock.inspect();
    if (holder?.stale) {
      add('lock', 'ok', `stale: its holder ${describeHolder(holder)} is gone; the next run takes it`);
    } else if (holder) {
      add(
        'lock',
        'warn',
        `held by ${describeHolder(holder)}`,
        'a job is running, or its holder died: it is recovered by itself once the holder is gone; `codex-auth unlock --force` if you know it is',
      );
    } else {
      const { handle } = await input.lock.acquire({
        owner: `${input.owner} (codex-auth doctor)`,
        timeoutMs: 5_000,
        leaseMs: 60_000,
        mode: 'process',
      });
      await handle.release();
      add('lock', 'ok', `free, and this token can take it (${input.lock.kind})`);
    }
  } catch (error) {
    const failure = asCodexAuthError(error);
    add(
      'lock',
      'fail',
      failure.message,
      isEmptyRepositoryError(failure) ? failure.fix : 'fix the permission named above before any job runs',
    );
  }
}

async function checkBundle(input: DoctorInput, envelope: Envelope, key: StreamKey, add: Add): Promise<void> {
  try {
    const bundle = await openEnvelope(envelope, input.stream, key, input.store.location);
    const report = inspectBundle(bundle, new Date());
    const next = report.nextRefresh;
    const when =
      next.reason === null ? 'no proactive refresh' : `${next.due ? 'due now' : next.at} (${next.reason})`;
    add(
      'bundle',
      report.problems.length > 0 ? 'warn' : 'ok',
      `${report.kind} login of ${report.email ?? 'an unknown account'} (plan ${report.plan ?? '-'}), last refresh ${report.lastRefresh ?? '-'}, next refresh ${when}${report.problems.length ? `; ${report.problems.join('; ')}` : ''}`,
      report.problems.length ? 'reseed the stream from a fresh login' : null,
    );
  } catch (error) {
    const failure = asCodexAuthError(error);
    add(
      'bundle',
      'fail',
      failure.message,
      isEnvelopeUnreadable(failure)
        ? 'use the key the stream was seeded with, or reseed'
        : 'reseed the stream',
    );
  }
}

async function checkSession(probe: () => Promise<KeepFreshRow>, add: Add): Promise<void> {
  const row = await probe();
  if (row.healthy) {
    add(
      'session',
      'ok',
      `a Codex call succeeded${row.refreshed ? ' and refreshed the login (persisted)' : ''}; generation ${row.generation}`,
    );
    return;
  }
  add(
    'session',
    'fail',
    row.problem ?? 'the Codex call failed',
    row.reseedNeeded
      ? 'the session is dead: sign in again and reseed (codex-auth seed --login --force)'
      : 'see the message',
  );
}
