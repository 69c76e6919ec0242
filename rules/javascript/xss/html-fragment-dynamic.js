function render(list, item, range) {
  // ruleid: JS107
  $("#list").append(`<li>${item.title}</li>`);
  // ruleid: JS107
  $(".name").html("<b>" + item.name + "</b>");
  // ruleid: JS107
  const frag = range.createContextualFragment(item.html);
  // ok: JS107
  $(".name").text(item.name);
  // ok: JS107
  $("#list").append(document.createElement("li"));
  // ok: JS107
  $(".sep").html("<hr>");
  return frag;
}
