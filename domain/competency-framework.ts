/**
 * The starter competency framework and the limits for reading a framework file. The pure first
 * steps of any import live in domain/untrusted-json.ts; the schema check and the write in
 * storage/framework-file.ts.
 */

export interface CompetencyDraft {
  name: string;
  category: string;
  description: string;
  levels: string[];
  keywords: string[];
}

const LEVELS = ['Aware', 'Practising', 'Skilled', 'Teaches others'];

/** Seeded once on first run; the learner edits, archives or deletes any of it. */
export const STARTER_FRAMEWORK: readonly CompetencyDraft[] = [
  c('Communication', 'Written communication', 'Clear, concise writing: documents, messages, proposals.', [
    'writing',
    'documentation',
    'editing',
    'clarity',
    'proposal',
    'memo',
  ]),
  c('Communication', 'Presenting', 'Explaining ideas to a group, live or recorded.', [
    'presentation',
    'presenting',
    'slides',
    'public speaking',
    'storytelling',
    'talk',
  ]),
  c('Communication', 'Feedback', 'Giving and receiving feedback that helps people improve.', [
    'feedback',
    'critique',
    'review',
    'one on one',
    '1:1',
    'praise',
  ]),
  c('Technical', 'Software design', 'Structuring systems so they stay easy to change.', [
    'architecture',
    'design patterns',
    'refactoring',
    'api',
    'modularity',
    'software design',
  ]),
  c('Technical', 'Data literacy', 'Reading, questioning and presenting data.', [
    'data',
    'statistics',
    'analytics',
    'metrics',
    'dashboard',
    'sql',
    'visualization',
  ]),
  c('Technical', 'Testing and quality', 'Making sure work does what it should and keeps doing it.', [
    'testing',
    'tests',
    'quality',
    'qa',
    'bug',
    'debugging',
    'reliability',
  ]),
  c('Leadership', 'Coaching', 'Helping others learn and grow through questions and support.', [
    'coaching',
    'mentoring',
    'mentor',
    'career',
    'growth',
    'delegation',
  ]),
  c('Leadership', 'Decision making', 'Choosing well under uncertainty and explaining why.', [
    'decision',
    'decisions',
    'trade-off',
    'tradeoff',
    'prioritization',
    'strategy',
  ]),
  c('Leadership', 'Collaboration', 'Working across teams towards shared goals.', [
    'collaboration',
    'teamwork',
    'stakeholder',
    'stakeholders',
    'meeting',
    'alignment',
    'conflict',
  ]),
  c('Learning practice', 'Reflective practice', 'Looking back on work to learn from what happened.', [
    'reflection',
    'retrospective',
    'lessons learned',
    'journaling',
    'postmortem',
  ]),
  c('Learning practice', 'Habits and focus', 'Protecting time and attention for deep work and learning.', [
    'habit',
    'habits',
    'focus',
    'deep work',
    'productivity',
    'time management',
  ]),
  c('Learning practice', 'Experimentation', 'Trying things out in small, safe steps and measuring what changed.', [
    'experiment',
    'experimentation',
    'hypothesis',
    'prototype',
    'a/b test',
    'iteration',
  ]),
];

function c(category: string, name: string, description: string, keywords: string[]): CompetencyDraft {
  return { name, category, description, levels: [...LEVELS], keywords };
}

import type { ReadLimits } from './untrusted-json';

export const FRAMEWORK_FILE_LIMITS: ReadLimits = { maxChars: 2_000_000, maxDepth: 8, maxValues: 100_000 };
