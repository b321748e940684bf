/**
 * Just enough of the `vscode` module for the bundled extension to activate outside VS
 * Code: real events, disposables, URIs and configuration defaults; every other member is a
 * harmless callable that returns another such member. Messages the extension shows or
 * logs are kept, so that a failed activation is visible in the report.
 */
import * as path from 'node:path';

type Listener = (value: unknown) => void;

class Disposable {
  constructor(private readonly onDispose: () => void = () => undefined) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((item) => item.dispose()));
  }
  dispose(): void {
    this.onDispose();
  }
}

class EventEmitter {
  private listeners: Listener[] = [];
  readonly event = (listener: Listener): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== listener)));
  };
  fire(value: unknown): void {
    for (const listener of this.listeners) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

function uri(fsPath: string, scheme = 'file'): Record<string, unknown> {
  const value = {
    scheme,
    authority: '',
    path: fsPath,
    query: '',
    fragment: '',
    fsPath,
    with: () => value,
    toString: () => `${scheme}://${fsPath}`,
    toJSON: () => ({ scheme, path: fsPath }),
  };
  return value;
}

/** A member nobody in the extension relies on: callable, constructible, never a thenable. */
function anything(name: string): unknown {
  const members = new Map<PropertyKey, unknown>();
  const target = function () {
    return undefined;
  };
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined;
      if (prop === Symbol.toPrimitive) return () => `[vscode ${name}]`;
      if (prop === Symbol.iterator)
        return function* () {
          // Empty: a stubbed collection has nothing in it.
        };
      if (prop === 'toString' || prop === 'toJSON') return () => `[vscode ${name}]`;
      if (prop === 'length') return 0;
      if (!members.has(prop)) members.set(prop, anything(`${name}.${String(prop)}`));
      return members.get(prop);
    },
    set(_t, prop, value) {
      members.set(prop, value);
      return true;
    },
    apply: () => anything(`${name}()`),
    construct: () => anything(`new ${name}`) as object,
  });
}

/**
 * `overrides` first, then `anything` for the rest. A bundle copies a module's own keys into
 * an object whose prototype is the module's: the prototype answers for every other name.
 */
function namespace(name: string, overrides: Record<string, unknown>): unknown {
  const rest = anything(name) as Record<PropertyKey, unknown>;
  const fallback = new Proxy({}, { get: (_t, prop) => rest[prop] });
  return new Proxy(overrides, {
    get: (target, prop) => (prop in target ? target[prop as string] : rest[prop]),
    has: () => true,
    getPrototypeOf: () => fallback,
  });
}

function event(): (listener: Listener) => Disposable {
  return new EventEmitter().event;
}

function format(message: string, args: unknown[]): string {
  const values =
    args.length === 1 && typeof args[0] === 'object' && args[0] !== null ? (args[0] as Record<string, unknown>) : args;
  return message.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in (values as object) ? String((values as Record<string, unknown>)[key]) : whole,
  );
}

export function createVscodeStub(messages: string[]): unknown {
  const configuration = {
    get: (_key: string, fallback?: unknown) => fallback,
    has: () => false,
    inspect: () => undefined,
    update: () => Promise.resolve(),
  };
  const channel = (name: string) =>
    namespace(`OutputChannel(${name})`, {
      name,
      append: (text: string) => messages.push(text),
      appendLine: (text: string) => messages.push(text),
      replace: () => undefined,
      clear: () => undefined,
      show: () => undefined,
      hide: () => undefined,
      dispose: () => undefined,
    });
  const show = (level: string) => (message: string) => {
    messages.push(`${level}: ${message}`);
    return Promise.resolve(undefined);
  };
  return namespace('vscode', {
    version: '1.90.0',
    Disposable,
    EventEmitter,
    Uri: {
      file: (p: string) => uri(p),
      parse: (s: string) => uri(s.replace(/^file:\/\//, '')),
      joinPath: (base: { fsPath: string }, ...parts: string[]) => uri(path.join(base.fsPath, ...parts)),
    },
    l10n: { t: (message: string, ...args: unknown[]) => format(message, args), bundle: undefined, uri: undefined },
    env: {
      language: 'en',
      appName: 'bench',
      appRoot: '',
      machineId: 'bench',
      sessionId: 'bench',
      uriScheme: 'vscode',
      uiKind: 1,
      remoteName: undefined,
    },
    workspace: namespace('workspace', {
      getConfiguration: () => configuration,
      workspaceFolders: undefined,
      textDocuments: [],
      notebookDocuments: [],
      getWorkspaceFolder: () => undefined,
      onDidChangeConfiguration: event(),
      onDidOpenTextDocument: event(),
      onDidChangeTextDocument: event(),
      onDidCloseTextDocument: event(),
      onDidSaveTextDocument: event(),
      onDidChangeWorkspaceFolders: event(),
    }),
    window: namespace('window', {
      createOutputChannel: channel,
      activeTextEditor: undefined,
      visibleTextEditors: [],
      onDidChangeActiveTextEditor: event(),
      onDidChangeVisibleTextEditors: event(),
      tabGroups: namespace('tabGroups', { all: [], onDidChangeTabs: event(), onDidChangeTabGroups: event() }),
      showErrorMessage: show('error'),
      showWarningMessage: show('warning'),
      showInformationMessage: show('info'),
    }),
    languages: namespace('languages', {
      match: () => 0,
      getDiagnostics: () => [],
      onDidChangeDiagnostics: event(),
    }),
    commands: namespace('commands', {
      registerCommand: () => new Disposable(),
      executeCommand: () => Promise.resolve(undefined),
      getCommands: () => Promise.resolve([]),
    }),
    extensions: namespace('extensions', { getExtension: () => undefined, all: [], onDidChange: event() }),
  });
}
