/*
 * Values the docs fix and several suites expect, written out once here rather than taken
 * from the implementation, so that a change there fails the tests instead of passing them.
 */

/** The five competency ids, in the order of docs/format.md. */
export const COMPETENCY_IDS: readonly string[] = [
  'customers-as-assets',
  'align-around-experience',
  'listening-path',
  'reliability-innovation',
  'one-company-leadership',
];

/** The competencies' names, in the order of `COMPETENCY_IDS`. */
export const COMPETENCY_NAMES: readonly string[] = [
  'Honor and Manage Customers as Assets',
  'Align Around Experience',
  'Build a Customer Listening Path',
  'Proactive Experience Reliability and Innovation',
  'One-Company Leadership, Accountability and Culture',
];

/** Every command the extension registers, sorted. */
export const EXTENSION_COMMANDS: readonly string[] = [
  'cxroadmap.exportChart',
  'cxroadmap.newRoadmap',
  'cxroadmap.openExample',
  'cxroadmap.openPreview',
  'cxroadmap.openPreviewToSide',
  'cxroadmap.restartServer',
  'cxroadmap.selectRange',
  'cxroadmap.showProblems',
];

/** Every top-level key, in the format's order. */
export const TOP_LEVEL_KEYS: readonly string[] = [
  'cxroadmap',
  'title',
  'owner',
  'sponsor',
  'horizon',
  'governance',
  'journey',
  'competencies',
  'initiatives',
];

/** Every key of an initiative, in the format's order. */
export const INITIATIVE_KEYS: readonly string[] = [
  'id',
  'title',
  'competency',
  'owner',
  'team',
  'start',
  'end',
  'status',
  'note',
  'early_win',
  'outcome',
  'measures',
  'stage',
  'depends_on',
  'links',
  'milestones',
];
