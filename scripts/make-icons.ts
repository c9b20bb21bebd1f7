// script (node): writes the app and tray icons into resources/ and the page icon into
// renderer/public/ (`node scripts/make-icons.ts`).
// The files are committed; run this again only when the glyph changes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICON_FILES, renderIconFile } from './icons/icon-set.ts';

const root = join(import.meta.dirname, '..');
for (const file of ICON_FILES) {
  const bytes = renderIconFile(file);
  mkdirSync(join(root, file.dir), { recursive: true });
  writeFileSync(join(root, file.dir, file.name), bytes);
  console.log(`${file.dir}/${file.name}  ${file.sizes.join(', ')} px  ${bytes.length} bytes`);
}
