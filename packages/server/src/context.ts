import type { Ports } from '@cupstage/app';
import type { Store } from '@cupstage/store';
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
}
