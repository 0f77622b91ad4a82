// package.json and src/extension/ids.ts name the same commands, views and settings, and VS Code has
// registered each of them. Per-id tests are generated, so they appear as ids are added.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, EXTENSION_ID, Settings, Views } from '../../src/extension/ids';

interface Manifest {
  contributes?: {
    commands?: { command: string }[];
    views?: Record<string, { id: string }[]>;
    configuration?: ConfigurationSection | ConfigurationSection[];
  };
}
interface ConfigurationSection {
  properties?: Record<string, unknown>;
}

const extension = vscode.extensions.getExtension(EXTENSION_ID);
// The manifest exactly as VS Code loaded it.
const contributes = (extension?.packageJSON as Manifest | undefined)?.contributes ?? {};
const manifestCommands = (contributes.commands ?? []).map((c) => c.command);
const manifestViews = Object.values(contributes.views ?? {}).flat().map((v) => v.id);
const manifestSettings = [contributes.configuration ?? []]
  .flat()
  .flatMap((section) => Object.keys(section.properties ?? {}));
const codeCommands: string[] = Object.values(Commands);
const codeViews: string[] = Object.values(Views);
const codeSettings: string[] = Object.values(Settings);

/** Fails with the ids that only one side has, both ways. */
function assertSameIds(kind: string, inManifest: string[], inCode: string[]): void {
  const onlyInManifest = inManifest.filter((id) => !inCode.includes(id));
  const onlyInCode = inCode.filter((id) => !inManifest.includes(id));
  const problems = [
    ...onlyInManifest.map((id) => `${kind} ${id} is in package.json but not in src/extension/ids.ts`),
    ...onlyInCode.map((id) => `${kind} ${id} is in src/extension/ids.ts but not in package.json`),
  ];
  const twice = inManifest.filter((id, index) => inManifest.indexOf(id) !== index);
  problems.push(...twice.map((id) => `${kind} ${id} is declared twice in package.json`));
  if (problems.length) assert.fail(problems.join('\n'));
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

describe('manifest', () => {
  let registered: string[] = [];

  before(async () => {
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    await extension.activate(); // commands are registered in activate()
    registered = await vscode.commands.getCommands(true);
  });

  describe('commands', () => {
    it('contributes.commands are the ids in Commands', () => {
      assert.ok(manifestCommands.length > 0, 'package.json contributes no command');
      assertSameIds('command', manifestCommands, codeCommands);
    });
    for (const id of union(manifestCommands, codeCommands)) {
      it(`registers command ${id}`, () => {
        assert.ok(registered.includes(id), `command ${id} is declared but not registered`);
      });
    }
  });

  describe('views', () => {
    it('contributes.views are the ids in Views', () => {
      assertSameIds('view', manifestViews, codeViews);
    });
    for (const id of union(manifestViews, codeViews)) {
      // VS Code adds a "<view id>.focus" command for every view it has registered.
      it(`registers view ${id}`, () => {
        assert.ok(registered.includes(`${id}.focus`), `view ${id} is not registered (no ${id}.focus command)`);
      });
    }
  });

  describe('settings', () => {
    it('contributes.configuration properties are the keys in Settings', () => {
      assertSameIds('setting', manifestSettings, codeSettings);
    });
    for (const key of union(manifestSettings, codeSettings)) {
      it(`registers setting ${key} with a default`, () => {
        const inspected = vscode.workspace.getConfiguration().inspect(key);
        assert.notEqual(inspected?.defaultValue, undefined, `setting ${key} has no default value`);
      });
    }
  });
});
