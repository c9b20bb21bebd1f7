// Runs in Node (tooling). The import graph of the project's own TypeScript files and its circles.
// Edges are the relative module specifiers of static `import … from`, `import '…'`,
// `export … from` and `import x = require(…)`; type-only ones count too: they vanish at run time,
// so they break nothing when the program loads, but a circle of types still ties two modules'
// designs together, and it is one `type` keyword away from a load-order bug. Dynamic `import()`
// is left out: it loads later, on purpose.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/** The relative module specifiers `source` imports or re-exports statically. */
export function relativeSpecifiers(source: string, fileName: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  for (const statement of file.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) specifier = statement.moduleSpecifier;
    else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) specifier = statement.moduleReference.expression;
    if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.')) found.push(specifier.text);
  }
  return found;
}

/** The file a relative specifier names, among `known` files (root-relative, '/'-separated), or null. */
export function resolveSpecifier(fromFile: string, specifier: string, known: ReadonlySet<string>): string | null {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  const stem = base.replace(/\.(?:m|c)?js$/, '');
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((candidate) => known.has(candidate)) ?? null;
}

/** The graph of `files` (root-relative paths): each file to the known files it imports, in order. */
export function buildImportGraph(root: string, files: readonly string[]): ImportGraph {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const full = path.join(root, file);
    // A tracked file deleted in the working tree is not part of it.
    const source = existsSync(full) ? readFileSync(full, 'utf8') : '';
    const targets = relativeSpecifiers(source, file)
      .map((specifier) => resolveSpecifier(file, specifier, known))
      .filter((target): target is string => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with a circle in them (Tarjan's algorithm, iteratively). */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter);
    counter += 1;
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = graph.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next]!;
        frame.next += 1;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter);
          counter += 1;
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfImport = component.length === 1 && (graph.get(frame.node) ?? []).includes(frame.node);
        if (component.length > 1 || selfImport) components.push(component.sort());
      }
    }
  }
  return components.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** One circle through the component's first file, as a file chain that ends where it starts. */
export function cycleChain(graph: ImportGraph, component: readonly string[]): string[] {
  const members = new Set(component);
  const first = component[0]!;
  // Breadth-first from `first` inside the component, back to `first`: the shortest such circle.
  const cameFrom = new Map<string, string>();
  const queue = [first];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head]!;
    for (const target of graph.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === first) {
        const chain: string[] = [];
        for (let at = node; at !== first; at = cameFrom.get(at)!) chain.push(at);
        return [first, ...chain.reverse(), first];
      }
      if (!cameFrom.has(target) && target !== first) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  return [first, first];
}
