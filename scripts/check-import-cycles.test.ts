// Runs in tests. The import-circle check on tiny trees in a temp dir: the graph it reads, the
// circles it finds (type-only imports and re-exports included), and the command's exit code.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildImportGraph, cycleChain, findCycles, relativeSpecifiers } from './lib/find-import-cycles.ts';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'check-import-cycles.ts');
const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A git work tree holding `files` (path → source), all tracked. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'import-cycles-'));
  roots.push(root);
  for (const [file, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), source);
  }
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '.'], { cwd: root });
  return root;
}

function run(root: string) {
  return spawnSync(process.execPath, [SCRIPT, root], { encoding: 'utf8' });
}

describe('relativeSpecifiers', () => {
  it('reads static imports, type-only ones, side-effect imports and re-exports, not packages or dynamic imports', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      "import './side-effect.ts';",
      "export { c } from './c.ts';",
      "export * from './d.ts';",
      "import fs from 'node:fs';",
      "const lazy = () => import('./lazy.ts');",
      "// import { x } from './commented.ts';",
      "const text = \"import { y } from './in-a-string.ts'\";",
    ].join('\n');
    expect(relativeSpecifiers(source, 'x/y.ts')).toEqual(['./a.ts', '../b.ts', './side-effect.ts', './c.ts', './d.ts']);
  });

  it('reads .tsx files with JSX in them', () => {
    expect(relativeSpecifiers("import { A } from './a.tsx';\nexport const B = () => <A x={1} />;", 'b.tsx')).toEqual(['./a.tsx']);
  });
});

describe('findCycles', () => {
  it('finds a circle of three files, a type-only one, and a self-import, with their chains', () => {
    const root = tree({
      'core/a.ts': "import { b } from './b.ts';\nexport const a = b;",
      'core/b.ts': "import { c } from './sub/c.ts';\nexport const b = c;",
      'core/sub/c.ts': "export { a } from '../a.ts';\nexport const c = 1;",
      'core/t1.ts': "import type { T2 } from './t2.ts';\nexport type T1 = T2[];",
      'core/t2.ts': "import type { T1 } from './t1.ts';\nexport type T2 = { t1?: T1 };",
      'core/self.ts': "import './self.ts';",
      'core/fine.ts': "import { a } from './a.ts';\nexport const fine = a;",
    });
    const graph = buildImportGraph(root, ['core/a.ts', 'core/b.ts', 'core/sub/c.ts', 'core/t1.ts', 'core/t2.ts', 'core/self.ts', 'core/fine.ts']);
    const cycles = findCycles(graph);
    expect(cycles).toEqual([['core/a.ts', 'core/b.ts', 'core/sub/c.ts'], ['core/self.ts'], ['core/t1.ts', 'core/t2.ts']]);
    expect(cycleChain(graph, cycles[0]!)).toEqual(['core/a.ts', 'core/b.ts', 'core/sub/c.ts', 'core/a.ts']);
    expect(cycleChain(graph, cycles[1]!)).toEqual(['core/self.ts', 'core/self.ts']);
  });

  it('finds nothing in a tree without circles, diamonds and imports of missing files included', () => {
    const root = tree({
      'core/top.ts': "import './left.ts';\nimport './right.ts';\nimport './gone.ts';\nimport '../data.json';",
      'core/left.ts': "import './bottom.ts';",
      'core/right.ts': "import './bottom.ts';",
      'core/bottom.ts': 'export const x = 1;',
    });
    expect(findCycles(buildImportGraph(root, ['core/top.ts', 'core/left.ts', 'core/right.ts', 'core/bottom.ts']))).toEqual([]);
  });

  it('walks a long chain without running out of stack', () => {
    const graph = new Map<string, string[]>();
    for (let i = 0; i < 50_000; i += 1) graph.set(`f${i}.ts`, [`f${(i + 1) % 50_000}.ts`]);
    const cycles = findCycles(graph);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(50_000);
  });
});

describe('node scripts/check-import-cycles.ts', () => {
  it('exits 1 and prints the chain when tracked files import each other in a circle', () => {
    const root = tree({
      'renderer/src/x.tsx': "import { y } from './y.ts';\nexport const x = y;",
      'renderer/src/y.ts': "import { x } from './x.tsx';\nexport const y = () => x;",
    });
    const result = run(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('1 import circle');
    expect(result.stderr).toMatch(/renderer\/src\/x\.tsx\s+→ renderer\/src\/y\.ts\s+→ renderer\/src\/x\.tsx/);
  });

  it('exits 0 when there is no circle among tracked files (an untracked one does not count)', () => {
    const root = tree({ 'core/a.ts': "import './b.ts';", 'core/b.ts': 'export {};' });
    writeFileSync(path.join(root, 'core/b.ts'), "import './untracked.ts';");
    writeFileSync(path.join(root, 'core/untracked.ts'), "import './b.ts';");
    const result = run(root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('no import circles among 2 files');
  });
});
