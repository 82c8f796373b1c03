import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The layers of DESIGN.md, checked on the folders of src/: every import (static, dynamic `import()`, type-only,
// re-export) is an edge from the importing file's folder to the imported one's.

const SRC = path.resolve('src');

/** Higher imports lower, never the other way; folders of one rank do not import each other. */
const RANK: Readonly<Record<string, number>> = {
  entry: 6,
  action: 5,
  cli: 5,
  app: 4,
  roundtrip: 3,
  seal: 2.5, // what the agent can reach: it starts Codex (codex/) to prove it, and the round trip uses it
  broker: 2,
  codex: 2,
  stores: 2,
  locks: 2,
  github: 1,
  platform: 1,
  core: 0, // pure: imports no other folder
  types: 0, // declarations of untyped packages
};

/** What a front end may import besides itself (DESIGN.md: "front ends import only app/ and core/"). */
const FRONT_END_ALLOWED = ['app', 'core'];
/** The front ends, held to FRONT_END_ALLOWED. */
const FRONT_ENDS = ['action', 'cli'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

const folderOf = (file: string) => path.relative(SRC, file).split(path.sep)[0] ?? '';

/** Every folder-to-folder edge, with one file that makes it. */
function folderEdges(): Map<string, string> {
  const edges = new Map<string, string>();
  for (const file of sourceFiles(SRC)) {
    const imports = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles;
    for (const { fileName } of imports) {
      if (!fileName.startsWith('.')) continue;
      const from = folderOf(file);
      const to = folderOf(path.resolve(path.dirname(file), fileName));
      if (from !== to && !edges.has(`${from} -> ${to}`))
        edges.set(`${from} -> ${to}`, path.relative(SRC, file));
    }
  }
  return edges;
}

/** Every file-to-file import edge of src/ (a file's relative imports, resolved to .ts files). */
function fileEdges(): string[] {
  return sourceFiles(SRC).flatMap((file) =>
    ts
      .preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.filter(({ fileName }) => fileName.startsWith('.'))
      .map(({ fileName }) => {
        const target = path.resolve(path.dirname(file), fileName).replace(/\.js$/, '.ts');
        return `${path.relative(SRC, file)} -> ${path.relative(SRC, target)}`;
      }),
  );
}

/** A cycle of folders as `a -> b -> a`, or null. */
function findCycle(edges: Iterable<string>): string | null {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    const [from = '', to = ''] = edge.split(' -> ');
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  const done = new Set<string>();
  const visit = (folder: string, trail: string[]): string | null => {
    if (trail.includes(folder)) return [...trail.slice(trail.indexOf(folder)), folder].join(' -> ');
    if (done.has(folder)) return null;
    for (const to of next.get(folder) ?? []) {
      const cycle = visit(to, [...trail, folder]);
      if (cycle) return cycle;
    }
    done.add(folder);
    return null;
  };
  for (const folder of next.keys()) {
    const cycle = visit(folder, []);
    if (cycle) return cycle;
  }
  return null;
}

describe('the layers of src/', () => {
  const edges = folderEdges();

  it('sees the edges, dynamic imports included', () => {
    const seen = (code: string) => ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
    expect(seen("const m = await import('../a/b.js');\nimport type { T } from '../c/d.js';").sort()).toEqual([
      '../a/b.js',
      '../c/d.js',
    ]);
    expect(seen("export { x } from '../e/f.js';")).toEqual(['../e/f.js']);
    expect(edges.get('locks -> github')).toBeDefined();
    expect(findCycle(['a -> b', 'b -> c', 'c -> a'])).toBe('a -> b -> c -> a');
    expect(findCycle(['a -> b', 'b -> c'])).toBeNull();
  });

  it('has no cycle between files', () => {
    expect(findCycle(fileEdges())).toBeNull();
  });

  it('has no cycle between folders', () => {
    expect(findCycle(edges.keys())).toBeNull();
  });

  it('points every arrow down, and knows every folder', () => {
    const wrong = [...edges]
      .filter(([edge]) => {
        const [from = '', to = ''] = edge.split(' -> ');
        return RANK[from] === undefined || RANK[to] === undefined || RANK[from] <= RANK[to];
      })
      .map(([edge, file]) => `${edge} (${file})`);
    expect(wrong).toEqual([]);
  });

  it('lets the front ends import only app/ and core/', () => {
    const extra = [...edges]
      .filter(([edge]) => {
        const [from = '', to = ''] = edge.split(' -> ');
        return FRONT_ENDS.includes(from) && !FRONT_END_ALLOWED.includes(to);
      })
      .map(([edge, file]) => `${edge} (${file})`);
    expect(extra).toEqual([]);
  });

  it('compares exit codes only through ExitCode and the predicates of core/errors.ts', () => {
    const literal =
      /exitCode\s*[!=]==?\s*[1-9]|[1-9]\s*[!=]==?\s*[\w.?]*exitCode|\[[\d,\s]+\]\.includes\([^)]*exitCode/;
    const found = sourceFiles(SRC).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          literal.test(line) ? [`${path.relative(SRC, file)}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(found).toEqual([]);
  });
});
