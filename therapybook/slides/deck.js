/* One slide at a time: arrow keys, Page Up/Down, Home/End and the on-screen buttons; the address's #slide-N
   follows the slide, so a link or a reload opens the same one. Without this script every slide shows in turn. */
(function () {
  "use strict";
  var slides = Array.prototype.slice.call(document.querySelectorAll(".slide"));
  var previous = document.querySelector(".controls .prev");
  var next = document.querySelector(".controls .next");
  var number = document.querySelector(".controls .n");
  var announce = document.getElementById("announce");
  var moves = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 };
  var current = -1;
  if (!slides.length || !previous || !next || !number || !announce) return;
  document.documentElement.classList.add("js");

  function fromAddress() {
    var found = /^#slide-(\d+)$/.exec(window.location.hash);
    return found ? parseInt(found[1], 10) - 1 : 0;
  }

  function show(index) {
    index = Math.min(Math.max(index, 0), slides.length - 1);
    if (index === current) return;
    if (current >= 0) slides[current].classList.remove("current");
    slides[index].classList.add("current");
    number.textContent = String(index + 1);
    previous.setAttribute("aria-disabled", String(index === 0));
    next.setAttribute("aria-disabled", String(index === slides.length - 1));
    if (current >= 0) {
      var heading = slides[index].querySelector("h2");
      announce.textContent = "Slide " + (index + 1) + " of " + slides.length + ": " + (heading ? heading.textContent : "");
    }
    current = index;
    var hash = "#" + slides[index].id;
    if (window.location.hash !== hash) {
      try {
        window.history.replaceState(null, "", hash);
      } catch (error) {
        window.location.replace(hash);
      }
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    var target = event.target;
    if (target && target.closest && target.closest(".notes-body")) return; // the open notes scroll with the keys
    if (event.key === "Home") show(0);
    else if (event.key === "End") show(slides.length - 1);
    else if (Object.prototype.hasOwnProperty.call(moves, event.key)) show(current + moves[event.key]);
    else return;
    event.preventDefault();
  });
  previous.addEventListener("click", function () { show(current - 1); });
  next.addEventListener("click", function () { show(current + 1); });
  window.addEventListener("hashchange", function () { show(fromAddress()); });
  show(fromAddress());
})();
