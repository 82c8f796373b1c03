// The broker's per-run certificate authority. Codex trusts it through CODEX_CA_CERTIFICATE, which ADDS the
// certificate to its roots (the system roots stay). The CA private key is a WebCrypto key created
// non-extractable: it exists only in this process's memory and can never be exported, written or printed.
// Only the public CA certificate goes to disk.
//
// The two certificates are built here with node:crypto and the DER helpers in der.ts, not with an X.509 library:
// the broker starts inside every run, and with @peculiar/x509 (and reflect-metadata) its start cost about 85 ms of
// CPU (50 to import, 35 to start), against about 20 now (6 to import the whole broker, 6 for the first CA and leaf,
// most of it Node's first use of its EC code; figures in docs/benchmarks.md). ECDSA P-256 because a key pair takes
// well under a millisecond (RSA would take tens to hundreds). A run can make the CA early: prepareRunCa().

import { createHash, generateKeyPairSync, randomBytes, sign, webcrypto } from 'node:crypto';
import {
  bitString,
  octetString,
  oid,
  sequence,
  set,
  smallInteger,
  time,
  tlv,
  TRUE,
  unsignedInteger,
  utf8String,
} from './der.js';

export interface RunCa {
  /** The CA certificate (PEM): public, for CODEX_CA_CERTIFICATE. */
  readonly caPem: string;
  /** The leaf for IP:127.0.0.1 / DNS:localhost (PEM chain: leaf then CA), for the TLS listener. */
  readonly leafCertPem: string;
  /** The leaf private key (PEM) for node:tls, which takes no KeyObject on Node 20. Memory only, never written. */
  readonly leafKeyPem: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const ECDSA_WITH_SHA256 = sequence(oid('1.2.840.10045.4.3.2'));
const COMMON_NAME = oid('2.5.4.3');
const EXTENSION = {
  subjectKeyIdentifier: oid('2.5.29.14'),
  keyUsage: oid('2.5.29.15'),
  subjectAltName: oid('2.5.29.17'),
  basicConstraints: oid('2.5.29.19'),
  authorityKeyIdentifier: oid('2.5.29.35'),
  extKeyUsage: oid('2.5.29.37'),
};
const SERVER_AUTH = oid('1.3.6.1.5.5.7.3.1');
// KeyUsage named bits, DER form (trailing zero bits dropped, their count in the first byte):
// keyCertSign (5) + cRLSign (6) = 0b0000_0110 with 1 unused bit; digitalSignature (0) = 0b1000_0000 with 7.
const KEY_USAGE_CA = Buffer.from([0x03, 0x02, 0x01, 0x06]);
const KEY_USAGE_LEAF = Buffer.from([0x03, 0x02, 0x07, 0x80]);

const name = (commonName: string) => sequence(set(sequence(COMMON_NAME, utf8String(commonName))));

function extension(id: Buffer, critical: boolean, value: Buffer): Buffer {
  return critical ? sequence(id, TRUE, octetString(value)) : sequence(id, octetString(value));
}

/** A positive 16-byte serial (RFC 5280: at most 20 bytes, unpredictable); 0x40 keeps it 16 bytes and positive. */
function serial(): Buffer {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] ?? 0) & 0x3f) | 0x40;
  return unsignedInteger(bytes);
}

/** RFC 5280 4.2.1.2 method 1: SHA-1 of the public key's bits (an identifier, not a security property). */
function keyId(spki: Buffer): Buffer {
  // A P-256 SubjectPublicKeyInfo ends with the 65-byte uncompressed point; its BIT STRING header precedes it.
  return createHash('sha1')
    .update(spki.subarray(spki.length - 65))
    .digest();
}

interface TbsInput {
  readonly issuer: Buffer;
  readonly subject: Buffer;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly spki: Buffer;
  readonly extensions: readonly Buffer[];
}

