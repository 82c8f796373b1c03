import { main } from '../cli/main.js';

// No top-level await: dist/cli.cjs is CommonJS (see scripts/build-options.mjs). Not awaited, then: main() reports
// its own failures and returns the exit code.
void main(process.argv.slice(2), process.env).then((code) => {
  process.exitCode = code;
});
