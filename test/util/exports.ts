import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * Every name a module exports, values and types alike, read from the source (no type-checking):
 * named exports, `export *` followed into the re-exported module, and exported declarations.
 */
export function exportedNames(file: string): string[] {
  const names = new Set<string>();
  const visit = (f: string, seen: Set<string>): void => {
    if (seen.has(f)) return;
    seen.add(f);
    const source = ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, false);
    for (const s of source.statements) {
      if (ts.isExportDeclaration(s)) {
        if (s.exportClause && ts.isNamedExports(s.exportClause)) {
          s.exportClause.elements.forEach((e) => names.add(e.name.text));
        } else if (s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier)) {
          visit(resolveModule(f, s.moduleSpecifier.text), seen);
        }
      } else if (ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        if (ts.isVariableStatement(s)) {
          s.declarationList.declarations.forEach((d) => ts.isIdentifier(d.name) && names.add(d.name.text));
        } else if ('name' in s && s.name && ts.isIdentifier(s.name as ts.Node)) {
          names.add((s.name as ts.Identifier).text);
        }
      }
    }
  };
  visit(path.resolve(file), new Set());
  return [...names].sort();
}

function resolveModule(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`cannot resolve '${spec}' from ${from}`);
}
