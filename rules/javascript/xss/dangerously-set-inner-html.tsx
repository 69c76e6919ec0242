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
