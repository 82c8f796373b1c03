import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The house rules on size: no file in src/ over 300 lines, no function over 80. A long function hides which of its
// many local variables each step depends on; splitting it names the steps. Measured on the TypeScript AST, from the
// first line of a function (its first token, comments before it excluded) to its last, both included.

const SRC = path.resolve('src');
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 80;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function lineCount(text: string): number {
  const lines = text.split('\n');
  return text.endsWith('\n') ? lines.length - 1 : lines.length;
}

function functionName(node: ts.FunctionLikeDeclaration): string {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (node.name) return node.name.getText();
  // An arrow or function expression takes the name it is assigned to, when there is one.
  const parent = node.parent;
  if (
    ts.isVariableDeclaration(parent) ||
    ts.isPropertyAssignment(parent) ||
    ts.isPropertyDeclaration(parent)
  ) {
    return parent.name.getText();
  }
  return ts.isArrowFunction(node) ? '(arrow)' : '(function expression)';
}

function isMeasured(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node)
  );
}

/** Every function of one file over the limit, as `file:line name N lines`. */
function longFunctions(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (isMeasured(node) && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > MAX_FUNCTION_LINES) {
        found.push(`${path.relative(process.cwd(), file)}:${start + 1} ${functionName(node)} ${lines} lines`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('house rules on size', () => {
  const files = sourceFiles(SRC);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('measures functions of every kind (a check that cannot see a long function cannot fail)', () => {
    const body = Array.from({ length: MAX_FUNCTION_LINES }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const kinds = [
      `function declared() {\n${body}\n}`,
      `class C {\n  method() {\n${body}\n  }\n}`,
      `const arrow = () => {\n${body}\n};`,
      `const expression = function () {\n${body}\n};`,
    ];
    for (const kind of kinds) expect(longFunctions('probe.ts', kind)).toHaveLength(1);
    const short = Array.from({ length: MAX_FUNCTION_LINES - 2 }, (_, i) => `  const v${i} = ${i};`).join(
      '\n',
    );
    expect(longFunctions('probe.ts', `function fits() {\n${short}\n}`)).toEqual([]);
  });

  it(`has no file in src/ over ${MAX_FILE_LINES} lines`, () => {
    const long = files
      .map((file) => ({ file, lines: lineCount(readFileSync(file, 'utf8')) }))
      .filter(({ lines }) => lines > MAX_FILE_LINES)
      .map(({ file, lines }) => `${path.relative(process.cwd(), file)} ${lines} lines`);
    expect(long).toEqual([]);
  });

  it(`has no function in src/ over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = files.flatMap((file) => longFunctions(file, readFileSync(file, 'utf8')));
    expect(long).toEqual([]);
  });
});
