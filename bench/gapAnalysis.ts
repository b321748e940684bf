/**
 * For each goal a run misses: where the profiles say the time (or memory) goes, and what
 * would close the gap. Kept next to the harness so that every report explains its misses.
 */
const GAPS: [prefix: string, why: string][] = [
  [
    'Completion and hover p95',
    "Every kind of position answers in about 1-2 ms except ids inside `depends_on`: completion there offers all 5,000 initiatives (building and sending 5,000 items) and hover looks the id up in a list rebuilt per request. Closing it: index the initiatives once per analysis (a map by id, computed lazily with the model) and answer `depends_on` completion with the best 100 matches of the typed prefix and `isIncomplete: true`. Right after an edit, completion waits for that edit's incremental analysis (about 50-70 ms at 5,000 initiatives); answering from the previous analysis while the new one runs would remove that wait.",
  ],
  [
    'cxroadmap lint of one 5,000-initiative file',
    "Close to the line: runs on this machine land between about 2.9x and 3.2x, and Spectral itself varies by 5-10% from run to run. The CLI profile below shows where cxroadmap's time goes: about a fifth in the garbage collector, then the fast initiative parser, schema validation and model extraction, each run once and mostly before the JIT has warmed up (a one-shot process). Closing it with margin: validate while reading the nodes instead of building a plain value for the validator, and read the model straight from the parser's tokens instead of through `yaml` nodes.",
  ],
  [
    '… within about 2×',
    "The js-yaml floor only parses; cxroadmap also validates every initiative against the schema, builds the model with exact source ranges, runs 25 rules and formats the report, about 250 ms more at 5,000 initiatives, all of it cold. Validating while reading the nodes, instead of building a plain value for the validator, and reading the model straight from the parser's tokens, instead of through `yaml` nodes, would close most of the gap.",
  ],
  [
    'Server peak memory',
    'The live heap after a garbage collection stays near 120-160 MB with 5,000 initiatives open; the peak is V8 letting the heap grow before a major collection, because every edit replaces the 2 MB document text (the text document keeps one flat copy per version) and the line index. The server already limits that growth to half the live size (`server/src/host/heapGrowth.ts`). Closing it further: keep the line index incremental instead of rebuilding it, or hold the document as pieces instead of one string.',
  ],
  [
    'No growth over 1,000 edits',
    'Not a leak: the same run shows RSS falling back after each major collection (the sawtooth of the garbage collector), and a test (`test/unit/lsp/soak.test.ts`) bounds the growth over 2,000 edits. A leak that kept one document per edit was found and fixed (cached initiatives now hold a copy of their own text). The check compares the lowest RSS of each half of the edits; a closer measure would read the heap after a forced collection (`--expose-gc` in the benchmark only).',
  ],
  [
    'Chart at 2,000 initiatives',
    'Our layered page has every initiative in it after parsing about 1 KB of markup per initiative (2 MB at 2,000), and the browser lays out only the blocks of rows in view; parsing is most of what is left. Closing it: send less markup per initiative (tooltips and accessible labels built by the page script from one data block instead of written into every row), or stream the blocks below the fold after the first screen.',
  ],
  [
    'An edit in a 1,000-initiative roadmap reflected',
    "After an edit the server lays out the whole chart again (about 7 ms at 1,000 initiatives) and draws the initiatives whose rows changed, then sends only the changed elements; most of the remaining time is the server's layout, the initiatives' text ranges it sends with every chart (about 0.5 MB as JSON at 1,000), and the two frames the page needs to show the change. Closing it: lay out incrementally (only the rows of changed initiatives and the arrows touching them) and send the text ranges as changes too.",
  ],
];

export function gapExplanation(goalText: string): string | undefined {
  return GAPS.find(([prefix]) => goalText.startsWith(prefix))?.[1];
}
