/** What the status bar reads of a diagnostic: VS Code's own type, or an LSP one. */
export interface DiagnosticLike {
  source?: string;
  code?: string | number | { value: string | number };
  range: { start: { line: number } };
}

/**
 * The lines (1-based, in order, each once) where cxroadmap reports YAML that does not
 * parse: the part of the roadmap there is left out of the checks and the chart. The code
 * arrives as `{ value, target }` when the diagnostic links to its rule's page.
 */
export function syntaxLines(diagnostics: readonly DiagnosticLike[], source: string): number[] {
  const lines = new Set<number>();
  for (const d of diagnostics) {
    const code = typeof d.code === 'object' ? d.code.value : d.code;
    if (d.source === source && code === 'syntax') lines.add(d.range.start.line + 1);
  }
  return [...lines].sort((a, b) => a - b);
}
