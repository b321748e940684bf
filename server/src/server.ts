/**
 * The cxroadmap language server: `node dist/server.js --stdio` for any LSP client, node
 * IPC for the VS Code extension. All analysis happens in the pure core; this file wires
 * the connection to one small handler module per feature.
 */
import { createConnection, ProposedFeatures, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer } from './lsp/startServer';
import { limitHeapGrowth } from './host/heapGrowth';

limitHeapGrowth();

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
startServer(connection, documents);
