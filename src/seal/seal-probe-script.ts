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
