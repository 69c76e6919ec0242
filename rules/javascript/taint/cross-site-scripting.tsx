import DOMPurify from "dompurify";

export function Preview({ id }: { id: string }) {
  const params = new URLSearchParams(window.location.search);
  const note = params.get("note");
  return (
    <div>
      {/* ruleid: JS157 */}
      <p dangerouslySetInnerHTML={{ __html: note }} />
      {/* ok: JS157 */}
      <p dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(note) }} />
      {/* ok: JS157 */}
      <p>{note}</p>
    </div>
  );
}

export async function Answer({ client, q }) {
  const completion = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }] });
  const html = completion.choices[0].message.content;
  // ok: JS157
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
