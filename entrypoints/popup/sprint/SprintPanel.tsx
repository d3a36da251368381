/** Protected learning time: start, pause, resume, stop and extend a sprint (issue 4). */
export function SprintPanel() {
  return null;
}
