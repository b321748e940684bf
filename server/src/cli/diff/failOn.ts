/** When `diff` fails the run: never, on a new error, or on any error in the new version. */
export const FAIL_ON = ['none', 'new', 'all'] as const;
export type FailOn = (typeof FAIL_ON)[number];
