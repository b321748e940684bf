import type { CompetencyId } from './model/types';

/** The competencies' names as Chief Customer Officer 2.0 (Jeanne Bliss) gives them. */
export const COMPETENCY_NAMES: Readonly<Record<CompetencyId, string>> = {
  'customers-as-assets': 'Honor and Manage Customers as Assets',
  'align-around-experience': 'Align Around Experience',
  'listening-path': 'Build a Customer Listening Path',
  'reliability-innovation': 'Proactive Experience Reliability and Innovation',
  'one-company-leadership': 'One-Company Leadership, Accountability and Culture',
};
