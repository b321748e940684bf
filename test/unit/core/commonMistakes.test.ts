import { assertOnly, error } from '../rules/ruleFixture';
import { baseInitiative, changed, roadmap } from '../../support/roadmapBuilder';

/** The base roadmap with the `journey-map` initiative changed as given (raw YAML values, markers allowed). */
function journeyMap(changes: Record<string, string>): string {
  return roadmap({ replace: { 'journey-map': baseInitiative('journey-map', changes) } });
}

const COLON = 'This text contains `: `, which YAML reads as the start of a new key; put the whole text in quotes.';
const TAB = 'This line is indented with a tab, which YAML does not allow; indent it with spaces.';
const STRAY_DASH = 'This `-` starts a list item among the `key: value` lines of a mapping; remove the `-`.';

describe('common YAML mistakes, in plain words', () => {
  describe('a colon in free text', () => {
    it('covers the value and proposes it in quotes', () => {
      assertOnly(journeyMap({ note: '⟦Phase 1: Gold tier only⟧' }), 'syntax', [
        error(COLON, 0, { repair: 'quote', replacement: '"Phase 1: Gold tier only"' }),
      ]);
    });

    it('leaves a comment after the value out of the range and of the quotes', () => {
      assertOnly(journeyMap({ note: '⟦Phase 1: Gold tier only⟧   # to confirm' }), 'syntax', [
        error(COLON, 0, { repair: 'quote', replacement: '"Phase 1: Gold tier only"' }),
      ]);
    });

    it('reports one problem for a text with several colons, escaping what quotes need', () => {
      assertOnly(journeyMap({ note: '⟦Goal: "done" by Q3: see C:\\plans⟧' }), 'syntax', [
        error(COLON, 0, { repair: 'quote', replacement: '"Goal: \\"done\\" by Q3: see C:\\\\plans"' }),
      ]);
    });

    it('names a text that ends with a colon', () => {
      assertOnly(journeyMap({ outcome: '⟦Risks:⟧' }), 'syntax', [
        error('This text ends with `:`, which YAML reads as a key; put the whole text in quotes.', 0, {
          repair: 'quote',
          replacement: '"Risks:"',
        }),
      ]);
    });

    it('finds it in a measure of a list, and in the roadmap header', () => {
      assertOnly(journeyMap({ measures: '- metric: ⟦Churn: monthly⟧\n  kind: behaviour' }), 'syntax', [
        error(COLON, 0, { repair: 'quote', replacement: '"Churn: monthly"' }),
      ]);
      assertOnly(roadmap({ set: { title: '⟦Acme: the next five years⟧' } }), 'syntax', [
        error(COLON, 0, { repair: 'quote', replacement: '"Acme: the next five years"' }),
      ]);
    });
  });

  describe('a tab in the indentation', () => {
    it('covers the indentation and proposes the spaces of the keys around it', () => {
      const text = changed(roadmap(), ['    owner: Lee Chen', '⟦\t⟧owner: Lee Chen']);
      assertOnly(text, 'syntax', [error(TAB, 0, { repair: 'indent', replacement: '    ' })]);
    });

    it('takes spaces before the tab into the range', () => {
      const text = changed(roadmap(), ['    owner: Lee Chen', '⟦  \t⟧owner: Lee Chen']);
      assertOnly(text, 'syntax', [error(TAB, 0, { repair: 'indent', replacement: '    ' })]);
    });

    it('indents two more under a key that opens a block, and lines up tab after tab', () => {
      const text = changed(roadmap(), [
        '    measures:\n      - metric: teams using the journey map in planning\n        kind: behaviour',
        '    measures:\n⟦\t⟧- metric: teams using the journey map in planning\n⟦\t\t⟧kind: behaviour',
      ]);
      assertOnly(text, 'syntax', [
        error(TAB, 0, { repair: 'indent', replacement: '      ' }),
        error(TAB, 1, { repair: 'indent', replacement: '        ' }),
      ]);
    });
  });

  describe('a quote or bracket left open', () => {
    it('covers an unclosed double or single quote to the end of its line and closes it there', () => {
      assertOnly(journeyMap({ title: '⟦"One journey map for every leader⟧' }), 'syntax', [
        error('This text opens a quote (`"`) that is never closed; add `"` at its end.', 0, {
          repair: 'close',
          replacement: '"One journey map for every leader"',
        }),
      ]);
      assertOnly(journeyMap({ title: "⟦'One journey map for everyone''s use⟧" }), 'syntax', [
        error("This text opens a quote (`'`) that is never closed; add `'` at its end.", 0, {
          repair: 'close',
          replacement: "'One journey map for everyone''s use'",
        }),
      ]);
    });

    it('covers an unclosed list or mapping up to a comment and closes it there', () => {
      assertOnly(journeyMap({ depends_on: '⟦[asset-metrics, listening-posts⟧ # both first' }), 'syntax', [
        error('This list opens with `[` but is never closed; add `]` after its last item.', 0, {
          repair: 'close',
          replacement: '[asset-metrics, listening-posts]',
        }),
      ]);
      assertOnly(journeyMap({ 'x-budget': '⟦{capex: 120, opex: 40⟧' }), 'syntax', [
        error('This mapping opens with `{` but is never closed; add `}` after its last entry.', 0, {
          repair: 'close',
          replacement: '{capex: 120, opex: 40}',
        }),
      ]);
    });
  });

  describe('a stray dash', () => {
    it('covers a `- ` among the keys of a mapping and removes it', () => {
      const text = changed(roadmap(), ['    owner: Lee Chen', '    ⟦- ⟧owner: Lee Chen']);
      assertOnly(text, 'syntax', [error(STRAY_DASH, 0, { repair: 'undash', replacement: '' })]);
    });

    it('covers a dash alone on its line', () => {
      const text = changed(roadmap(), ['    owner: Lee Chen\n', '    owner: Lee Chen\n    ⟦-⟧\n']);
      assertOnly(text, 'syntax', [error(STRAY_DASH, 0, { repair: 'undash', replacement: '' })]);
    });

    it('proposes quotes for a text that starts with `- `', () => {
      assertOnly(journeyMap({ outcome: '⟦- every leader uses the map⟧' }), 'syntax', [
        error('This text starts with `- `, which YAML reads as a list; put the whole text in quotes.', 0, {
          repair: 'quote',
          replacement: '"- every leader uses the map"',
        }),
      ]);
    });
  });

  it('reports each mistake of a file, whichever initiative or part it is in', () => {
    const text = changed(
      journeyMap({ note: '⟦Phase 1: Gold tier only⟧' }),
      ['    owner: Omar Haddad', '⟦\t⟧owner: Omar Haddad'],
      ['  stages: [discover, join, use, get-help, renew]', '  stages: ⟦[discover, join, use, get-help, renew⟧'],
    );
    assertOnly(text, 'syntax', [
      error('This list opens with `[` but is never closed; add `]` after its last item.', 0, {
        repair: 'close',
        replacement: '[discover, join, use, get-help, renew]',
      }),
      error(COLON, 1, { repair: 'quote', replacement: '"Phase 1: Gold tier only"' }),
      error(TAB, 2, { repair: 'indent', replacement: '    ' }),
    ]);
  });
});
