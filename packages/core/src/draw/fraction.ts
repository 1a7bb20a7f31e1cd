/** An exact rational number, always in lowest terms with a positive denominator. */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * The fraction num/den in lowest terms.
 *
 * @example fraction(6n, 18n) // { num: 1n, den: 3n }
 */
export function fraction(num: bigint, den: bigint): Fraction {
  if (den === 0n) throw new RangeError('fraction: zero denominator');
  const g = gcd(num, den) || 1n;
  const sign = den < 0n ? -1n : 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/** Least common multiple of 1..n. */
export function lcmUpTo(n: number): bigint {
  let l = 1n;
  for (let k = 2n; k <= BigInt(n); k++) l = (l * k) / gcd(l, k);
  return l;
}

/** `1/3`, `0`, `1`. */
export function fractionText(f: Fraction): string {
  return f.den === 1n ? String(f.num) : `${f.num}/${f.den}`;
}

/** The nearest double (correctly rounded for fractions whose parts fit in a double; close to it otherwise). */
export function fractionValue(f: Fraction): number {
  if (f.num <= 2n ** 53n && f.den <= 2n ** 53n) return Number(f.num) / Number(f.den);
  // Scale to keep 64 significant bits before dividing.
  const shift = BigInt(Math.max(0, f.den.toString(2).length - 64));
  return Number(f.num >> shift) / Number(f.den >> shift);
}
