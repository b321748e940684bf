import { parseDocument } from 'yaml';
import { compareDiagnostics, isRuleCode, Severity, UNSUPPRESSIBLE } from './diagnostic';
import type { Diagnostic } from './diagnostic';
import { ruleDocsUrl } from './catalogue';
import { DEFAULT_OPTIONS } from './options';
import type { ResolvedConfig, RuleOptions, SeveritySetting } from './options';
import { LineIndex } from './text/lineIndex';
import { closest } from './text/closest';
import { FingerprintCounter, identityText, ROADMAP_SCOPE } from './fingerprint';
import { isMap, isScalar, NodeView, spanOf } from './yaml/nodeView';
import { RULE_CODES } from './diagnostic';

export const CONFIG_FILE_NAMES = ['.cxroadmaprc.yaml', '.cxroadmaprc.yml'] as const;

export const SEVERITY_WORDS: Readonly<Record<string, SeveritySetting>> = {
  error: Severity.Error,
  warning: Severity.Warning,
  info: Severity.Information,
  hint: Severity.Hint,
  off: 'off',
};

/** The setting a severity word stands for; `constructor` and other `Object.prototype` names are not words. */
export function severityWord(word: string): SeveritySetting | undefined {
  return Object.hasOwn(SEVERITY_WORDS, word) ? SEVERITY_WORDS[word] : undefined;
}

export interface ParsedConfig {
  config: ResolvedConfig;
  /** `root: true`: the search for a configuration stops here. */
  root: boolean;
  /** Problems in the configuration file itself (code `config`), positioned in its text. */
  diagnostics: Diagnostic[];
}

const OPTION_NAMES = Object.keys(DEFAULT_OPTIONS) as (keyof RuleOptions)[];

/**
 * Reads `.cxroadmaprc.yaml`. Nothing in it is ever executed; a bad entry is reported and
 * dropped, and the rest applies.
 */
