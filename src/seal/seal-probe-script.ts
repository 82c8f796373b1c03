// The probe Codex's sandbox runs before the model is called: one Node process (the same node that runs us, so
// nothing is installed) that tries what a hostile command would try and reports what it got. The report comes
// back on stdout to our process only; it is searched for secret values there and never printed.
//
// argv: marker, loopback port ('' when network is expected), then the paths that must be unreadable.

export const PROBE_SCRIPT = String.raw`
const fs = require('fs');
const net = require('net');
const [marker, port, ...paths] = process.argv.slice(1);
const report = { marker, files: {}, env: JSON.stringify(process.env), proc: {}, network: 'not-checked' };
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
if (!port) { done(); } else {
  const socket = net.connect({ host: '127.0.0.1', port: Number(port) });
  const finish = (state) => { report.network = state; socket.destroy(); done(); };
  socket.setTimeout(1500, () => finish('timeout'));
  socket.on('connect', () => finish('connected'));
  socket.on('error', (e) => finish(e.code || 'error'));
}
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
}
