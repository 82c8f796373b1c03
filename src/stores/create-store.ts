import { UsageError } from '../core/errors.js';
import { FileStore } from './file-store.js';
import type { Store } from './store.js';

export const STORE_KINDS = ['file'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export interface StoreSettings {
  readonly kind: StoreKind;
  readonly stream: string;
  /** For the file store. */
  readonly stateDir: string;
}

export function parseStoreKind(value: string): StoreKind {
  if ((STORE_KINDS as readonly string[]).includes(value)) return value as StoreKind;
  throw new UsageError(`unknown store "${value}": this version supports ${STORE_KINDS.join(', ')}.`);
}

export function createStore(settings: StoreSettings): Store {
  switch (settings.kind) {
    case 'file':
      return new FileStore(settings.stateDir, settings.stream);
  }
}
