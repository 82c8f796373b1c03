// What decides whether Codex can run as a separate user without that user reaching us: pure readings of the
// machine's answers (sudo's exit, a user's groups, Yama's ptrace_scope, which daemon sockets exist), so each is
// unit-tested against fakes of its input. The I/O that gathers them lives in agent-user.ts.

/** How `sudo -n true` answered for the calling user. */
export type SudoAccess = 'passwordless' | 'refused' | 'absent';

/**
 * `sudo -n true`: exit 0 means passwordless sudo; any other exit (a password is required, not in sudoers) means
 * none. A spawn error ENOENT means sudo is not installed, which for the agent is as good as refused.
 */
export function readSudo(answer: { readonly code: number | null; readonly spawnError?: string }): SudoAccess {
  if (answer.spawnError === 'ENOENT') return 'absent';
  return answer.code === 0 ? 'passwordless' : 'refused';
}

/**
 * Groups that hand out root or the machine's secrets: sudo/wheel/admin (sudo rules), docker/podman/lxd/libvirt/
 * incus (a daemon that starts root containers), disk (raw block devices), adm/systemd-journal (logs, which hold
 * what other steps printed), shadow (password hashes), root. The runner user of GitHub's images is in docker,
 * adm and systemd-journal; the agent user must be in none of them.
 */
export const PRIVILEGED_GROUPS: readonly string[] = [
  'root',
  'sudo',
  'wheel',
  'admin',
  'docker',
  'podman',
  'lxd',
  'incus',
  'incus-admin',
  'libvirt',
  'kvm',
  'disk',
  'adm',
  'systemd-journal',
  'shadow',
];

/** The privileged groups among `id -Gn <user>`'s answer (space-separated names), in the order given. */
export function privilegedGroupsIn(idGroups: string): string[] {
  return idGroups
    .split(/\s+/)
    .filter((name) => name !== '')
    .filter((name) => PRIVILEGED_GROUPS.includes(name));
}

export interface PtraceScope {
  /** 0-3, or null when Yama is not in the kernel (no /proc/sys/kernel/yama/ptrace_scope). */
  readonly value: number | null;
  /** One line for the report. */
  readonly note: string;
}

/**
 * /proc/sys/kernel/yama/ptrace_scope (null: the file is absent). Yama only restricts same-uid attaching; a
 * different uid without CAP_SYS_PTRACE can never attach or read another user's /proc/<pid>/mem or environ,
 * whatever the scope. So for a separate agent user the value is reported, and the probe proves the rest.
 */
export function readPtraceScope(text: string | null): PtraceScope {
  if (text === null) {
    return {
      value: null,
      note: 'Yama is absent: a same-user agent could read our memory; a separate user cannot',
    };
  }
  const value = Number(text.trim());
  if (!Number.isInteger(value) || value < 0 || value > 3) {
    return { value: null, note: `ptrace_scope reads ${JSON.stringify(text.trim())}: treated as absent` };
  }
  const notes = [
    'classic: any same-user process may attach',
    'restricted: only descendants may be attached',
    'admin-only attach',
    'no attach at all',
  ];
  return { value, note: `ptrace_scope ${value} (${notes[value]})` };
}

/**
 * Sockets of root daemons that run containers or services as root: write access to one is root on the machine.
 * openai/codex-action locks the same set down for its unprivileged user. Checked only where they exist.
 */
export function rootDaemonSockets(runnerUid: number): string[] {
  return [
    '/var/run/docker.sock',
    '/run/docker.sock',
    '/run/containerd/containerd.sock',
    '/run/podman/podman.sock',
    '/run/buildkit/buildkitd.sock',
    '/var/run/crio/crio.sock',
    '/run/k3s/containerd/containerd.sock',
    '/var/lib/lxd/unix.socket',
    '/var/snap/lxd/common/lxd/unix.socket',
    '/var/run/libvirt/libvirt-sock',
    `/run/user/${runnerUid}/docker.sock`,
    `/run/user/${runnerUid}/podman/podman.sock`,
  ];
}

/** The candidates that exist, with `exists` as the only I/O (a fake in tests). */
export function presentSockets(candidates: readonly string[], exists: (file: string) => boolean): string[] {
  return candidates.filter((file) => exists(file));
}

/** A user name as useradd and sudo take it, and nothing a shell or an option parser could misread. */
export function isValidUserName(name: string): boolean {
  return /^[a-z_][a-z0-9_-]{0,31}$/.test(name);
}
