// The administrator's account form (issue 16 item 9): only the field the chosen role needs is shown. Without this
// script the form asks for the role first ("Toon wat bij deze rol hoort") and the server shows the field; with it,
// choosing a role shows its field at once and the extra step goes.
(function () {
  'use strict';

  function show(field) {
    document.querySelectorAll('[data-link-field]').forEach(function (wrapper) {
      wrapper.hidden = wrapper.dataset.linkField !== field;
    });
  }

  function start() {
    var radios = document.querySelectorAll('input[name=rol][data-field]');
    if (radios.length === 0) {
      return;
    }
    document.querySelectorAll('[data-role-step]').forEach(function (button) { button.remove(); });
    radios.forEach(function (radio) {
      radio.addEventListener('change', function () { show(radio.dataset.field); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
