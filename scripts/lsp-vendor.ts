// What dist/bundle/lsp-vendor.cjs holds (scripts/bundle.mjs): the protocol libraries of align lsp,
// under the names src/lsp/ imports them by. cli.cjs requires it only when the editor server starts.
export * from 'vscode-languageserver/node';
export { TextDocument } from 'vscode-languageserver-textdocument';
