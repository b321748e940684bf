import { assertGeneratedUpToDate } from '../../support/generated';

describe('gantt page script', () => {
  it('the committed chartScript.generated.ts is built from page/chartPage.ts as it is now', () => {
    assertGeneratedUpToDate('generate-chart-script.mjs');
  });
});
