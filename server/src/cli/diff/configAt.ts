import { CONFIG_FILE_NAMES, parseConfig } from '../../core/config';
import { DEFAULT_CONFIG } from '../../core/options';
import type { ResolvedConfig } from '../../core/options';
import type { Git } from '../../host/git';
import { MAX_FILE_BYTES } from './versions';

/**
 * The configuration of roadmaps at a commit, found as in the working tree
 * (docs/format.md, "Finding the file"): the nearest `.cxroadmaprc.yaml` or `.yml` in the
 * roadmap's folder or a folder above it, up to the repository's top. So each version is
 * judged by the rules it had, and a change to the configuration shows in the findings.
 */
export class ConfigAtCommit {
  private files: Map<string, string> | undefined;
  private readonly parsed = new Map<string, ResolvedConfig>();

  constructor(
    private readonly git: Git,
    private readonly commit: string,
  ) {}

  /** `repoPath` is relative to the repository's top folder, with `/` separators. */
  forFile(repoPath: string): ResolvedConfig {
    const files = this.configFiles();
    const segments = repoPath.split('/').slice(0, -1);
    for (let depth = segments.length; depth >= 0; depth--) {
      const folder = segments.slice(0, depth).join('/');
      for (const name of CONFIG_FILE_NAMES) {
        const candidate = folder === '' ? name : `${folder}/${name}`;
        const oid = files.get(candidate);
        if (oid !== undefined) return this.load(oid);
      }
    }
    return DEFAULT_CONFIG;
  }

  private configFiles(): Map<string, string> {
    this.files ??= new Map(
      this.git
        .listTree(
          this.commit,
          CONFIG_FILE_NAMES.map((name) => `:(glob)**/${name}`),
        )
        .map((file) => [file.path, file.oid]),
    );
    return this.files;
  }

  /** A configuration that cannot be read (binary, too large) leaves the defaults, as in the working tree. */
  private load(oid: string): ResolvedConfig {
    let config = this.parsed.get(oid);
    if (config === undefined) {
      const bytes = this.git.readBlob(oid, MAX_FILE_BYTES);
      config = bytes === undefined || bytes.includes(0) ? DEFAULT_CONFIG : parseConfig(bytes.toString('utf8')).config;
      this.parsed.set(oid, config);
    }
    return config;
  }
}
