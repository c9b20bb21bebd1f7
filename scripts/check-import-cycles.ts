// Runs in Node (`npm run lint`). Fails when the project's own modules import each other in a
// circle: every tracked .ts/.tsx file of the source folders, every relative static import and
// re-export, type-only ones included (scripts/lib/find-import-cycles.ts says why). Prints each
// circle as a file chain and the files of its strongly connected component.
// Usage: node scripts/check-import-cycles.ts [root]   (root: a git work tree, default: this one)
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildImportGraph, cycleChain, findCycles } from './lib/find-import-cycles.ts';

const SOURCE_FOLDERS = ['core', 'sync-server', 'electron', 'renderer', 'scripts', 'bench', 'tests'];

const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const tracked = execFileSync('git', ['ls-files', '-z', '--', ...SOURCE_FOLDERS], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  .split('\0')
  .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'));

const graph = buildImportGraph(root, tracked);
const cycles = findCycles(graph);
if (cycles.length === 0) {
  console.log(`check-import-cycles: no import circles among ${tracked.length} files`);
  process.exit(0);
}
console.error(`check-import-cycles: ${cycles.length} import circle${cycles.length === 1 ? '' : 's'} among ${tracked.length} files`);
for (const component of cycles) {
  console.error(`\n  ${cycleChain(graph, component).join('\n    → ')}`);
  if (component.length > 2) console.error(`  (${component.length} files in this knot: ${component.join(', ')})`);
}
process.exit(1);
