function render(list, item, range) {
  // ruleid: JS107
  list.insertAdjacentHTML("beforeend", `<li>${item.title}</li>`);
  // ruleid: JS107
  const frag = range.createContextualFragment(item.html);
  // ok: JS107
  list.insertAdjacentHTML("beforeend", "<li class='sep'></li>");
  // ok: JS107
  list.insertAdjacentText("beforeend", item.title);
  return frag;
}
