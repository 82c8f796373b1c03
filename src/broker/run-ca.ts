// The broker's per-run certificate authority. Codex trusts it through CODEX_CA_CERTIFICATE, which ADDS the
// certificate to its roots (the system roots stay). The CA and leaf private keys are WebCrypto keys created
// non-extractable: they exist only in this process's memory and can never be exported, written or printed.
// Only the public CA certificate goes to disk.
//
// @peculiar/x509 on WebCrypto ECDSA P-256: Node has no certificate generator, and a P-256 key pair takes well
// under a millisecond (RSA would take tens to hundreds), so the CA costs little at start-up.

// tsyringe (inside @peculiar/x509) needs the Reflect metadata API at import time.
import 'reflect-metadata';
import { KeyObject, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

export interface RunCa {
  /** The CA certificate (PEM): public, for CODEX_CA_CERTIFICATE. */
  readonly caPem: string;
  /** The leaf for IP:127.0.0.1 / DNS:localhost (PEM chain: leaf then CA), for the TLS listener. */
  readonly leafCertPem: string;
  /** The leaf private key (PEM) for node:tls, which takes no KeyObject on Node 20. Memory only, never written. */
  readonly leafKeyPem: string;
}

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

x509.cryptoProvider.set(webcrypto as never);

function serial(): string {
  // A positive 16-byte serial: first byte below 0x80 so DER does not read it as negative.
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return Buffer.from(bytes).toString('hex');
}

/**
 * A CA (basicConstraints CA:TRUE, pathLen 0, keyCertSign) and a leaf (CA:FALSE, serverAuth, SAN 127.0.0.1 and
 * localhost), both valid from an hour ago (clock skew) for `validDays`. rustls/webpki, which Codex uses, accepts
 * exactly this shape (test/support/tls.ts makes the same one with openssl).
 */
export async function createRunCa(validDays = 2): Promise<RunCa> {
  const notBefore = new Date(Date.now() - 60 * 60 * 1000);
  const notAfter = new Date(Date.now() + validDays * DAY_MS);
  // The CA key is never extractable; the leaf key must be extractable once to hand it to node:tls, which takes
  // no WebCrypto key. It stays in memory and is never written to disk.
  const caKeys = await webcrypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']);
  const leafKeys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `CN=codex-auth broker CA ${process.pid}`,
    notBefore,
    notAfter,
    keys: caKeys as never,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey as never),
    ],
  });
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: 'CN=127.0.0.1',
    issuer: ca.subject,
    notBefore,
    notAfter,
    publicKey: leafKeys.publicKey as never,
    signingKey: caKeys.privateKey as never,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false),
      new x509.SubjectAlternativeNameExtension([
        { type: 'ip', value: '127.0.0.1' },
        { type: 'dns', value: 'localhost' },
      ]),
      await x509.AuthorityKeyIdentifierExtension.create(ca, false),
    ],
  });
  const caPem = ca.toString('pem');
  return {
    caPem,
    leafCertPem: `${leaf.toString('pem')}\n${caPem}`,
    leafKeyPem: KeyObject.from(leafKeys.privateKey).export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}