/** A signed v3 certificate (RFC 5280 4.1), DER. `signer` is the issuer's private key. */
function certificate(tbsInput: TbsInput, signer: webcrypto.CryptoKey): Buffer {
  const tbs = sequence(
    tlv(0xa0, smallInteger(2)), // [0] EXPLICIT version: v3
    serial(),
    ECDSA_WITH_SHA256,
    tbsInput.issuer,
    sequence(time(tbsInput.notBefore), time(tbsInput.notAfter)),
    tbsInput.subject,
    tbsInput.spki,
    tlv(0xa3, sequence(...tbsInput.extensions)), // [3] EXPLICIT extensions
  );
  // node:crypto signs with the WebCrypto key as it is (no export) and gives the DER (r, s) X.509 wants.
  const signature = sign('sha256', tbs, { key: signer as never, dsaEncoding: 'der' });
  return sequence(tbs, ECDSA_WITH_SHA256, bitString(signature));
}

const pem = (der: Buffer) =>
  `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;

const DEFAULT_VALID_DAYS = 2;
let prepared: Promise<RunCa> | null = null;

/**
 * Starts making the next broker's CA now, so that a run makes it while it waits for its lock and store (the key
 * generation runs on libuv's thread pool) instead of on its critical path; the next `createRunCa()` with the
 * default validity takes it. Idempotent until taken. A failure is not lost: `createRunCa()` rethrows it.
 */
export function prepareRunCa(): void {
  if (prepared) return;
  prepared = makeRunCa(DEFAULT_VALID_DAYS);
  prepared.catch(() => undefined);
}

/**
 * A CA (basicConstraints CA:TRUE, pathLen 0, keyCertSign + cRLSign) and a leaf (CA:FALSE, digitalSignature,
 * serverAuth, SAN 127.0.0.1 and localhost), both valid from an hour ago (clock skew) for `validDays`.
 * rustls/webpki, which Codex uses, accepts exactly this shape (test/support/tls.ts makes the same one with openssl).
 * Each call gives a new CA: a prepared one is handed out once.
 */
export async function createRunCa(validDays = DEFAULT_VALID_DAYS): Promise<RunCa> {
  const early = validDays === DEFAULT_VALID_DAYS ? prepared : null;
  if (early) {
    prepared = null;
    return early;
  }
  return makeRunCa(validDays);
}

async function makeRunCa(validDays: number): Promise<RunCa> {
  const notBefore = new Date(Date.now() - 60 * 60 * 1000);
  const notAfter = new Date(Date.now() + validDays * DAY_MS);
  // The CA key is never extractable. The leaf key must reach node:tls as PEM, which takes no WebCrypto key; it
  // stays in memory and is never written to disk.
  const caKeys = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ]);
  const caSpki = Buffer.from(await webcrypto.subtle.exportKey('spki', caKeys.publicKey));
  const leafKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const leafSpki = leafKeys.publicKey.export({ type: 'spki', format: 'der' });
  const caName = name(`codex-auth broker CA ${process.pid}`);
  const caKeyId = keyId(caSpki);
  const ca = certificate(
    {
      issuer: caName,
      subject: caName,
      notBefore,
      notAfter,
      spki: caSpki,
      extensions: [
        extension(EXTENSION.basicConstraints, true, sequence(TRUE, smallInteger(0))),
        extension(EXTENSION.keyUsage, true, KEY_USAGE_CA),
        extension(EXTENSION.subjectKeyIdentifier, false, octetString(caKeyId)),
      ],
    },
    caKeys.privateKey,
  );
  const leaf = certificate(
    {
      issuer: caName,
      subject: name('127.0.0.1'),
      notBefore,
      notAfter,
      spki: leafSpki,
      extensions: [
        extension(EXTENSION.basicConstraints, true, sequence()),
        extension(EXTENSION.keyUsage, true, KEY_USAGE_LEAF),
        extension(EXTENSION.extKeyUsage, false, sequence(SERVER_AUTH)),
        // GeneralName [7] iPAddress (4 bytes) and [2] dNSName, both IMPLICIT.
        extension(
          EXTENSION.subjectAltName,
          false,
          sequence(tlv(0x87, Buffer.from([127, 0, 0, 1])), tlv(0x82, Buffer.from('localhost'))),
        ),
        extension(EXTENSION.authorityKeyIdentifier, false, sequence(tlv(0x80, caKeyId))),
      ],
    },
    caKeys.privateKey,
  );
  const caPem = pem(ca);
  return {
    caPem,
    leafCertPem: `${pem(leaf)}${caPem}`,
    leafKeyPem: leafKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}
