export function View(props) {
  // ruleid: GEN901
  const html = render(props); // aiscan: ignore
  // ok: GEN901
  const safe = render(props); // aiscan: ignore[JS201] sanitized upstream
  return (
    <div>
      {/* ruleid: GEN901 */}
      {/* aiscan: ignore */}
      <span>{html}{safe}</span>
    </div>
  );
}
