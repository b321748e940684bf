/** What every measurement shares: the mode, where files go, and the generated roadmaps. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateRoadmap } from '../scripts/generateRoadmap';

export const repoRoot = path.resolve(__dirname, '../..');

export class BenchContext {
  private readonly texts = new Map<number, string>();
  private readonly files = new Map<number, string>();

  constructor(
    readonly quick: boolean,
    /** Scratch files (roadmaps, rulesets, pages); removed at the end. */
    readonly workDir: string,
    /** Files a person looks at afterwards (screenshots, profiles). */
    readonly outDir: string,
  ) {}

  static create(quick: boolean): BenchContext {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cxroadmap-bench-'));
    const outDir = path.join(repoRoot, 'test-output', 'bench');
    fs.mkdirSync(outDir, { recursive: true });
    return new BenchContext(quick, workDir, outDir);
  }

  text(count: number): string {
    let text = this.texts.get(count);
    if (text === undefined) {
      text = generateRoadmap(count);
      this.texts.set(count, text);
    }
    return text;
  }

  /** The generated roadmap of `count` initiatives as a `*.cxroadmap.yaml` file. */
  roadmapFile(count: number): string {
    let file = this.files.get(count);
    if (file === undefined) {
      file = path.join(this.workDir, `generated-${count}.cxroadmap.yaml`);
      fs.writeFileSync(file, this.text(count));
      this.files.set(count, file);
    }
    return file;
  }

  log(message: string): void {
    process.stderr.write(`[bench] ${message}\n`);
  }

  dispose(): void {
    fs.rmSync(this.workDir, { recursive: true, force: true });
  }
}
