/**
 * A deterministic roadmap of any size for benchmarks and scale tests: initiatives spread
 * over a five-year horizon, all five competencies, dependencies, milestones and measures.
 * The same count always gives the same text.
 */
import { COMPETENCY_IDS } from '../server/src/core/model/types';

const STAGES = ['discover', 'join', 'use', 'get-help', 'renew'];
const STATUSES = ['planned', 'active', 'at-risk', 'done'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function date(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function generateRoadmap(count: number): string {
  const lines: string[] = [
    '# Generated roadmap for benchmarks',
    'cxroadmap: 1',
    `title: Generated roadmap with ${count} initiatives`,
    'owner: Dana Reyes',
    'sponsor: Sam Ortiz (CEO)',
    'horizon:',
    '  start: 2027-01-01',
    '  end: 2031-12-31',
    'governance:',
    '  board: CX Leadership Council',
    '  members: [Dana Reyes, Sam Ortiz, Priya Nair]',
    '  review: monthly',
    '  customer_room: monthly',
    'journey:',
    `  stages: [${STAGES.join(', ')}]`,
    'initiatives:',
  ];
  for (let i = 0; i < count; i++) {
    const year = 2027 + (i % 5);
    const month = 1 + (i % 9);
    const endMonth = month + 3;
    const id = `initiative-${i + 1}`;
    lines.push(
      `  - id: ${id}`,
      `    title: Initiative number ${i + 1} for the ${STAGES[i % STAGES.length]} stage`,
      `    competency: ${COMPETENCY_IDS[i % COMPETENCY_IDS.length]}`,
      `    owner: Owner ${i % 997}`,
      `    team: Team ${i % 50}`,
      `    start: ${date(year, month, 1)}`,
      `    end: ${date(year, endMonth, 28)}`,
      `    status: ${STATUSES[i % STATUSES.length]}`,
      `    stage: ${STAGES[i % STAGES.length]}`,
    );
    if (i === 0) lines.push('    early_win: true', '    outcome: Leaders see customer gain and loss monthly');
    lines.push(
      '    measures:',
      '      - metric: customers lost per month',
      '        kind: behaviour',
      `        baseline: ${1000 + i}`,
      '        target: -10%',
      `        by: ${date(year, endMonth, 28)}`,
    );
    if (i >= 10 && i % 3 === 0) lines.push(`    depends_on: [initiative-${i - 9}]`);
    if (i % 2 === 0)
      lines.push('    milestones:', '      - name: Halfway review', `        date: ${date(year, month + 1, 15)}`);
  }
  return `${lines.join('\n')}\n`;
}
