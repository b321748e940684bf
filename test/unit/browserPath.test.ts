import assert from 'node:assert/strict';
import { chromiumPath, systemPackages } from '../../scripts/codeServer/install';

describe('the browser the tests drive', () => {
  it("is Debian's Chromium when CHROMIUM_PATH is unset or empty", () => {
    assert.deepEqual(
      [chromiumPath({}), chromiumPath({ CHROMIUM_PATH: '' })],
      ['/usr/bin/chromium', '/usr/bin/chromium'],
    );
  });

  it('is the executable CHROMIUM_PATH names', () => {
    assert.equal(chromiumPath({ CHROMIUM_PATH: '/usr/bin/google-chrome' }), '/usr/bin/google-chrome');
  });

  it("needs Debian's chromium package only when CHROMIUM_PATH is unset", () => {
    const buildHeaders = ['libkrb5-dev', 'libsecret-1-dev', 'libxkbfile-dev', 'libx11-dev', 'pkg-config', 'ripgrep'];
    assert.deepEqual(
      {
        unset: systemPackages({}),
        empty: systemPackages({ CHROMIUM_PATH: '' }),
        chrome: systemPackages({ CHROMIUM_PATH: '/usr/bin/google-chrome' }),
      },
      { unset: ['chromium', ...buildHeaders], empty: ['chromium', ...buildHeaders], chrome: buildHeaders },
    );
  });
});
