/* A button that prints the page (the resident's confirmation with code and QR code); no inline handlers (CSP). */
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('[data-action="print"]');
  if (button) {
    window.print();
  }
});
