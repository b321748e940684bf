import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAMES, parseConfig } from '../core/config';
import type { Diagnostic } from '../core/diagnostic';
import { Severity } from '../core/diagnostic';
import { ruleDocsUrl } from '../core/catalogue';
import { DEFAULT_CONFIG } from '../core/options';
import { fingerprintOf, ROADMAP_SCOPE } from '../core/fingerprint';
import type { ResolvedConfig } from '../core/options';

export interface LoadedConfig {
  /** The `.cxroadmaprc.yaml` that applies, or undefined when none does. */
  configPath: string | undefined;
  config: ResolvedConfig;
  /** Problems in that configuration file (code `config`), positioned in its own text. */
  diagnostics: Diagnostic[];
}

/**
 * Finds the configuration for a roadmap: the nearest `.cxroadmaprc.yaml`/`.yml`, walking
 * up from the roadmap's folder and stopping at a repository root (a `.git` folder) or at
 * one of the given workspace roots. Results are cached per folder until `clear()`.
 */
export class ConfigLookup {
  private readonly byFolder = new Map<string, LoadedConfig>();
  private readonly byFile = new Map<string, LoadedConfig>();

  constructor(private readonly stopAt: readonly string[] = []) {}

  forFile(roadmapPath: string): LoadedConfig {
    return this.forFolder(path.dirname(path.resolve(roadmapPath)));
  }

  forFolder(folder: string): LoadedConfig {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const visited: string[] = [];
    let result: LoadedConfig | undefined;
    for (let dir = folder; ;) {
      const known = this.byFolder.get(dir);
      if (known) {
        result = known;
        break;
      }
      visited.push(dir);
      const file = CONFIG_FILE_NAMES.map((n) => path.join(dir, n)).find(isFile);
      if (file) {
        result = this.load(file);
        break;
      }
      const parent = path.dirname(dir);
      if (parent === dir || existsSync(path.join(dir, '.git')) || this.stopAt.includes(dir)) break;
      dir = parent;
    }
    result ??= { configPath: undefined, config: DEFAULT_CONFIG, diagnostics: [] };
    for (const dir of visited) this.byFolder.set(dir, result);
    return result;
  }

  /** The repository or workspace folder that holds `dir`, else `dir` itself. */
  private rootOf(dir: string): string {
    for (let d = dir; ;) {
      if (existsSync(path.join(d, '.git')) || this.stopAt.includes(d)) return d;
      const parent = path.dirname(d);
      if (parent === d) return dir;
      d = parent;
    }
  }

  clear(): void {
    this.byFolder.clear();
    this.byFile.clear();
  }

  private load(file: string): LoadedConfig {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    let loaded: LoadedConfig;
    try {
      // A configuration committed as a link to a file outside the repository (a credentials
      // file, say) would put that file's keys into every report as unknown keys.
      if (leadsOutside(file, this.rootOf(path.dirname(file)))) {
        loaded = unread(
          file,
          'The configuration file is a symbolic link to a file outside the repository; it is not read, and the defaults apply.',
          'outside',
        );
      } else {
        const parsed = parseConfig(readFileSync(file, 'utf8'));
        loaded = { configPath: file, config: parsed.config, diagnostics: parsed.diagnostics };
      }
    } catch (error) {
      loaded = unread(
        file,
        `The configuration file could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}); the defaults apply.`,
        'unreadable',
      );
    }
    this.byFile.set(file, loaded);
    return loaded;
  }
}

/** The folder a configuration may lead to: the repository (or workspace folder) it is in, else its own folder. */
function leadsOutside(file: string, root: string): boolean {
  if (!lstatSync(file).isSymbolicLink()) return false;
  const real = realpathSync(file);
  const base = realpathSync(root);
  return real !== base && !real.startsWith(base.endsWith(path.sep) ? base : base + path.sep);
}

function unread(file: string, message: string, identity: string): LoadedConfig {
  return {
    configPath: file,
    config: DEFAULT_CONFIG,
    diagnostics: [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: Severity.Error,
        code: 'config',
        codeDescription: { href: ruleDocsUrl('config') },
        source: 'cxroadmap',
        message,
        data: { fingerprint: fingerprintOf('config', ROADMAP_SCOPE, identity) },
      },
    ],
  };
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
