import { describe, expect, it } from 'vitest';
import { SealError } from '../../../src/core/errors.js';
import type { SealRequest } from '../../../src/core/seal-request.js';
import { CLI_VOCABULARY } from '../../../src/app/vocabulary.js';
import { networkSealedByBroker, socketsToClose } from '../../../src/seal/network-seal.js';
import { planSeal, type SealHomeInput } from '../../../src/seal/seal-home.js';
import { probeFailureMessage } from '../../../src/seal/seal-probe-message.js';

const seal = (over: Partial<SealRequest> = {}): SealRequest => ({
  names: CLI_VOCABULARY.seal,
  allowUnsealed: false,
  fixNamespaces: false,
  ...over,
});
const network = { profile: 'codex-auth-sealed', network: true, unsealedBy: [] };
const broker = { requested: false, brokerHoldsLogin: true };

function input(over: Partial<SealHomeInput> = {}): SealHomeInput {
  return {
    home: '/nonexistent/home',
    userConfig: undefined,
    codexArgs: ['--sandbox', 'workspace-write', '-c', 'sandbox_workspace_write.network_access=true', 'go'],
    codexPath: 'codex',
    env: {},
    cwd: '/nonexistent/work',
    extraDeny: [],
    homeHoldsSecret: false,
    seal: seal(),
    isolation: broker,
    ...over,
  };
}

describe('networkSealedByBroker', () => {
  it('network, sandboxed, the broker holding the login, Codex as this user: sealed by the broker', () => {
    expect(networkSealedByBroker(network, seal(), broker)).toBe(true);
  });

  it('not without the broker, not with codex-user, not unsandboxed, not opted in, not when something unseals it', () => {
    expect(networkSealedByBroker(network, seal(), { requested: false, brokerHoldsLogin: false })).toBe(false);
    expect(networkSealedByBroker(network, seal(), undefined)).toBe(false);
    expect(networkSealedByBroker(network, seal(), { requested: true, brokerHoldsLogin: true })).toBe(false);
    expect(networkSealedByBroker({ ...network, profile: null }, seal(), broker)).toBe(false);
    expect(networkSealedByBroker(network, seal({ allowUnsealed: true }), broker)).toBe(false);
    expect(networkSealedByBroker({ ...network, unsealedBy: ['trusted'] }, seal(), broker)).toBe(false);
    expect(networkSealedByBroker({ ...network, network: false }, seal(), broker)).toBe(false);
  });
});

describe('planSeal with network', () => {
  it('with the broker: allowed, network in the profile, every present root daemon socket denied', () => {
    const plan = planSeal(input());
    expect(plan.config).toMatchObject({ mode: 'workspace-write', network: true });
    expect(plan.sockets).toEqual(socketsToClose());
    for (const socket of plan.sockets ?? []) expect(plan.deny).toContain(socket);
    expect(plan.config.toml).toMatch(/\[permissions\.codex-auth-sealed\.network\]\s*enabled = true/);
  });

  it('without the broker (restore keeps the deny-read seal): refused, naming the way out', () => {
    expect(() => planSeal(input({ isolation: undefined, homeHoldsSecret: true }))).toThrow(SealError);
    expect(() => planSeal(input({ isolation: undefined, homeHoldsSecret: true }))).toThrow(
      /network access lets the agent's commands reach .*--allow-agent-to-read-credentials/,
    );
  });

  it('without network nothing changes: no socket entry, nothing probed', () => {
    expect(planSeal(input({ codexArgs: ['--sandbox', 'workspace-write', 'go'] })).sockets).toBeNull();
  });
});

describe('a probe that connected to a root daemon socket', () => {
  it('is refused with the socket named and the fix: codex-user, network off, or the opt-in', () => {
    const message = probeFailureMessage(
      {
        ok: false,
        ms: 1,
        codexVersion: '0.169.0',
        stderr: '',
        failure: {
          kind: 'socket',
          detail: "the agent's commands can connect to /run/docker.sock, a root daemon's socket",
        },
      },
      'codex',
      CLI_VOCABULARY.seal,
      '',
    );
    expect(message).toMatch(/connect to \/run\/docker\.sock/);
    expect(message).toMatch(/--codex-user.*network access off.*--allow-agent-to-read-credentials/);
  });
});
