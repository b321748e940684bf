import { CATALOGUE, ruleDocsUrl } from '../../core/catalogue';
import type { Diagnostic } from '../../core/diagnostic';

/** Why each diagnostic's rule exists, with a link to its page; the message itself the editor already shows. */
export function ruleNotes(diagnostics: readonly Diagnostic[]): string {
  const codes = [...new Set(diagnostics.map((d) => d.code))];
  return codes
    .map((code) => `**${code}** — ${CATALOGUE[code].lesson} [About this rule](${ruleDocsUrl(code)})`)
    .join('\n\n');
}
