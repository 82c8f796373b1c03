// The split round trip's old home: its halves live in restore-persist.ts now. Kept for callers that import it here.
export { persistStream, type RestoreRequest, restoreStream } from './restore-persist.js';
