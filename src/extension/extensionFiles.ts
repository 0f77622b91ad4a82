import * as vscode from 'vscode';

/** The bundled corpus's file names, listed by esbuild when it built this bundle (see esbuild.mjs). */
declare const DIPLOMATIC_STUDY_BUNDLED_CORPUS: string[] | undefined;

/**
 * Where the extension's own files are served over http(s) (vscode.dev and github.dev load a
 * marketplace extension from a CDN), `vscode.workspace.fs` may have no provider for them: fetch them.
 */
function servedOverHttp(uri: vscode.Uri): boolean {
  return uri.scheme === 'http' || uri.scheme === 'https';
}

/** One of the extension's own files (the bundled corpus and glossary, the index worker's script). */
export async function readExtensionFile(uri: vscode.Uri): Promise<Uint8Array> {
  if (!servedOverHttp(uri)) return vscode.workspace.fs.readFile(uri);
  const response = await fetch(uri.toString(true));
  if (!response.ok) throw new Error(`${uri.toString(true)} answered ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The files of one of the extension's folders whose names pass `keep`: listed where the file system
 * can list them, else (a folder served over http cannot be listed) the names the build recorded.
 */
export async function listExtensionFolder(folder: vscode.Uri, keep: (name: string) => boolean): Promise<vscode.Uri[]> {
  let names: string[];
  try {
    names = (await vscode.workspace.fs.readDirectory(folder)).filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
  } catch (error) {
    if (!servedOverHttp(folder) || typeof DIPLOMATIC_STUDY_BUNDLED_CORPUS === 'undefined') throw error;
    names = DIPLOMATIC_STUDY_BUNDLED_CORPUS;
  }
  return names
    .filter(keep)
    .map((name) => vscode.Uri.joinPath(folder, name))
    .sort((a, b) => a.path.localeCompare(b.path));
}
