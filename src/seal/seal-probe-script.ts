// The probe Codex's sandbox runs before the model is called: one Node process (the same node that runs us, so
// nothing is installed) that tries what a hostile command would try and reports what it got. The report comes
// back on stdout to our process only; it is searched for secret values there and never printed.
//
// argv: marker, loopback port ('' when network is expected), the unix sockets that must refuse a connection (a JSON
// array: root daemons' sockets, which with network on are the agent's way to root), then the paths that must be
// unreadable.

export const PROBE_SCRIPT = String.raw`
const fs = require('fs');
const net = require('net');
const [marker, port, socketList, ...paths] = process.argv.slice(1);
const report = { marker, files: {}, env: JSON.stringify(process.env), proc: {}, network: 'not-checked', sockets: {} };
const readTree = (p, depth) => {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return fs.readFileSync(p, 'latin1');
  let text = '';
  for (const name of fs.readdirSync(p)) {
    text += name + '\n';
    if (depth < 3) { try { text += readTree(p + '/' + name, depth + 1); } catch {} }
  }
  return text || ' ';
};
for (const p of paths) {
  try { const text = readTree(p, 0); report.files[p] = { readable: text.length > 0, text }; }
  catch (e) { report.files[p] = { readable: false, error: e.code || String(e) }; }
}
try {
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try { report.proc[pid] = fs.readFileSync('/proc/' + pid + '/environ', 'latin1'); } catch {}
  }
} catch {}
// fs.writeSync, not process.stdout: when our stdout is a socket (Node's child pipes are socketpairs), Node sends
// with sendmsg, which the sandbox's seccomp filter refuses; write(2) is allowed.
const done = () => {
  const out = Buffer.from(JSON.stringify(report));
  for (let at = 0; at < out.length; ) {
    try { at += fs.writeSync(1, out, at); } catch (e) { if (e.code !== 'EAGAIN') throw e; }
  }
};
// Each attempt settles once: connected, refused (EACCES where the profile denies the path), or timed out.
const attempt = (target, record) => new Promise((settle) => {
  const socket = net.connect(target);
  const finish = (state) => { record(state); socket.destroy(); settle(); };
  socket.setTimeout(1500, () => finish('timeout'));
  socket.on('connect', () => finish('connected'));
  socket.on('error', (e) => finish(e.code || 'error'));
});
const attempts = JSON.parse(socketList || '[]').map((p) => attempt({ path: p }, (state) => (report.sockets[p] = state)));
if (port) attempts.push(attempt({ host: '127.0.0.1', port: Number(port) }, (state) => (report.network = state)));
Promise.all(attempts).then(done);
`;

export interface ProbeReport {
  readonly marker: string;
  readonly files: Record<
    string,
    { readonly readable: boolean; readonly text?: string; readonly error?: string }
  >;
  readonly env: string;
  readonly proc: Record<string, string>;
  readonly network: string;
  /** Each unix socket asked for: `connected`, or why not (EACCES, ENOENT, timeout). */
  readonly sockets?: Record<string, string>;
}

// The same probe as a POSIX shell script, for the common case of no socket to try (network off): it saves starting
// Node inside the sandbox (about 30 ms of CPU, while Codex starts beside it). It reads what the Node probe reads;
// for loopback it reads the sandbox's TCP table instead of connecting: loopback addresses belong to a network
// namespace, so 127.0.0.1:PORT is reachable from the sandbox exactly when PORT listens in the sandbox's own
// namespace, i.e. when our listener shows in its /proc/net/tcp. A table that cannot be read counts as reachable.
// Each section starts with a line "<marker> <name>"; the paths are named by their position, never printed.
//
// argv: marker, loopback port ('' when network is expected), then the paths that must be unreadable.
export const SHELL_PROBE_SCRIPT = `
m=$1; port=$2; shift 2
section() { printf '\\n%s %s\\n' "$m" "$1"; }
section env; env
for f in /proc/[0-9]*/environ; do
  pid=\${f#/proc/}; section "proc \${pid%/environ}"; cat "$f" 2>/dev/null
done
if [ -n "$port" ]; then
  section tcp; cat /proc/net/tcp /proc/net/tcp6 2>/dev/null || echo unreadable
fi
i=0
for p in "$@"; do
  if [ -d "$p" ]; then
    ls -1A "$p" >/dev/null 2>&1 && r=readable || r=denied
    section "file $i $r"; find "$p" -maxdepth 3 2>/dev/null; find "$p" -maxdepth 3 -type f -exec cat {} + 2>/dev/null
  else
    cat "$p" >/dev/null 2>&1 && r=readable || r=denied
    section "file $i $r"; cat "$p" 2>/dev/null
  fi
  i=$((i + 1))
done
section end
`;

/**
 * The shell probe's output as the Node probe's report; null if it is not this probe's (marker) or not complete.
 * `tcp` is what the loopback check reads: a listener on `port` in the sandbox's table means it can connect.
 */
export function parseShellReport(
  stdout: string,
  marker: string,
  port: string,
  paths: readonly string[],
): ProbeReport | null {
  const sections = new Map<string, string>();
  const parts = stdout.split(`\n${marker} `);
  for (const part of parts.slice(1)) {
    const newline = part.indexOf('\n');
    const name = newline === -1 ? part : part.slice(0, newline);
    sections.set(name, newline === -1 ? '' : part.slice(newline + 1));
  }
  if (!sections.has('end') || !sections.has('env')) return null;
  const files: Record<string, ProbeReport['files'][string]> = {};
  for (const [index, file] of paths.entries()) {
    const found = [...sections.keys()].find((name) => name.startsWith(`file ${index} `));
    // A path with no answer counts as readable: a probe that stopped half-way never passes.
    files[file] = { readable: found === undefined || found.endsWith(' readable') };
  }
  const proc: Record<string, string> = {};
  for (const [name, text] of sections) if (name.startsWith('proc ')) proc[name.slice(5)] = text;
  return {
    marker,
    files,
    env: sections.get('env') ?? '',
    proc,
    network: port === '' ? 'not-checked' : loopbackState(sections.get('tcp'), port),
  };
}

/** 'connected' when the sandbox's TCP table shows a listener on `port` (or cannot be read), else 'no-listener'. */
function loopbackState(table: string | undefined, port: string): string {
  if (table === undefined || table.trim() === 'unreadable' || !table.includes('local_address'))
    return 'connected';
  const hexPort = Number(port).toString(16).toUpperCase().padStart(4, '0');
  const listening = table
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .some((fields) => fields[1]?.endsWith(`:${hexPort}`) === true && fields[3] === '0A');
  return listening ? 'connected' : 'no-listener';
}
