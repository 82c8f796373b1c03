// zod/mini, not the classic `zod`: the same validation in a fraction of the code (the classic API's method
// chains defeat tree-shaking), and every command that reads an envelope or auth.json loads it at start-up.
// Its functions are re-exported by name, not as a namespace: a re-exported namespace keeps all of zod in the
// bundle. zod/mini ships no messages of its own; English is registered here once, so that a schema problem reads
// "Invalid input: expected string, received number" rather than "Invalid input".
import { config } from 'zod/mini';
import { en } from 'zod/locales';

config(en());

export {
  check,
  int,
  literal,
  looseObject,
  minLength,
  nullable,
  nullish,
  number,
  object,
  optional,
  positive,
  refine,
  string,
  unknown,
  boolean,
  enum,
  type infer,
  type core,
} from 'zod/mini';
