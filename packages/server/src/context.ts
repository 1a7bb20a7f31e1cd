import type { Ports } from '@cupstage/app';
import type { JobPool } from '@cupstage/app/jobs';
import type { Store } from '@cupstage/store';
import type { ByteCache } from './byte-cache.ts';
import type { Limits } from './limits.ts';
import type { LiveHub } from './live.ts';
import type { Reader } from './reader.ts';

/** What every route module gets. */
export interface ServerContext {
  readonly store: Store;
  readonly ports: Ports;
  readonly reader: Reader;
  readonly live: LiveHub;
  readonly secureCookies: boolean;
  readonly sessionDays: number;
  readonly loginRateLimit: { readonly max: number; readonly timeWindow: number };
  /** The one bounded worker pool for heavy work (predictions, draw odds, imports, PNG). */
  readonly jobs: JobPool;
  /** Bodies computed per competition version (predictions, PNG), bounded by bytes. */
  readonly cache: ByteCache;
  readonly limits: Limits;
  /** Anonymous requests to heavy endpoints allowed per client address per minute. */
  readonly anonymousRateLimit: number;
}
