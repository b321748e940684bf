/**
 * The text of "CX Roadmap: New Roadmap": a complete five-year roadmap that passes every rule
 * at the default settings, so a team starts from a clean Problems view and sees a diagnostic
 * only for what it changes. Pure (no `vscode`, no clock): the caller passes today's date.
 */

/**
 * The horizon runs from the first 1 January after `today` to 31 December four years later:
 * five whole calendar years, the patience `short-horizon` asks for. Local calendar fields are
 * used because "today" is the user's day, not UTC's.
 */
export function skeletonHorizon(today: Date): { startYear: number; endYear: number } {
  const startYear = today.getFullYear() + 1;
  return { startYear, endYear: startYear + 4 };
}

export function roadmapSkeleton(today: Date): string {
  const { startYear: y, endYear } = skeletonHorizon(today);
  return `# Customer experience roadmap, ${y}-${endYear}.
#
# Five years, one initiative for each of the five customer leadership competencies of
# "Chief Customer Officer 2.0" (Jeanne Bliss), and an early win in the first quarter.
# Replace the roles with the names of the people accountable, then add initiatives at your
# own pace: the competencies can be built in any order. Hover a key for help.
cxroadmap: 1
title: Customer Experience Roadmap ${y}-${endYear}
owner: Chief Customer Officer
sponsor: Chief Executive Officer

horizon:
  start: ${y}-01-01
  end: ${endYear}-12-31

governance:
  board: Customer Experience Council
  members: [Chief Executive Officer, Chief Customer Officer, Chief Operating Officer]
  review: monthly
  customer_room: monthly

journey:
  stages: [discover, join, use, get-help, renew]

competencies:
  customers-as-assets:
    goal: Know every month how many customers we gain and lose, and why
  align-around-experience:
    goal: Run the company by journey stage, with a shared owner for each stage
  listening-path:
    goal: One listening system that joins surveys, complaints and contact reasons by stage
  reliability-innovation:
    goal: Find failing experiences before customers tell us about them
  one-company-leadership:
    goal: Leaders act as one company on a few customer priorities

initiatives:
  - id: customer-gain-loss
    title: Monthly report of customers gained and lost, and why they leave
    competency: customers-as-assets
    owner: Head of Customer Insights
    start: ${y}-01-01
    end: ${y}-Q1
    status: planned
    stage: renew
    early_win: true
    outcome: The leadership team reviews every month how many customers we gained and lost, and why
    measures:
      - metric: customers lost per month
        kind: behaviour
        target: -10%
        by: ${y}-12-31
    milestones:
      - name: First report reviewed by the leadership team
        date: ${y}-02-15

  - id: journey-stage-owners
    title: Agree the journey stages in customers' words, with an owner for each
    competency: align-around-experience
    owner: Chief Operating Officer
    start: ${y}-Q2
    end: ${y}-Q4
    status: planned
    stage: join
    measures:
      - metric: new customers still active after 90 days
        kind: behaviour
        target: +5 points
        by: ${y + 1}-06-30

  - id: listening-path
    title: One listening path that joins surveys, complaints and contact reasons by stage
    competency: listening-path
    owner: Voice of the Customer Lead
    start: ${y + 1}-Q1
    end: ${y + 1}-Q4
    status: planned
    stage: get-help
    depends_on: [journey-stage-owners]
    measures:
      - metric: customers who contact us again about the same issue
        kind: behaviour
        target: -20%
        by: ${y + 2}-06-30

  - id: touchpoint-reliability
    title: Measure and improve the reliability of the priority touchpoints
    competency: reliability-innovation
    owner: Head of Service Operations
    start: ${y + 1}-H2
    end: ${y + 2}-H2
    status: planned
    stage: use
    measures:
      - metric: customers who call again within 7 days about the same fault
        kind: behaviour
        target: -30%
        by: ${y + 2}-12-31

  - id: customer-room
    title: Monthly customer room where leaders agree a few company-wide actions
    competency: one-company-leadership
    owner: Chief Customer Officer
    start: ${y}-Q1
    end: ${endYear}
    status: planned
    stage: renew
    measures:
      - metric: customers who stay with us from one year to the next
        kind: behaviour
        target: +3 points
        by: ${endYear}-12-31
`;
}
