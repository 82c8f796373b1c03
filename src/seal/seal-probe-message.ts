import type { SealInputNames } from '../core/seal-request.js';
import { socketFix } from './network-seal.js';
import type { SealProbeResult } from './seal-probe.js';
import { bwrapPath, namespaceFixSteps } from './userns-fix.js';

/** The refusal for a failed seal probe: what the probe found, and the fix for that kind of failure. */
export function probeFailureMessage(
  result: SealProbeResult,
  codexPath: string,
  names: SealInputNames,
  fixNote: string,
): string {
  const failure = result.failure;
  // Codex may have started beside the probe (behind the broker's gate): either way no request reached the model.
  const base = `the seal probe failed, so the run was refused before any model call: ${failure?.detail ?? 'unknown failure'}.`;
  switch (failure?.kind) {
    case 'old-codex':
      return `${base} (${names.codexVersion}).`;
    case 'not-codex':
      return `${base} Point --codex at the Codex CLI (Action: codex-version), e.g. the \`codex\` that \`npm install -g @openai/codex\` installs.`;
    case 'no-namespaces':
      return `${base}${fixNote}\n${namespaceFixSteps(bwrapPath(codexPath))}`;
    case 'no-commands':
      return `${base} Check that \`codex sandbox -- echo ok\` works on this machine.`;
    case 'socket':
      return `${base}${socketFix(names)}`;
    default:
      return `${base} This Codex build does not enforce the permission profile here; pin a Codex version listed in the README (${names.codexVersion}), and report it.`;
  }
}
