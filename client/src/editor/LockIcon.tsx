/** A small padlock: agreed text, closed for amendments. Drawn, not an emoji, so it looks the same everywhere. */
export function LockIcon({ title }: { title: string }) {
  return (
    <svg className="lock-icon" viewBox="0 0 12 14" width="11" height="13" role="img" aria-label={title}>
      <title>{title}</title>
      <path d="M3 6V4.2a3 3 0 0 1 6 0V6" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <rect x="1" y="6" width="10" height="7.5" rx="1.2" fill="currentColor" />
    </svg>
  );
}
