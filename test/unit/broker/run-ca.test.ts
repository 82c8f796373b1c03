// The broker's two certificates, read back by two implementations that did not make them: node:crypto's
// X509Certificate and Debian's openssl CLI (extensions, criticality, strict chain check for a TLS server), and used
// for a real node:tls handshake. Codex's rustls side is covered by test/e2e/broker-*.test.ts.
import { execFile } from 'node:child_process';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { connect, createServer, type PeerCertificate } from 'node:tls';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRunCa, prepareRunCa, type RunCa } from '../../../src/broker/run-ca.js';

const run = promisify(execFile);
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

let dir: string;
let made: { ca: RunCa; before: number; after: number };
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'run-ca-test-'));
  const before = Date.now();
  const ca = await createRunCa(3);
  made = { ca, before, after: Date.now() };
  await writeFile(path.join(dir, 'ca.pem'), ca.caPem);
  await writeFile(path.join(dir, 'chain.pem'), ca.leafCertPem);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** The certificates in a PEM text, in order. */
function certificatesIn(pemText: string): X509Certificate[] {
  const blocks = pemText.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((block) => new X509Certificate(block));
}

/** openssl's reading of one certificate's extensions, e.g. "X509v3 Basic Constraints: critical\n CA:TRUE...". */
async function opensslText(file: string): Promise<string> {
  const { stdout } = await run('openssl', ['x509', '-in', file, '-noout', '-text']);
  return stdout.replace(/[ \t]+/g, ' ');
}

describe('createRunCa', () => {
  it('makes a self-signed CA and a leaf it signed, the leaf key matching the leaf', () => {
    const [ca] = certificatesIn(made.ca.caPem);
    const [leaf, chainCa, extra] = certificatesIn(made.ca.leafCertPem);
    expect(ca && leaf && chainCa && extra === undefined).toBe(true);
    if (!ca || !leaf || !chainCa) return;
    expect(chainCa.fingerprint256).toBe(ca.fingerprint256);
    expect(ca.verify(ca.publicKey)).toBe(true);
    expect(leaf.verify(ca.publicKey)).toBe(true);
    expect(leaf.checkIssued(ca)).toBe(true);
    expect(ca.issuer).toBe(ca.subject);
    expect(leaf.checkPrivateKey(createPrivateKey(made.ca.leafKeyPem))).toBe(true);
    expect(ca.publicKey.asymmetricKeyDetails).toEqual({ namedCurve: 'prime256v1' });
    expect(leaf.serialNumber).not.toBe(ca.serialNumber);
  });

  it('is valid from an hour ago for the days asked, no more', () => {
    for (const cert of certificatesIn(made.ca.leafCertPem)) {
      // X.509 times have whole seconds.
      const from = Date.parse(cert.validFrom);
      const to = Date.parse(cert.validTo);
      expect(from).toBeGreaterThanOrEqual(Math.floor((made.before - HOUR_MS) / 1000) * 1000);
      expect(from).toBeLessThanOrEqual(made.after - HOUR_MS);
      expect(to).toBeGreaterThanOrEqual(Math.floor((made.before + 3 * DAY_MS) / 1000) * 1000);
      expect(to).toBeLessThanOrEqual(made.after + 3 * DAY_MS);
    }
  });

  it('names 127.0.0.1 and localhost in the leaf only', () => {
    const [leaf] = certificatesIn(made.ca.leafCertPem);
    const [ca] = certificatesIn(made.ca.caPem);
    expect(leaf?.subjectAltName).toBe('IP Address:127.0.0.1, DNS:localhost');
    expect(leaf?.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(leaf?.checkHost('localhost')).toBe('localhost');
    expect(leaf?.checkHost('example.com')).toBeUndefined();
    expect(ca?.subjectAltName).toBeUndefined();
  });

  it('gives the CA CA:TRUE pathlen 0 and certificate signing, the leaf CA:FALSE and TLS server use, all critical', async () => {
    const ca = await opensslText(path.join(dir, 'ca.pem'));
    expect(ca).toContain('X509v3 Basic Constraints: critical\n CA:TRUE, pathlen:0\n');
    expect(ca).toContain('X509v3 Key Usage: critical\n Certificate Sign, CRL Sign\n');
    expect(ca).toContain('X509v3 Subject Key Identifier:');
    expect(ca).not.toContain('Extended Key Usage');
    const leaf = await opensslText(path.join(dir, 'chain.pem')); // openssl reads the first: the leaf
    expect(leaf).toContain('X509v3 Basic Constraints: critical\n CA:FALSE\n');
    expect(leaf).toContain('X509v3 Key Usage: critical\n Digital Signature\n');
    expect(leaf).toContain('X509v3 Extended Key Usage: \n TLS Web Server Authentication\n');
    expect(leaf).toContain('Signature Algorithm: ecdsa-with-SHA256');
    expect(leaf).toContain('Version: 3 (0x2)');
    // The leaf's authority key id is the CA's subject key id.
    const keyId = (text: string, label: string) => text.split(`${label}:`)[1]?.trim().split('\n')[0];
    expect(keyId(leaf, 'X509v3 Authority Key Identifier')).toBe(keyId(ca, 'X509v3 Subject Key Identifier'));
  });

  it('passes openssl verify -x509_strict for a TLS server', async () => {
    const { stdout } = await run('openssl', [
      'verify',
      '-x509_strict',
      '-purpose',
      'sslserver',
      '-CAfile',
      path.join(dir, 'ca.pem'),
      path.join(dir, 'chain.pem'),
    ]);
    expect(stdout.trim()).toBe(`${path.join(dir, 'chain.pem')}: OK`);
  });

  it('serves a node:tls handshake that trusts only this CA, and fails one that trusts another', async () => {
    const server = createServer({ key: made.ca.leafKeyPem, cert: made.ca.leafCertPem }, (socket) =>
      socket.end('ok'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const handshake = (ca: string, servername?: string) =>
      new Promise<PeerCertificate>((resolve, reject) => {
        const socket = connect({ host: '127.0.0.1', port, ca: [ca], servername }, () => {
          resolve(socket.getPeerCertificate());
          socket.end();
        });
        socket.on('error', reject);
      });
    try {
      const peer = await handshake(made.ca.caPem);
      expect(peer.subjectaltname).toBe('IP Address:127.0.0.1, DNS:localhost');
      await expect(handshake(made.ca.caPem, 'localhost')).resolves.toBeTruthy();
      const other = await createRunCa();
      await expect(handshake(other.caPem)).rejects.toThrow(/self[- ]signed|unable to (get|verify)/i);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('prepareRunCa', () => {
  afterEach(() => vi.useRealTimers());
  const validFrom = (ca: RunCa) => new X509Certificate(ca.caPem).validFrom;

  it('makes the CA when asked and hands it to the next createRunCa() once, so a run can make it early', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T12:00:00Z'));
    prepareRunCa();
    vi.setSystemTime(new Date('2030-02-01T12:00:00Z'));
    prepareRunCa(); // idempotent until taken: still the one made in January
    vi.setSystemTime(new Date('2030-06-01T12:00:00Z'));
    const other = await createRunCa(3); // another validity: made now, the prepared one stays
    const early = await createRunCa();
    const later = await createRunCa();
    expect(validFrom(other)).toBe('Jun  1 11:00:00 2030 GMT');
    expect(validFrom(early)).toBe('Jan  1 11:00:00 2030 GMT');
    expect(validFrom(later)).toBe('Jun  1 11:00:00 2030 GMT');
    expect(new Set([other.caPem, early.caPem, later.caPem]).size).toBe(3);
  });
});
