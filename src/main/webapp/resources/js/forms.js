/*
 * Forms that were sent with mistakes: the focus moves to the summary of what is missing, and each entry of the summary
 * moves the focus to its field (a link to a fragment would only scroll there). Loaded with h:outputScript, no inline
 * handlers (the pages run under a Content Security Policy).
 */
(function () {
  function focusSummary() {
    var summary = document.getElementById('error-summary');
    if (!summary) {
      return;
    }
    summary.focus();
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      var field = link && document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
      if (field) {
        event.preventDefault();
        field.scrollIntoView({block: 'center'});
        field.focus();
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusSummary);
  } else {
    focusSummary();
  }
})();
