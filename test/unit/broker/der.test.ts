// The DER encodings behind the broker's certificates, against bytes from X.690 and RFC 5280 (and openssl's output
// for the same values), at the edges a certificate reaches: long lengths, high-bit integers, the 2050 time switch.
import { describe, expect, it } from 'vitest';
import { oid, sequence, time, tlv, unsignedInteger } from '../../../src/broker/der.js';

const hex = (bytes: Buffer) => bytes.toString('hex');

describe('der', () => {
  it('writes short and long lengths', () => {
    expect(hex(tlv(0x04, Buffer.alloc(0)))).toBe('0400');
    expect(hex(tlv(0x04, Buffer.alloc(127)).subarray(0, 2))).toBe('047f');
    expect(hex(tlv(0x04, Buffer.alloc(128)).subarray(0, 3))).toBe('048180');
    expect(hex(tlv(0x04, Buffer.alloc(300)).subarray(0, 4))).toBe('0482012c');
    expect(tlv(0x04, Buffer.alloc(300)).length).toBe(304);
    expect(hex(tlv(0x04, Buffer.alloc(65536)).subarray(0, 5))).toBe('048301' + '0000');
  });

  it('writes non-negative integers minimally, with a 0x00 before a high bit', () => {
    expect(hex(unsignedInteger(Buffer.from([0])))).toBe('020100');
    expect(hex(unsignedInteger(Buffer.from([2])))).toBe('020102');
    expect(hex(unsignedInteger(Buffer.from([0x80])))).toBe('02020080');
    expect(hex(unsignedInteger(Buffer.from([0, 0, 0x7f, 1])))).toBe('02027f01');
    expect(hex(unsignedInteger(Buffer.from([0, 0xff])))).toBe('020200ff');
  });

  it('writes object identifiers with multi-byte arcs', () => {
    expect(hex(oid('2.5.29.19'))).toBe('0603551d13');
    expect(hex(oid('1.2.840.10045.4.3.2'))).toBe('06082a8648ce3d040302');
    expect(hex(oid('1.3.6.1.5.5.7.3.1'))).toBe('06082b06010505070301');
  });

  it('writes UTCTime to 2049 and GeneralizedTime from 2050 (RFC 5280 4.1.2.5)', () => {
    expect(time(new Date('2026-12-07T10:30:05.999Z')).toString('latin1')).toBe('\x17\x0d261207103005Z');
    expect(time(new Date('2049-12-31T23:59:59Z')).toString('latin1')).toBe('\x17\x0d491231235959Z');
    expect(time(new Date('2050-01-01T00:00:00Z')).toString('latin1')).toBe('\x18\x0f20500101000000Z');
  });

  it('nests', () => {
    expect(hex(sequence(sequence(), oid('2.5.4.3')))).toBe('3007' + '3000' + '0603550403');
  });
});
