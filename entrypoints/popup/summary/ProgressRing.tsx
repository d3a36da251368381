/** A ring showing a share of the weekly goal; the label carries the numbers for screen readers. */
const RADIUS = 26;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export function ProgressRing({ progress, label, text }: { progress: number; label: string; text: string }) {
  const filled = Math.max(0, Math.min(1, progress)) * CIRCUMFERENCE;
  return (
    <svg class="progress-ring" viewBox="0 0 64 64" width="64" height="64" role="img" aria-label={label}>
      <title>{label}</title>
      <circle class="progress-ring-track" cx="32" cy="32" r={RADIUS} fill="none" stroke-width="7" />
      <circle
        class="progress-ring-value"
        cx="32"
        cy="32"
        r={RADIUS}
        fill="none"
        stroke-width="7"
        stroke-linecap="round"
        stroke-dasharray={`${filled} ${CIRCUMFERENCE}`}
        transform="rotate(-90 32 32)"
      />
      <text x="32" y="37" text-anchor="middle">
        {text}
      </text>
    </svg>
  );
}
