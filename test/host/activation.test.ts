import * as assert from 'node:assert/strict';
import { activateExtension, extension, EXTENSION_ID } from './helpers';

suite('activation', () => {
  test(`${EXTENSION_ID} is installed as the development extension`, () => {
    assert.equal(extension().id, EXTENSION_ID);
  });

  test('activates without throwing', async () => {
    const ext = await activateExtension();
    assert.equal(ext.isActive, true);
  });
});
