export { getDefinition } from './definition';
export { getDocumentSymbols } from './documentSymbols';
export { getFoldingRanges } from './foldingRanges';
export { getReferences } from './references';
export { prepareRename, rename } from './rename';
export { getWorkspaceSymbols } from './workspaceSymbols';
