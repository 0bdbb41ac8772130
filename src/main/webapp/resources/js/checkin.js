/* Check-in: filters the list by name or code as one types (ignoring case and the hyphen in codes). */
var Treffpunkt = window.Treffpunkt || {};
Treffpunkt.filterCheckIn = function () {
  var input = document.getElementById('q');
  var needle = (input ? input.value : '').trim().toLowerCase().replace(/-/g, '');
  var shown = 0;
  document.querySelectorAll('.checkin-list li').forEach(function (item) {
    var haystack = (item.getAttribute('data-search') || '').toLowerCase().replace(/-/g, '');
    var match = needle === '' || haystack.indexOf(needle) >= 0;
    item.hidden = !match;
    if (match) { shown++; }
  });
  var nobody = document.getElementById('nobody');
  if (nobody) { nobody.hidden = shown > 0; }
};
document.addEventListener('DOMContentLoaded', Treffpunkt.filterCheckIn);
// no inline handlers (Content-Security-Policy): the search field is wired here
document.addEventListener('input', function (event) {
  if (event.target && event.target.id === 'q') { Treffpunkt.filterCheckIn(); }
});
