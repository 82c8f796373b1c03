import * as v from 'valibot';

// Apart from auth-schema.ts so that reading an envelope (status) builds no auth.json schema.

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

/** A timestamp as Codex writes last_refresh and as envelopes record theirs. */
export const rfc3339 = v.pipe(
  v.string(),
  v.check(
    (value) => RFC3339.test(value) && !Number.isNaN(Date.parse(value)),
    'must be an RFC 3339 timestamp such as 2026-11-21T08:04:24.763008311Z',
  ),
);
