import type { DiagnosticFacts } from '../../../server/src/core/diagnostic';
import { assertOnly, error } from '../rules/ruleFixture';
import type { Expected } from '../rules/ruleFixture';
import { baseInitiative, changed, roadmap } from '../../support/roadmapBuilder';

/** The base roadmap with the `journey-map` initiative changed as given (raw YAML values, markers allowed). */
function journeyMap(changes: Record<string, string>): string {
  return roadmap({ replace: { 'journey-map': baseInitiative('journey-map', changes) } });
}

const COLON = 'This text contains `: `, which YAML reads as the start of a new key; put the whole text in quotes.';
const ENDING_COLON = 'This text ends with `:`, which YAML reads as a key; put the whole text in quotes.';
const TAB = 'This line is indented with a tab, which YAML does not allow; indent it with spaces.';
const OPEN_QUOTE = (quote: string) =>
  `This text opens a quote (\`${quote}\`) that is never closed; add \`${quote}\` at its end.`;
const OPEN_LIST = 'This list opens with `[` but is never closed; add `]` after its last item.';
const OPEN_MAPPING = 'This mapping opens with `{` but is never closed; add `}` after its last entry.';
const STRAY_DASH = 'This `-` starts a list item among the `key: value` lines of a mapping; remove the `-`.';
const LEADING_DASH = 'This text starts with `- `, which YAML reads as a list; put the whole text in quotes.';

/** The syntax error at the `at`-th marked range, with `message` and the repair its data proposes. */
function mistake(message: string, repair: DiagnosticFacts['repair'], replacement: string, at = 0): Expected {
  return error(message, at, { repair, replacement });
}

/** `marked` has one finding, the syntax error at its marked range, with `message` and that repair. */
function assertMistake(marked: string, message: string, repair: DiagnosticFacts['repair'], replacement: string): void {
  assertOnly(marked, 'syntax', [mistake(message, repair, replacement)]);
}

describe('common YAML mistakes, in plain words', () => {
  describe('a colon in free text', () => {
    it('covers the value and proposes it in quotes', () => {
      assertMistake(journeyMap({ note: '⟦Phase 1: Gold tier only⟧' }), COLON, 'quote', '"Phase 1: Gold tier only"');
    });

    it('leaves a comment after the value out of the range and of the quotes', () => {
      const text = journeyMap({ note: '⟦Phase 1: Gold tier only⟧   # to confirm' });
      assertMistake(text, COLON, 'quote', '"Phase 1: Gold tier only"');
    });

    it('reports one problem for a text with several colons, escaping what quotes need', () => {
      const text = journeyMap({ note: '⟦Goal: "done" by Q3: see C:\\plans⟧' });
      assertMistake(text, COLON, 'quote', '"Goal: \\"done\\" by Q3: see C:\\\\plans"');
    });

    it('names a text that ends with a colon', () => {
      assertMistake(journeyMap({ outcome: '⟦Risks:⟧' }), ENDING_COLON, 'quote', '"Risks:"');
    });

    it('finds it in a measure of a list, and in the roadmap header', () => {
      const measure = journeyMap({ measures: '- metric: ⟦Churn: monthly⟧\n  kind: behaviour' });
      assertMistake(measure, COLON, 'quote', '"Churn: monthly"');
      const header = roadmap({ set: { title: '⟦Acme: the next five years⟧' } });
      assertMistake(header, COLON, 'quote', '"Acme: the next five years"');
    });
  });

  describe('a tab in the indentation', () => {
    it('covers the indentation and proposes the spaces of the keys around it', () => {
      assertMistake(changed(roadmap(), ['    owner: Lee Chen', '⟦\t⟧owner: Lee Chen']), TAB, 'indent', '    ');
    });

    it('takes spaces before the tab into the range', () => {
      assertMistake(changed(roadmap(), ['    owner: Lee Chen', '⟦  \t⟧owner: Lee Chen']), TAB, 'indent', '    ');
    });

    it('indents two more under a key that opens a block, and lines up tab after tab', () => {
      const text = changed(roadmap(), [
        '    measures:\n      - metric: teams using the journey map in planning\n        kind: behaviour',
        '    measures:\n⟦\t⟧- metric: teams using the journey map in planning\n⟦\t\t⟧kind: behaviour',
      ]);
      assertOnly(text, 'syntax', [mistake(TAB, 'indent', '      ', 0), mistake(TAB, 'indent', '        ', 1)]);
    });
  });

  describe('a quote or bracket left open', () => {
    it('covers an unclosed double or single quote to the end of its line and closes it there', () => {
      const double = journeyMap({ title: '⟦"One journey map for every leader⟧' });
      assertMistake(double, OPEN_QUOTE('"'), 'close', '"One journey map for every leader"');
      const single = journeyMap({ title: "⟦'One journey map for everyone''s use⟧" });
      assertMistake(single, OPEN_QUOTE("'"), 'close', "'One journey map for everyone''s use'");
    });

    it('covers an unclosed list or mapping up to a comment and closes it there', () => {
      const list = journeyMap({ depends_on: '⟦[asset-metrics, listening-posts⟧ # both first' });
      assertMistake(list, OPEN_LIST, 'close', '[asset-metrics, listening-posts]');
      const mapping = journeyMap({ 'x-budget': '⟦{capex: 120, opex: 40⟧' });
      assertMistake(mapping, OPEN_MAPPING, 'close', '{capex: 120, opex: 40}');
    });
  });

  describe('a stray dash', () => {
    it('covers a `- ` among the keys of a mapping and removes it', () => {
      assertMistake(changed(roadmap(), ['    owner: Lee Chen', '    ⟦- ⟧owner: Lee Chen']), STRAY_DASH, 'undash', '');
    });

    it('covers a dash alone on its line', () => {
      const text = changed(roadmap(), ['    owner: Lee Chen\n', '    owner: Lee Chen\n    ⟦-⟧\n']);
      assertMistake(text, STRAY_DASH, 'undash', '');
    });

    it('proposes quotes for a text that starts with `- `', () => {
      const text = journeyMap({ outcome: '⟦- every leader uses the map⟧' });
      assertMistake(text, LEADING_DASH, 'quote', '"- every leader uses the map"');
    });
  });

  it('reports each mistake of a file, whichever initiative or part it is in', () => {
    const text = changed(
      journeyMap({ note: '⟦Phase 1: Gold tier only⟧' }),
      ['    owner: Omar Haddad', '⟦\t⟧owner: Omar Haddad'],
      ['  stages: [discover, join, use, get-help, renew]', '  stages: ⟦[discover, join, use, get-help, renew⟧'],
    );
    assertOnly(text, 'syntax', [
      mistake(OPEN_LIST, 'close', '[discover, join, use, get-help, renew]', 0),
      mistake(COLON, 'quote', '"Phase 1: Gold tier only"', 1),
      mistake(TAB, 'indent', '    ', 2),
    ]);
  });
});
