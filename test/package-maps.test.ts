/**
 * The package ships the sources its own maps name: every `.map` in the packed tarball names
 * files that are in the tarball too, or carries their text (`inlineSources` in
 * tsconfig.build.json), so a stack trace or a debugger stepping into tsgrad shows its code.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { requireBuild, root } from './support/plugin.js';

test("every source map in the package names files it ships or carries their contents", () => {
  requireBuild();
  // (the list `npm pack` would pack, without its scripts: dist/ is built already)
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as { files: { path: string }[] }[];
  const files = new Set(pack!.files.map((f) => normalize(f.path)));
  const maps = [...files].filter((f) => f.endsWith('.map'));
  expect(maps.length).toBeGreaterThan(50);
  const missing: string[] = [];
  for (const mapFile of maps) {
    const map = JSON.parse(readFileSync(join(root, mapFile), 'utf8')) as { sources: string[]; sourceRoot?: string; sourcesContent?: (string | null)[] };
    map.sources.forEach((source, i) => {
      const shipped = files.has(normalize(join(dirname(mapFile), map.sourceRoot ?? '', source)));
      if (!shipped && typeof map.sourcesContent?.[i] !== 'string') missing.push(`${mapFile}: ${source}`);
    });
  }
  expect(missing).toEqual([]);
});
