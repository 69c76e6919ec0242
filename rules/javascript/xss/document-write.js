function greet(el, name) {
  // ruleid: JS106
  document.write("<h1>" + location.hash.slice(1) + "</h1>");
  // ruleid: JS106
  el.insertAdjacentHTML("beforeend", `<li>${name}</li>`);
  // ok: JS106
  document.write("<p>static</p>");
  // ok: JS106
  el.insertAdjacentHTML("beforeend", "<li>static</li>");
}
