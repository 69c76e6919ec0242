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
