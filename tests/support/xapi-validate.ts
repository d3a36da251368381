/**
 * xAPI 1.0.3 statement validation by Learning Locker's validator (@learninglocker/xapi-validation,
 * the one their conformance-tested LRS runs), plus the rules it leaves to the LRS that our
 * exports promise: a statement id, a timestamp with a zone, version 1.0.3, an account agent.
 */
import validate from '@learninglocker/xapi-validation';

type Warning = { path: (string | number)[]; constructor: { name: string } };

/** Every problem with `statement`, as `path: WarningType`; [] when it is valid. */
export function xapiProblems(statement: unknown): string[] {
  const problems = (validate(statement) as Warning[]).map((warning) => `${warning.path.join('.')}: ${warning.constructor.name}`);
  const record = (typeof statement === 'object' && statement !== null ? statement : {}) as Record<string, unknown>;
  if (typeof record.id !== 'string') problems.push('statement.id: missing');
  if (typeof record.timestamp !== 'string' || !/(Z|[+-]\d{2}:\d{2})$/.test(record.timestamp)) problems.push('statement.timestamp: no zone');
  if (record.version !== '1.0.3') problems.push('statement.version: not 1.0.3');
  const actor = record.actor as { account?: unknown } | undefined;
  if (!actor?.account) problems.push('statement.actor: not an account agent');
  return problems;
}
