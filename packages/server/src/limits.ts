/**
 * What one request may cost. Every heavy endpoint checks its input against these before any work and
 * answers a 422 problem naming the limit; signed-in callers get the `member` limits, anonymous ones the
 * `anonymous` limits. The numbers keep one request to well under a second of one core on this
 * project's reference machine (2 cores), except for members, whose limits allow a few seconds.
 */
export interface CostLimits {
  /** Most teams in a competition whose odds are computed. */
  readonly predictionTeams: number;
  /**
   * Most work per prediction, in core's cost units (`COST_UNITS_PER_SECOND`, about 1 µs of one core):
   * the estimate of `exactOddsCost` or `monteCarloCost` (planning included).
   */
  readonly predictionCost: number;
  /** Most ties of a fixed or leg-order draw (their odds are a ties × ties table). */
  readonly drawTies: number;
  /** Most teams of an open draw (exact odds grow as 2^teams). */
  readonly openPot: number;
  /** Most group winners (and runners-up) of a UEFA round-of-16 draw. */
  readonly uefaPot: number;
  /** Largest text body of `POST /import`, in bytes. */
  readonly importBytes: number;
  /** Most teams in a bracket rendered as PNG. */
  readonly pngTeams: number;
}

export interface Limits {
  readonly anonymous: CostLimits;
  readonly member: CostLimits;
}

/** The default limits (`cupstage serve` has no flags for them yet; `buildServer` takes others). */
export const DEFAULT_LIMITS: Limits = {
  anonymous: {
    predictionTeams: 256,
    predictionCost: 5_000_000,
    drawTies: 128,
    openPot: 16,
    uefaPot: 8,
    importBytes: 256 * 1024,
    pngTeams: 512,
  },
  member: {
    predictionTeams: 1024,
    predictionCost: 30_000_000,
    drawTies: 512,
    openPot: 18,
    uefaPot: 9,
    importBytes: 1024 * 1024,
    pngTeams: 2048,
  },
};
