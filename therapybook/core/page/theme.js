/* The theme's sidebar buttons. pydata-sphinx-theme 0.17 and sphinx-book-theme 1.3 each bind their handler to the
 * first .primary-toggle (and .secondary-toggle) of the page: the site header's, which this layout hides. The
 * buttons a reader sees, in the article's header, had no handler, so on a phone the chapter list and the page's
 * contents could not be opened. Their clicks are passed on to the bound button. */
(function () {
  "use strict";

  function passClicksOn() {
    [".primary-toggle", ".secondary-toggle"].forEach(function (selector) {
      const toggles = document.querySelectorAll(selector);
      for (let i = 1; i < toggles.length; i++) {
        toggles[i].addEventListener("click", function (event) {
          event.preventDefault();
          event.stopPropagation();
          toggles[0].click();
        });
      }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", passClicksOn);
  else passClicksOn();
})();
