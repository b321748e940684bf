import assert from 'node:assert/strict';

/** A complete roadmap with no diagnostics under the default rules, the base that core tests edit. */
export const CLEAN = `cxroadmap: 1
title: Acme Customer Experience Roadmap
owner: Dana Reyes
sponsor: Sam Ortiz (CEO)
horizon:
  start: 2027-01-01
  end: 2031-12-31
governance:
  board: CX Leadership Council
  review: monthly
  customer_room: monthly
journey:
  stages: [discover, renew]
initiatives:
  - id: asset-metrics
    title: Monthly customer gain and loss report
    competency: customers-as-assets
    owner: Priya Nair
    start: 2027-01-04
    end: 2027-Q1
    early_win: true
    outcome: Leaders review customer gain and loss every month
    measures:
      - metric: customers lost per month
        kind: behaviour
  - id: journey-map
    title: One map of the customer journey
    competency: align-around-experience
    owner: Lee Chen
    start: 2027
    end: 2027
    measures:
      - metric: teams using the journey map
  - id: listening
    title: Listening path
    competency: listening-path
    owner: Ana Silva
    start: 2027-H2
    end: 2028-H1
    measures:
      - metric: complaints resolved at first contact
  - id: reliability
    title: Reliability metrics
    competency: reliability-innovation
    owner: Omar Haddad
    start: 2028-01
    end: 2028-12
    measures:
      - metric: failed installations per month
  - id: customer-room
    title: Monthly customer room
    competency: one-company-leadership
    owner: Dana Reyes
    start: 2027-02-01
    end: 2031-12-31
    measures:
      - metric: customer room sessions held
`;

/** `text` with the first `from` replaced by `to`; fails when the fixture has no `from`. */
export function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `the fixture has no ${JSON.stringify(from)}`);
  return text.replace(from, to);
}
