import { pathToFileURL } from 'node:url';
import { CATALOGUE, REPOSITORY_URL, ruleDocsUrl } from '../../core/catalogue';
import { RULE_CODES, Severity } from '../../core/diagnostic';
import type { RuleCode } from '../../core/diagnostic';
import { relativeToCwd, sortResults } from '../fileResult';
import type { FileResult } from '../fileResult';
import type { FormatContext } from './index';
import { FINGERPRINT_VERSION } from '../../core/fingerprint';
import { printableJson } from '../terminalText';

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';

// SARIF has no level for hints; code scanning shows `note` as its lowest.
const LEVEL: Readonly<Record<Severity, Level>> = {
  [Severity.Error]: 'error',
  [Severity.Warning]: 'warning',
  [Severity.Information]: 'note',
  [Severity.Hint]: 'note',
};

function pascalCase(code: RuleCode): string {
  return code
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function driverRules() {
  return RULE_CODES.map((code) => {
    const meta = CATALOGUE[code];
    return {
      id: code,
      name: pascalCase(code),
      shortDescription: { text: meta.title },
      fullDescription: { text: meta.summary },
      help: { text: meta.lesson },
      helpUri: ruleDocsUrl(code),
      defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    };
  });
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/**
 * Relative to %SRCROOT% so that code scanning can map results onto the checkout; each
 * segment is percent-encoded, which also keeps a ':' in a file name from reading as a scheme.
 */
function artifactLocation(absolutePath: string, cwd: string): ArtifactLocation {
  const relative = relativeToCwd(absolutePath, cwd);
  if (relative === undefined) return { uri: pathToFileURL(absolutePath).href };
  const uri = relative.split('/').map(encodeURIComponent).join('/');
  return { uri, uriBaseId: SRCROOT };
}

function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}

export function formatSarif(results: FileResult[], ctx: FormatContext): string {
  const files = sortResults(results);
  const locations = files.map((file) => artifactLocation(file.absolutePath, ctx.cwd));
  const sarifResults = files.flatMap((file, index) =>
    file.diagnostics.map((d) => ({
      ruleId: d.code,
      ruleIndex: RULE_CODES.indexOf(d.code),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { ...locations[index], index },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
      // Code scanning matches results across runs by these instead of by line, so a
      // finding keeps its history when the roadmap above it grows.
      partialFingerprints: { [FINGERPRINT_VERSION]: d.data.fingerprint },
    })),
  );
  const log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cxroadmap',
            informationUri: REPOSITORY_URL,
            version: ctx.toolVersion,
            rules: driverRules(),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(ctx.cwd) } },
        artifacts: locations.map((location) => ({ location })),
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return printableJson(log);
}
