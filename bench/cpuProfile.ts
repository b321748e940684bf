/**
 * Reads a V8 `.cpuprofile` (from `node --cpu-prof`) into where the time went: self time
 * per function and per area of the code, with bundle positions mapped back to the sources
 * through the bundle's source map.
 */
import * as fs from 'node:fs';
import { SourceMap } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  /** `path:line` in the sources, or what V8 calls it (`(garbage collector)`, `node:internal/...`). */
  where: string;
  area: string;
  ms: number;
}

export interface ProfileSummary {
  /** Everything sampled except idle. */
  busyMs: number;
  idleMs: number;
  functions: SelfTime[];
  areas: { area: string; ms: number }[];
}

const SPECIAL = new Set(['(garbage collector)', '(program)', '(idle)', '(root)']);

/** What a reader recognises: a package, a folder of ours, or V8/Node itself. */
export function areaOf(source: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (modules) return `package ${modules[1]}`;
  if (source.startsWith('node:')) return 'Node.js internals';
  const ours = /^(server\/src|client\/src)\/(.+)$/.exec(source);
  if (ours) {
    const dir = path.posix.dirname(ours[2]);
    return `${ours[1]}/${dir === '.' ? path.posix.basename(ours[2]) : dir}`;
  }
  return source || 'unknown';
}

class SourceMaps {
  private readonly maps = new Map<string, { map: SourceMap; dir: string } | null>();

  constructor(private readonly repoRoot: string) {}

  /** `where` of a frame: the original source position when the script has a map next to it. */
  locate(frame: CallFrame): { where: string; area: string } {
    if (frame.url === '')
      return { where: frame.functionName, area: SPECIAL.has(frame.functionName) ? frame.functionName : 'V8 builtins' };
    if (frame.url.startsWith('node:')) return { where: frame.url, area: 'Node.js internals' };
    const file = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
    const mapped = this.mapFor(file);
    if (mapped) {
      const entry = mapped.map.findEntry(frame.lineNumber, frame.columnNumber) as {
        originalSource?: string;
        originalLine?: number;
      };
      if (entry.originalSource !== undefined) {
        const source = path
          .relative(this.repoRoot, path.resolve(mapped.dir, entry.originalSource))
          .split(path.sep)
          .join('/');
        return { where: `${source}:${(entry.originalLine ?? 0) + 1}`, area: areaOf(source) };
      }
    }
    const source = path.relative(this.repoRoot, file).split(path.sep).join('/');
    return { where: `${source}:${frame.lineNumber + 1}`, area: areaOf(source) };
  }

  private mapFor(file: string): { map: SourceMap; dir: string } | null {
    let found = this.maps.get(file);
    if (found === undefined) {
      const mapFile = `${file}.map`;
      found = fs.existsSync(mapFile)
        ? { map: new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8')) as never), dir: path.dirname(mapFile) }
        : null;
      this.maps.set(file, found);
    }
    return found;
  }
}

export function summarizeProfile(file: string, repoRoot: string, top = 15): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const selfUs = new Map<number, number>();
  // Each sample's delta is the time since the previous sample: it is charged to the node sampled.
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const maps = new SourceMaps(repoRoot);
  const byFunction = new Map<string, SelfTime>();
  const byArea = new Map<string, number>();
  let idleUs = 0;
  let busyUs = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us === 0) continue;
    const frame = node.callFrame;
    if (frame.functionName === '(idle)') {
      idleUs += us;
      continue;
    }
    busyUs += us;
    const { where, area } = maps.locate(frame);
    const name = frame.functionName || '(anonymous)';
    const key = `${name}@${where}`;
    const entry = byFunction.get(key) ?? { name, where, area, ms: 0 };
    entry.ms += us / 1000;
    byFunction.set(key, entry);
    byArea.set(area, (byArea.get(area) ?? 0) + us / 1000);
  }
  return {
    busyMs: busyUs / 1000,
    idleMs: idleUs / 1000,
    functions: [...byFunction.values()].sort((a, b) => b.ms - a.ms).slice(0, top),
    areas: [...byArea].map(([area, ms]) => ({ area, ms })).sort((a, b) => b.ms - a.ms),
  };
}
