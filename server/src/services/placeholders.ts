/**
 * Values written where only the team can say what goes (a sponsor, an owner, a title):
 * valid, so they add no finding, and worded so that it is plain they are to be typed over.
 * The quick fixes and the snippets completion offers use these; `snippets/cxroadmap.json`
 * uses the same words.
 */
export const PLACEHOLDERS = {
  sponsor: 'Chief Executive Officer',
  owner: 'Accountable leader',
  initiativeTitle: 'What changes for customers',
  metric: 'customers who stay after their first year',
  milestoneName: 'First results reviewed by the leadership team',
  linkTitle: 'Project page',
  linkUrl: 'https://example.com/',
  goal: 'What this competency will change for customers',
  freshId: 'new-initiative',
} as const;
