import { setFlagsFromString } from 'node:v8';

/**
 * How much V8 lets the heap grow past its live size before the next full collection: at
 * most half. By default it lets the heap grow up to several times over while allocation is
 * fast, and typing in a roadmap of thousands of initiatives is: each edit makes a new copy
 * of the text and analyses it, a few megabytes. With 5,000 initiatives the server's live
 * data is about 150 MB, yet it peaked above 300 MB; with this, near 180 MB, for little more
 * time in the collector (BENCHMARKS.md).
 *
 * Set at start-up rather than as a command-line flag so that every way of starting the
 * server (the extension, the `cxroadmap-language-server` bin, any editor) gets it, and so
 * that a V8 without this flag ignores it instead of refusing to start. V8 reads it each
 * time it sizes the heap after a collection.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50');
}
