export function Preview({ html }: { html: string }) {
  const range = document.createRange();
  // ruleid: JS107
  const frag = range.createContextualFragment(html);
  // ok: JS107
  const fixed = range.createContextualFragment("<hr/>");
  return <div>{frag.textContent}{fixed.textContent}</div>;
}
