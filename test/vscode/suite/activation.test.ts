import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionUnderTest, fixture, openRoadmap } from './roadmapWorkspace';
import { WAIT_MS, waitFor } from './waitFor';
import { EXTENSION_COMMANDS } from '../../support/expected';

/** Set by the harness: where the extension it means to test (the packaged one) lies. */
const EXPECTED_PATH_ENV = 'CXROADMAP_TEST_EXTENSION_PATH';

describe('activation', () => {
  it('is the extension the harness packaged, and activates on opening a roadmap', async () => {
    const extension = extensionUnderTest();
    const expected = process.env[EXPECTED_PATH_ENV];
    if (expected) assert.equal(extension.extensionPath, expected);
    const document = await openRoadmap(fixture('features.cxroadmap.yaml'));
    assert.equal(document.languageId, 'cxroadmap');
    await waitFor(() => extension.isActive, WAIT_MS, 'the extension to activate');
    const commands = await vscode.commands.getCommands(true);
    assert.deepEqual(commands.filter((c) => c.startsWith('cxroadmap.')).sort(), EXTENSION_COMMANDS);
  });
});
