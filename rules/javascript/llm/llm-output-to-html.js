import DOMPurify from "dompurify";

async function show(el, client, question) {
  const completion = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });
  // ruleid: JS613
  el.innerHTML = completion.choices[0].message.content;
  // ok: JS613
  el.innerHTML = DOMPurify.sanitize(completion.choices[0].message.content);
  // ok: JS613
  el.textContent = completion.choices[0].message.content;
}

function Answer({ completion }) {
  const html = completion.choices[0].message.content;
  // ruleid: JS613
  return React.createElement("div", { dangerouslySetInnerHTML: { __html: html } });
}
