/**
 * Whether a penalty shoot-out can end `winner`–`loser` under IFAB Law 10: five kicks each, taken
 * alternately, stopping as soon as one side cannot catch up; then sudden death, one kick each.
 *
 * @example isPossibleShootout(5, 4) // true
 * @example isPossibleShootout(12, 4) // false
 */
export function isPossibleShootout(winner: number, loser: number): boolean {
  if (!Number.isSafeInteger(winner) || !Number.isSafeInteger(loser) || loser < 0 || winner <= loser)
    return false;
  // Sudden death (or a level first five ended by the fifth kick pair) always ends one goal apart.
  if (winner === loser + 1) return true;
  return bestOfFiveEndings.has(key(winner, loser));
}

const key = (w: number, l: number): number => w * 16 + l;

/** Every winner–loser score at which the best-of-five phase stops early or ends decided. */
const bestOfFiveEndings: ReadonlySet<number> = (() => {
  const endings = new Set<number>();
  // Walk every sequence of ten kicks (first side kicks first), stopping when decided.
  const walk = (kick: number, a: number, b: number): void => {
    const takenA = Math.ceil(kick / 2);
    const takenB = Math.floor(kick / 2);
    const leftA = 5 - takenA;
    const leftB = 5 - takenB;
    if (a > b + leftB || b > a + leftA) {
      endings.add(a > b ? key(a, b) : key(b, a));
      return;
    }
    if (kick === 10) {
      if (a !== b) endings.add(a > b ? key(a, b) : key(b, a));
      return;
    }
    const scorerIsA = kick % 2 === 0;
    walk(kick + 1, a + (scorerIsA ? 1 : 0), b + (scorerIsA ? 0 : 1));
    walk(kick + 1, a, b);
  };
  walk(0, 0, 0);
  return endings;
})();
