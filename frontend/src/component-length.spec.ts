import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Past this a component is several sections of a page in one function: split it by section (issue 14). */
const MAX_LINES = 120;

interface LongFunction {
  name: string;
  lines: number;
}

/** Every function, arrow function and method of one TSX source longer than `max` lines, by its name. */
function longFunctions(fileName: string, text: string, max: number): LongFunction[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > max) found.push({ name: functionName(node, source), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function functionName(node: ts.SignatureDeclaration, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  if (ts.isVariableDeclaration(node.parent)) return node.parent.name.getText(source);
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return `<anonymous, line ${line + 1}>`;
}

function tsxFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

describe('component length', () => {
  it('should find a component longer than the limit, named, and leave a short one alone', () => {
    const body = Array.from({ length: MAX_LINES }, (_, i) => `      <p>${i}</p>`).join('\n');
    const text = [
      `export function Long() {\n  return (\n    <div>\n${body}\n    </div>\n  );\n}`,
      'export const Short = () => <p>ok</p>;',
    ].join('\n');

    const found = longFunctions('fixture.tsx', text, MAX_LINES);

    expect(found).toEqual([{ name: 'Long', lines: MAX_LINES + 6 }]);
  });

  it(`should keep every function of a frontend component or page within ${MAX_LINES} lines`, () => {
    const root = import.meta.dirname;
    const tooLong = tsxFiles(root).flatMap((file) =>
      longFunctions(file, readFileSync(file, 'utf8'), MAX_LINES).map(
        (found) => `${relative(root, file)}: ${found.name} (${found.lines} lines)`,
      ),
    );

    expect(tooLong).toEqual([]);
  });
});