export function parseConfig(text: string): ParsedConfig {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineIndex(body);
  const diagnostics: Diagnostic[] = [];
  const identities = new Map<Diagnostic, string>();
  const report = (start: number, end: number, message: string): void => {
    const range = lines.rangeOf(start, end);
    const diagnostic: Diagnostic = {
      range,
      severity: Severity.Error,
      code: 'config',
      codeDescription: { href: ruleDocsUrl('config') },
      source: 'cxroadmap',
      message,
      data: { fingerprint: '' },
    };
    identities.set(diagnostic, identityText(body, lines.lineStart(range.start.line), start, end, undefined));
    diagnostics.push(diagnostic);
  };
  const done = (): ParsedConfig => {
    diagnostics.sort(compareDiagnostics);
    // Configuration has no initiatives: every finding is the file's own.
    const counter = new FingerprintCounter();
    for (const d of diagnostics)
      d.data = { fingerprint: counter.next('config', ROADMAP_SCOPE, identities.get(d) ?? '') };
    return { config, root, diagnostics };
  };
  const config: ResolvedConfig = { rules: {}, options: { ...DEFAULT_OPTIONS } };
  let root = false;
  let doc;
  try {
    // Lone `\r` line ends, as in roadmaps: the editor's lines, the parser's offsets.
    doc = parseDocument(body.replace(/\r(?!\n)/g, '\n'), { uniqueKeys: true, prettyErrors: false });
  } catch {
    report(0, 0, 'The configuration file could not be read as YAML; the defaults apply.');
    return done();
  }
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      if (e.code === 'DUPLICATE_KEY') {
        // The parser marks the key's first character: mark the whole key, and name it.
        const rest = body.slice(e.pos[0]);
        const key = rest.slice(0, Math.max(1, rest.search(/:(?:\s|$)|\r|\n/)));
        report(
          e.pos[0],
          e.pos[0] + key.length,
          `\`${key}\` is set twice in the same mapping; keep one. The defaults apply until it is fixed.`,
        );
      } else
        report(
          e.pos[0],
          e.pos[1],
          'The configuration file is not valid YAML here; the defaults apply until it is fixed.',
        );
    }
    return done();
  }
  const view = new NodeView(doc);
  const top = doc.contents;
  if (top === null || (isScalar(top) && top.value === null)) return done();
  if (!isMap(top)) {
    report(
      spanOf(top).start,
      spanOf(top).end,
      'The configuration file should be a mapping with `rules:` and `options:`.',
    );
    return done();
  }
  for (const entry of view.entries(top)) {
    const keySpan = spanOf(entry.keyNode);
    const value = entry.value;
    switch (entry.key) {
      case 'root':
        if (value && isScalar(value) && typeof value.value === 'boolean') root = value.value;
        else report(keySpan.start, keySpan.end, '`root` should be `true` or `false`.');
        break;
      case 'rules':
        if (value === undefined) break;
        if (!isMap(value)) {
          report(keySpan.start, keySpan.end, '`rules` should map rule codes to error, warning, info, hint or off.');
          break;
        }
        for (const rule of view.entries(value)) {
          const span = spanOf(rule.keyNode);
          if (!isRuleCode(rule.key)) {
            const guess = closest(rule.key, RULE_CODES);
            report(
              span.start,
              span.end,
              `\`${rule.key}\` is not a cxroadmap rule.${guess ? ` Did you mean \`${guess}\`?` : ''}`,
            );
            continue;
          }
          if (UNSUPPRESSIBLE.has(rule.key)) {
            report(
              span.start,
              span.end,
              `\`${rule.key}\` problems are always reported as errors; its severity cannot be changed.`,
            );
            continue;
          }
          const word = rule.value && isScalar(rule.value) ? String(rule.value.value) : '';
          const setting = severityWord(word);
          if (setting === undefined) {
            const where = rule.value ? spanOf(rule.value) : span;
            report(
              where.start,
              where.end,
              `The severity of \`${rule.key}\` should be error, warning, info, hint or off${word ? `, not \`${word}\`` : ''}.`,
            );
            continue;
          }
          config.rules[rule.key] = setting;
        }
        break;
      case 'options':
        if (value === undefined) break;
        if (!isMap(value)) {
          report(
            keySpan.start,
            keySpan.end,
            `\`options\` should be a mapping of option names to numbers (${OPTION_NAMES.join(', ')}).`,
          );
          break;
        }
        for (const option of view.entries(value)) {
          const span = spanOf(option.keyNode);
          if (!(OPTION_NAMES as string[]).includes(option.key)) {
            const guess = closest(option.key, OPTION_NAMES);
            report(
              span.start,
              span.end,
              `\`${option.key}\` is not a cxroadmap option.${guess ? ` Did you mean \`${guess}\`?` : ` Options: ${OPTION_NAMES.join(', ')}.`}`,
            );
            continue;
          }
          const n = option.value && isScalar(option.value) ? option.value.value : undefined;
          if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 100_000) {
            const where = option.value ? spanOf(option.value) : span;
            report(where.start, where.end, `\`${option.key}\` should be a whole number of 0 or more.`);
            continue;
          }
          config.options[option.key as keyof RuleOptions] = n;
        }
        break;
      default:
        if (entry.key.startsWith('x-')) break;
        report(
          keySpan.start,
          keySpan.end,
          `\`${entry.key}\` is not a configuration key; use \`root\`, \`rules\` and \`options\`.`,
        );
    }
  }
  return done();
}

/**
 * The editor settings `cxroadmap.rules` and `cxroadmap.options` as a configuration; they
 * apply only to roadmaps without a `.cxroadmaprc.yaml`. Invalid entries are returned as
 * messages for the server's log and dropped, like bad entries of a configuration file.
 */
export function configFromSettings(rules: unknown, options: unknown): { config: ResolvedConfig; problems: string[] } {
  const config: ResolvedConfig = { rules: {}, options: { ...DEFAULT_OPTIONS } };
  const problems: string[] = [];
  if (rules !== null && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const [code, word] of Object.entries(rules)) {
      const setting = typeof word === 'string' ? severityWord(word) : undefined;
      if (!isRuleCode(code) || UNSUPPRESSIBLE.has(code))
        problems.push(`cxroadmap.rules: \`${code}\` is not a rule that can be configured.`);
      else if (setting === undefined)
        problems.push(`cxroadmap.rules: the severity of \`${code}\` should be error, warning, info, hint or off.`);
      else config.rules[code] = setting;
    }
  }
  if (options !== null && typeof options === 'object' && !Array.isArray(options)) {
    for (const [name, value] of Object.entries(options)) {
      if (!(OPTION_NAMES as string[]).includes(name)) problems.push(`cxroadmap.options: \`${name}\` is not an option.`);
      else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
        problems.push(`cxroadmap.options: \`${name}\` should be a whole number of 0 or more.`);
      else config.options[name as keyof RuleOptions] = value;
    }
  }
  return { config, problems };
}
