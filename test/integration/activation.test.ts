import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../../src/extension/ids';

describe('activation', () => {
  it(`the extension ${EXTENSION_ID} is installed`, () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not among the loaded extensions`);
  });

  it('activates without error', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate(); // rejects if activate() throws
    assert.equal(extension.isActive, true);
  });
});
