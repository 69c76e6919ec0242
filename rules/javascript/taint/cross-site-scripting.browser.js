// Browser sources reaching the DOM (JS157 as the witness sink).
const out = document.getElementById("out");

// ruleid: JS157
out.innerHTML = location.hash.slice(1);
// ruleid: JS157
out.innerHTML = document.URL;
// ruleid: JS157
out.innerHTML = "<b>" + localStorage.getItem("name") + "</b>";
// ok: JS157
out.innerHTML = "<b>hello</b>";
// ok: JS157
out.textContent = document.URL;

window.addEventListener("message", (event) => {
  // ruleid: JS157
  out.innerHTML = event.data;
});

// ruleid: JS157
$("#greeting").append(location.search);
// ok: JS157
$("#greeting").append("<b>hi</b>");

const shown = localStorage.getItem("lastError") || "";
// ok: JS157
out.innerHTML = "<code>" + shown.replace(/</g, "&lt;") + "</code>";
// ok: JS157
out.innerHTML = "<code>" + shown.replaceAll("<", "&lt;") + "</code>";
// ruleid: JS157
out.innerHTML = "<code>" + shown.replace("<", "&lt;") + "</code>";
// ruleid: JS157
out.innerHTML = "<code>" + shown.replace(/</, "&lt;") + "</code>";
