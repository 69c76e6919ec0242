import DOMPurify from "dompurify";

export function Comment({ body }: { body: string }) {
  return (
    <div>
      {/* ruleid: JS105 */}
      <div dangerouslySetInnerHTML={{ __html: body }} />
      {/* ok: JS105 */}
      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(body) }} />
      {/* ok: JS105 */}
      <div dangerouslySetInnerHTML={{ __html: "<br/>" }} />
      {/* ok: JS105 */}
      <div>{body}</div>
    </div>
  );
}

export function CommentBody({ body, markdown }: { body: string; markdown?: boolean }) {
  if (markdown) {
    const html = DOMPurify.sanitize(marked.parse(body) as string);
    // ok: JS105
    return <div dangerouslySetInnerHTML={{ __html: html }} />;
  }
  const raw = marked.parse(body) as string;
  // ruleid: JS105
  return <div dangerouslySetInnerHTML={{ __html: raw }} />;
}
