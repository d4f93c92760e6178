// Unguessable credentials from the operating system's CSPRNG: the facilitator's key (never derived
// from the public session code), each seat's join code and each device's token. Compared in
// constant time, stored as SHA-256 where the server never needs them back.

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 bits, URL-safe: the facilitator's key. */
export function newKey(): string {
  return randomBytes(32).toString('base64url');
}

/** 80 bits in 16 easy characters (no 0/O, 1/l/I): a seat's join code, typed from a slide if need be. */
const JOIN_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export function newJoinCode(): string {
  const bytes = randomBytes(32);
  let out = '';
  for (const b of bytes) {
    if (b >= 248) continue; // 248 = 8 × 31: keep the draw uniform
    out += JOIN_ALPHABET[b % 31];
    if (out.length === 16) return out;
  }
  return newJoinCode();
}

/** 192 bits: a device's token, kept in its local storage to reclaim the seat after a reload. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(digest(a), 'hex');
  const y = Buffer.from(digest(b), 'hex');
  return timingSafeEqual(x, y);
}
