import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findNativeCodex } from '../codex/native-codex.js';

// Codex's Linux sandbox is bubblewrap, which needs unprivileged user namespaces. Ubuntu 24.04 (GitHub's
// ubuntu-24.04 and ubuntu-latest runners) allows them only to programs an AppArmor profile names, so every command
// the agent tries fails. OpenAI's sandboxing prerequisites give two fixes, narrowest first: an AppArmor profile that
// lets bubblewrap create user namespaces, or switching the restriction off for the whole machine by sysctl.

const RESTRICT_SYSCTL = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';
const PROFILE_PATH = '/etc/apparmor.d/codex-auth-bwrap';

/** The bubblewrap Codex runs: /usr/bin/bwrap when present, else the one bundled with the npm package. */
export function bwrapPath(codexPath: string): string {
  if (existsSync('/usr/bin/bwrap')) return '/usr/bin/bwrap';
  const native = findNativeCodex(codexPath);
  const bundled = native ? path.join(native.vendorDir, 'codex-resources', 'bwrap') : null;
  return bundled !== null && existsSync(bundled) ? bundled : '/usr/bin/bwrap';
}

/** An AppArmor profile (abi 4.0, as Ubuntu 24.04's own bwrap-userns-restrict) allowing `userns` to one binary. */
export function apparmorProfile(bwrap: string): string {
  return [
    'abi <abi/4.0>,',
    'include <tunables/global>',
    '',
    `profile codex-auth-bwrap ${JSON.stringify(bwrap)} flags=(unconfined) {`,
    '  userns,',
    '  include if exists <local/codex-auth-bwrap>',
    '}',
    '',
  ].join('\n');
}

/** The steps a user runs by hand where the tool cannot (no passwordless sudo). */
export function namespaceFixSteps(bwrap: string): string {
  return [
    "Codex's sandbox (bubblewrap) cannot create user namespaces on this machine, so no command the agent runs would work.",
    `Fix, narrowest first: (1) allow Codex's bubblewrap (${bwrap}) by AppArmor: write ${PROFILE_PATH} containing`,
    `  ${apparmorProfile(bwrap).trim().split('\n').join(' ')}`,
    `  then run \`sudo apparmor_parser -r ${PROFILE_PATH}\` (or install apparmor-profiles and load its bwrap-userns-restrict profile);`,
    '(2) only as a last resort, `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`.',
    'Elsewhere (no AppArmor): allow unprivileged user namespaces (`sysctl kernel.unprivileged_userns_clone=1`, `user.max_user_namespaces` > 0), or run in a container that permits them.',
  ].join('\n');
}

export type NamespaceFix =
  | { readonly applied: 'apparmor-profile' | 'sysctl'; readonly change: string }
  | { readonly applied: null; readonly why: string };

/**
 * Applies the narrowest fix with passwordless sudo: the AppArmor profile when AppArmor restricts user namespaces,
 * the sysctl only if loading the profile failed. Never prompts (`sudo -n`).
 */
export async function fixUserNamespaces(codexPath: string): Promise<NamespaceFix> {
  if (!(await succeeds('sudo', ['-n', 'true']))) {
    return { applied: null, why: 'passwordless sudo is not available' };
  }
  if (readRestriction() !== '1') {
    return {
      applied: null,
      why: `AppArmor does not restrict user namespaces here (${RESTRICT_SYSCTL} is ${readRestriction() ?? 'absent'}), so neither fix applies`,
    };
  }
  const bwrap = bwrapPath(codexPath);
  const written = await succeeds('sudo', ['-n', 'tee', PROFILE_PATH], apparmorProfile(bwrap));
  if (written && (await succeeds('sudo', ['-n', 'apparmor_parser', '-r', PROFILE_PATH]))) {
    return {
      applied: 'apparmor-profile',
      change: `loaded the AppArmor profile ${PROFILE_PATH}, which lets ${bwrap} create user namespaces`,
    };
  }
  if (await succeeds('sudo', ['-n', 'sysctl', '-w', 'kernel.apparmor_restrict_unprivileged_userns=0'])) {
    return {
      applied: 'sysctl',
      change:
        'set kernel.apparmor_restrict_unprivileged_userns=0 (the AppArmor profile could not be loaded); this allows user namespaces to every program on this machine',
    };
  }
  return { applied: null, why: 'neither the AppArmor profile nor the sysctl could be applied with sudo' };
}

function readRestriction(): string | null {
  try {
    return readFileSync(RESTRICT_SYSCTL, 'utf8').trim();
  } catch {
    return null;
  }
}

function succeeds(file: string, args: readonly string[], input?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = execFile(file, args, { timeout: 30_000 }, (error) => resolve(error === null));
    if (input !== undefined) child.stdin?.end(input);
    else child.stdin?.end();
  });
}
