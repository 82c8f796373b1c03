import { describe, expect, it } from 'vitest';
import { SealError } from '../../../src/core/errors.js';
import type { SealRequest } from '../../../src/core/seal-request.js';
import { CLI_VOCABULARY } from '../../../src/app/vocabulary.js';
import { checkUnsealed, needsIsolation, unsealedNote } from '../../../src/seal/isolated-access.js';

const seal = (over: Partial<SealRequest> = {}): SealRequest => ({
  names: CLI_VOCABULARY.seal,
  allowUnsealed: false,
  fixNamespaces: false,
  ...over,
});
const full = { profile: null, network: true, mode: 'danger-full-access' as const };
const network = { profile: ':workspace', network: true, mode: 'workspace-write' as const };
const sealed = { profile: ':read-only', network: false, mode: 'read-only' as const };
const none = { requested: false, brokerHoldsLogin: false };
const isolated = { requested: true, brokerHoldsLogin: false };
const withBroker = { requested: true, brokerHoldsLogin: true };

function refusal(run: () => void): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SealError);
    return (error as Error).message;
  }
  throw new Error('not refused');
}

describe('checkUnsealed', () => {
  it('a sandboxed run needs nothing', () => {
    expect(needsIsolation(sealed)).toBe(false);
    expect(() => checkUnsealed(sealed, seal(), none)).not.toThrow();
  });

  it('full access or network without codex-user or the opt-in: refused, naming both ways out', () => {
    for (const config of [full, network]) {
      expect(refusal(() => checkUnsealed(config, seal(), none))).toMatch(
        /refused before Codex ran: .*\(--codex-user\), or set --allow-agent-to-read-credentials/,
      );
    }
  });

  it('codex-user without the broker: refused, it needs the broker; the opt-in still lets it run', () => {
    expect(refusal(() => checkUnsealed(full, seal(), isolated))).toMatch(
      /danger-full-access with --codex-user needs the broker: .*Set --allow-agent-to-read-credentials as well/,
    );
    expect(refusal(() => checkUnsealed(network, seal(), isolated))).toMatch(
      /network access with --codex-user needs the broker/,
    );
    expect(() => checkUnsealed(full, seal({ allowUnsealed: true }), isolated)).not.toThrow();
  });

  it('codex-user with the broker holding the login: allowed without the opt-in', () => {
    expect(() => checkUnsealed(full, seal(), withBroker)).not.toThrow();
    expect(() => checkUnsealed(network, seal(), withBroker)).not.toThrow();
  });

  it('codex-user where the round trip does not isolate (restore, token lanes): refused, saying so', () => {
    expect(refusal(() => checkUnsealed(full, seal({ codexUser: 'create' }), none))).toMatch(
      /--codex-user applies to a stream's run only \(not restore or the token lanes\)/,
    );
  });

  it('the opt-in keeps its meaning without codex-user', () => {
    expect(() => checkUnsealed(full, seal({ allowUnsealed: true }), none)).not.toThrow();
  });
});

describe('unsealedNote', () => {
  it('says what a separate user can and cannot reach, and whether the login is readable', () => {
    const note = unsealedNote(full, seal({ allowUnsealed: true }), true);
    expect(note.reason).toBe('danger-full-access (separate user, opted in)');
    expect(note.warning).toMatch(/cannot reach this job's processes, sudo.*can read the ChatGPT login/);
    expect(unsealedNote(full, seal(), true).warning).toMatch(/CODEX_HOME holds placeholders only/);
    expect(unsealedNote(network, seal({ allowUnsealed: true }), false).reason).toBe(
      'network access (opted in)',
    );
  });
});
