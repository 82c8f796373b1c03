// A per-run certificate authority and a leaf certificate for 127.0.0.1 / localhost, made with Debian's `openssl`
// CLI. Codex only talks to the ChatGPT backend over https; it trusts this CA through CODEX_CA_CERTIFICATE.
//
// The certificates satisfy rustls/webpki (what Codex uses): X.509 v3, EC P-256, the CA has
// basicConstraints CA:TRUE + keyCertSign, the leaf is not a CA, carries the SANs and serverAuth EKU.

import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestTls {
  /** Absolute path of the CA certificate (PEM), inside the caller's directory. */
  readonly caPath: string;
  /** The leaf's private key (PEM), for `https.createServer`. */
  readonly key: string;
  /** The leaf certificate (PEM). */
  readonly cert: string;
}

async function openssl(args: readonly string[], cwd: string): Promise<void> {
  try {
    await run('openssl', [...args], { cwd, timeout: 30_000 });
  } catch (error) {
    const stderr = (error as { stderr?: unknown }).stderr;
    throw new Error(`openssl ${args[0] ?? ''} failed: ${typeof stderr === 'string' ? stderr.trim() : error}`);
  }
}

/**
 * Creates a fresh CA and a leaf certificate (IP:127.0.0.1, DNS:localhost) valid for two days.
 * Writes `ca.pem` into `dir` (created if needed); the keys never leave memory except through a scratch directory
 * inside `dir` that is removed before returning.
 */
export async function createTestTls(dir: string): Promise<TestTls> {
  await mkdir(dir, { recursive: true });
  const work = join(dir, `.tls-work-${process.pid}-${Date.now()}`);
  await mkdir(work, { recursive: true, mode: 0o700 });
  try {
    await writeFile(
      join(work, 'leaf.ext'),
      [
        'basicConstraints = critical, CA:FALSE',
        'keyUsage = critical, digitalSignature',
        'extendedKeyUsage = serverAuth',
        'subjectAltName = IP:127.0.0.1, DNS:localhost',
        'subjectKeyIdentifier = hash',
        'authorityKeyIdentifier = keyid',
        '',
      ].join('\n'),
    );
    const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
    await openssl(
      [
        'req',
        '-x509',
        ...ec,
        '-keyout',
        'ca.key',
        '-out',
        'ca.pem',
        '-days',
        '2',
        '-subj',
        `/CN=codex-auth-action test CA ${process.pid}`,
        '-addext',
        'basicConstraints=critical,CA:TRUE',
        '-addext',
        'keyUsage=critical,keyCertSign,cRLSign',
      ],
      work,
    );
    await openssl(
      ['req', '-new', ...ec, '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', '/CN=127.0.0.1'],
      work,
    );
    await openssl(
      [
        'x509',
        '-req',
        '-in',
        'leaf.csr',
        '-CA',
        'ca.pem',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-out',
        'leaf.pem',
        '-days',
        '2',
        '-sha256',
        '-extfile',
        'leaf.ext',
      ],
      work,
    );
    const [caPem, key, cert] = await Promise.all([
      readFile(join(work, 'ca.pem'), 'utf8'),
      readFile(join(work, 'leaf.key'), 'utf8'),
      readFile(join(work, 'leaf.pem'), 'utf8'),
    ]);
    const caPath = join(dir, 'ca.pem');
    await writeFile(caPath, caPem, { mode: 0o644 });
    return { caPath, key, cert };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
