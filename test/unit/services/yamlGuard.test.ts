import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-types';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import type { DocumentContext } from '../../../server/src/services/documentContext';
import { WHOLE_PARSE_BUDGET, YamlGuard } from '../../../server/src/services/codeActions/yamlGuard';
import { generateRoadmap } from '../../../scripts/generateRoadmap';
import { find, positionIn } from '../../support/roadmapBuilder';

/**
 * The check every offered code action passes: its edits leave YAML that parses, with no
 * more duplicate keys. Most edits are settled by the block they fall in (one top-level key
 * or one initiative); these tests pin which ones must go on to the whole file, and that a
 * request never parses the whole file more than its budget allows.
 */
function contextOf(text: string): DocumentContext {
  return { uri: 'file:///guard.cxroadmap.yaml', text, analysis: analyzeRoadmap(text) };
}

function insertAt(text: string, needle: string, newText: string): TextEdit {
  const p = positionIn(text, find(text, needle));
  return { range: { start: p, end: p }, newText };
}

function replace(text: string, needle: string, newText: string, occurrence = 0): TextEdit {
  const start = find(text, needle, occurrence);
  return { range: { start: positionIn(text, start), end: positionIn(text, start + needle.length) }, newText };
}

/** Header anchors used by every initiative: no initiative parses without its aliases' anchors. */
function withHeaderAnchors(count: number): string {
  return generateRoadmap(count)
    .replace('owner: Dana Reyes', 'owner: &o Dana Reyes')
    .replace(/ {4}owner: Owner \d+\n/g, '    owner: *o\n');
}

describe('code actions: the YAML guard', () => {
  it('refuses an edit that breaks the block it is in, and accepts one that does not', () => {
    const text = generateRoadmap(3);
    const guard = new YamlGuard(contextOf(text));
    assert.equal(guard.keepsYamlValid([insertAt(text, '    team: Team 1\n', '    note: [unclosed\n')]), false);
    assert.equal(guard.keepsYamlValid([insertAt(text, '    team: Team 1\n', '    note: closed\n')]), true);
    assert.equal(guard.keepsYamlValid([insertAt(text, '    team: Team 1\n', '    title: twice\n')]), false);
  });

  it('settles an edit in a block whose aliases name anchors outside it without parsing the whole file', () => {
    const text = withHeaderAnchors(40);
    const guard = new YamlGuard(contextOf(text));
    for (let i = 0; i < 40; i++) {
      assert.equal(guard.keepsYamlValid([insertAt(text, `    team: Team ${i}\n`, '    note: fine\n')]), true);
    }
    assert.equal(guard.wholeParsed, 0);
  });

  it('parses the whole file when the edit changes which anchors or aliases the block has', () => {
    const text = withHeaderAnchors(3);
    // The block alone parses, but the aliases after it lose their anchor.
    assert.equal(new YamlGuard(contextOf(text)).keepsYamlValid([replace(text, '&o Dana', 'Dana')]), false);
    // A new alias: fine when its anchor exists, refused when none does.
    const guard = new YamlGuard(contextOf(text));
    assert.equal(guard.keepsYamlValid([insertAt(text, '    team: Team 1\n', '    sponsor: *o\n')]), true);
    assert.equal(guard.keepsYamlValid([insertAt(text, '    team: Team 1\n', '    sponsor: *nobody\n')]), false);
  });

  it('parses the whole file when the edit grows an anchored value that aliases elsewhere expand', () => {
    // Ten uses of a 9,999-item list: 99,990 values, just inside the file's alias budget.
    const pool = `x-pool: &a [${new Array<string>(9_999).fill('s').join(', ')}]\n`;
    const uses = `x-uses: [${new Array<string>(10).fill('*a').join(', ')}]\n`;
    const text = generateRoadmap(2).replace('initiatives:\n', `${pool}${uses}initiatives:\n`);
    const ctx = contextOf(text);
    assert.deepEqual(
      ctx.analysis.diagnostics.filter((d) => d.code === 'syntax'),
      [],
    );
    // The x-pool line alone still parses; the file does not (each alias passes 10,000 values).
    assert.equal(new YamlGuard(ctx).keepsYamlValid([insertAt(text, 's]\nx-uses', 's, s, ')]), false);
  });

  it('lets a word written over a plain value through without a parse, but not over a key', () => {
    const text = generateRoadmap(3).replace('competency: customers-as-assets', 'competency: nope');
    const guard = new YamlGuard(contextOf(text));
    assert.equal(guard.keepsYamlValid([replace(text, 'nope', 'customers-as-assets')]), true);
    // `team` written over the key `owner` makes a duplicate key: parsed, and refused.
    assert.equal(guard.keepsYamlValid([replace(text, 'owner', 'team', 1)]), false);
  });

  it('lets a comment line through, except inside a value written over several lines', () => {
    const text = generateRoadmap(3).replace('number 2 for the join stage', 'number 2\n      for the join stage');
    const guard = new YamlGuard(contextOf(text));
    const comment = '      # cxroadmap-disable-next-line missing-owner\n';
    assert.equal(guard.keepsYamlValid([insertAt(text, '    team: Team 1\n', comment)]), true);
    // Inside the plain title that goes on to a second line, the comment would end it there.
    assert.equal(guard.keepsYamlValid([insertAt(text, '      for the join stage', comment)]), false);
  });

  it(`parses the whole file for at most ${WHOLE_PARSE_BUDGET / 1024} KB of text per request`, () => {
    // Every edit here defines a new anchor, which only the whole file can settle.
    const text = withHeaderAnchors(200);
    assert.ok(text.length > WHOLE_PARSE_BUDGET / 2 && text.length < WHOLE_PARSE_BUDGET);
    const guard = new YamlGuard(contextOf(text));
    const edit = (i: number) => insertAt(text, `    team: Team ${i}\n`, `    note: &n${i} fine\n`);
    assert.equal(guard.keepsYamlValid([edit(1)]), true);
    assert.equal(guard.wholeParsed, text.length);
    // Just as valid, but past the budget: not offered rather than offered unchecked.
    assert.equal(guard.keepsYamlValid([edit(2)]), false);
    assert.equal(guard.wholeParsed, text.length);
  });
});
