/** `--quick` and `--only <name>[,<name>]` (repeatable). */
export interface BenchArgs {
  quick: boolean;
  only: string[];
}

export function parseArgs(argv: readonly string[], known: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, only: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') args.quick = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      if (value === undefined) throw new Error(`--only needs one of: ${known.join(', ')}`);
      args.only.push(...value.split(',').filter((v) => v !== ''));
    } else throw new Error(`unknown argument ${arg}; use --quick and --only <${known.join('|')}>`);
  }
  const unknown = args.only.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`unknown measurement ${unknown.join(', ')}; choose from ${known.join(', ')}`);
  return args;
}
