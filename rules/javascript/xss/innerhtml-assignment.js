function render(el, user, answer) {
  // ruleid: JS104
  el.innerHTML = `<b>${user.name}</b>`;
  // ruleid: JS104
  document.getElementById("out").innerHTML += answer;
  // ruleid: JS104
  el.outerHTML = answer;
}

function safe(el, user) {
  // ok: JS104
  el.textContent = user.name;
  // ok: JS104
  el.innerHTML = "";
  // ok: JS104
  el.innerHTML = "<p>Loading…</p>";
}

async function renderAnnouncement(el, getJSON) {
  const { html } = await getJSON("/announcement");
  // ok: JS104
  el.innerHTML = DOMPurify.sanitize(html);
  const clean = DOMPurify.sanitize(html);
  // ok: JS104
  el.innerHTML = clean;
  // ruleid: JS104
  el.innerHTML = html;
  // ruleid: JS104
  el.innerHTML = `<b>${clean}</b>${html}`;
}
// ok: JS104
themeToggle.innerHTML = theme === "dark" ? "☀️" : "🌙";
// ruleid: JS104
themeToggle.innerHTML = theme === "dark" ? label : "🌙";
