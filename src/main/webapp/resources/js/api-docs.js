// The API reference on /api-docs/: Swagger UI (loaded before this script) reads the OpenAPI document named by
// #swagger-ui's data-url. Read-only (no "Try it out"): partners call the API with their own client or the generated one.
(function () {
  'use strict';
  var target = document.getElementById('swagger-ui');
  if (!target || typeof window.SwaggerUIBundle !== 'function') {
    return;
  }
  window.SwaggerUIBundle({
    url: target.getAttribute('data-url'),
    domNode: target,
    // no links inside the operations' buttons (a link in a button is not operable alike for everyone)
    deepLinking: false,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    supportedSubmitMethods: [],
    defaultModelsExpandDepth: 0,
    docExpansion: 'list',
    validatorUrl: null,
    syntaxHighlight: false
  });
})();
