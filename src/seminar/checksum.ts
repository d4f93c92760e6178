// Crockford base32 for the session code: digits and letters without I, L, O, U, read
// case-insensitively (O reads as 0, I and L as 1), plus a Luhn mod 32 check symbol. Luhn mod N
// catches every single-character substitution and most swaps of neighbours.

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Upper-case and fold the look-alikes (O→0, I/L→1) so what a student reads is what decodes. */
export function normalize(text: string): string {
  return text.trim().toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function symbolValue(ch: string): number {
  return ALPHABET.indexOf(ch);
}

/** Luhn mod 32 check symbol over symbols of ALPHABET (the caller has validated them). */
export function checkSymbol(payload: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = payload.length - 1; i >= 0; i--) {
    const doubled = factor * symbolValue(payload[i]);
    sum += Math.floor(doubled / 32) + (doubled % 32);
    factor = factor === 2 ? 1 : 2;
  }
  return ALPHABET[(32 - (sum % 32)) % 32];
}

/** Unsigned integer to base32 without leading zeros ("0" for zero). */
export function toBase32(n: number): string {
  let out = '';
  let rest = n;
  do {
    out = ALPHABET[rest % 32] + out;
    rest = Math.floor(rest / 32);
  } while (rest > 0);
  return out;
}

/** Base32 text (already normalized and validated) to its integer value. */
export function fromBase32(text: string): number {
  let n = 0;
  for (const ch of text) n = n * 32 + symbolValue(ch);
  return n;
}
