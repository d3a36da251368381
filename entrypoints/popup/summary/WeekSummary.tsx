/** This week's learning summary against the goal and last week (issue 4). */
export function WeekSummary() {
  return null;
}
