// dist/cli.js, for `node dist/cli.js`: the CLI itself is dist/cli.cjs, CommonJS, because Node starts an ES module
// entry about 7 ms (0.2x `node -e 0`) later than a CommonJS one. `codex-auth` (package.json bin) runs it directly.
import { createRequire } from 'node:module';

createRequire(import.meta.url)('./cli.cjs');
