import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../../../src/project-root';

/** Every `x as T` and `<T>x` under src/ (not `as const`), with where it is. */
function typeAssertions(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    // Generated code is not ours to type; the browser app meets the DOM and untyped bundles, not rows.
    const skipped = ['generated', 'explorer'].some((folder) =>
      file.includes(`${path.sep}${folder}${path.sep}`),
    );
    if (!entry.isFile() || !file.endsWith('.ts') || skipped) continue;
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const asserted = ts.isAsExpression(node) || ts.isTypeAssertionExpression(node);
      if (asserted && !(ts.isTypeReferenceNode(node.type) && node.type.typeName.getText() === 'const')) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${path.relative(projectRoot(), file)}:${line + 1} ${node.getText()}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('type assertions in the server code under src/', () => {
  const assertions = typeAssertions(path.join(projectRoot(), 'src'));

  it('stay few: rows and arguments get their types from the catalog and the generated resolver types', () => {
    expect(assertions.length).toBeLessThan(25);
  });

  it('never assert the type of a row, a parameter map or a resolver argument', () => {
    // The runner's one cast is the trust boundary: a catalog entry declares the rows of its query file.
    const rowCasts = assertions.filter(
      (where) =>
        /as (Row|EntityMap|Record<string, unknown>|\w+Args|\w+Row)\b/.test(where) &&
        !where.startsWith('src/db/runner.ts'),
    );
    expect(rowCasts).toEqual([]);
  });
});
