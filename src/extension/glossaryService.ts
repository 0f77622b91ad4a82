import * as vscode from 'vscode';
import { EntityMatcher } from '../core/entityMatcher';
import { Glossary } from '../core/glossary';

export interface LoadedGlossary {
  glossary: Glossary;
  matcher: EntityMatcher;
}

/** The bundled glossary and its matcher, read and compiled once, on first use rather than at activation. */
export class GlossaryService {
  private loading: Promise<LoadedGlossary> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  ready(): Promise<LoadedGlossary> {
    this.loading ??= this.load();
    return this.loading;
  }

  private async load(): Promise<LoadedGlossary> {
    const uri = vscode.Uri.joinPath(this.extensionUri, 'corpus', 'glossary.json');
    let glossary = new Glossary([]);
    try {
      const data: unknown = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
      const result = Glossary.fromData(data);
      glossary = result.glossary;
      for (const p of result.problems) this.log.warn(`bundled glossary, entry ${p.index} (${p.id ?? 'no id'}): ${p.message}`);
    } catch (error) {
      this.log.error(`cannot read the bundled glossary ${uri.toString()}: ${(error as Error).message}`);
    }
    const started = performance.now();
    const matcher = new EntityMatcher(glossary.entries);
    this.log.info(`glossary: ${glossary.entries.length} entries, matcher compiled in ${(performance.now() - started).toFixed(1)} ms`);
    return { glossary, matcher };
  }
}
