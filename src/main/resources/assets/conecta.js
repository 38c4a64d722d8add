// Conecta Empleo pages: forms marked data-api go through the learning API with the launch token
// (Authorization: Bearer, never a cookie). Without scripts, or if the API call fails, the plain
// form is submitted instead, so every action works either way.
(function () {
  'use strict';
  // A page shown in answer to a POST (a course opened by the LMS's launch) names its own address:
  // it goes in the address bar, so reloading reads the page again instead of sending the spent
  // launch once more (the LMS would have to be asked for a new one).
  var self = document.querySelector('meta[name="conecta-page-url"]');
  if (self && window.history && window.history.replaceState) {
    window.history.replaceState(null, '', self.getAttribute('content'));
  }
  var meta = document.querySelector('meta[name="conecta-launch-token"]');
  if (!meta || !window.fetch || !window.FormData) {
    return;
  }
  var token = meta.getAttribute('content');

  function withToken(path) {
    return path + (path.indexOf('?') < 0 ? '?' : '&') + 'lt=' + encodeURIComponent(token);
  }

  function quizAnswers(form) {
    var answers = {};
    new FormData(form).forEach(function (value, name) {
      if (/^q\d+$/.test(name)) {
        answers[name.substring(1)] = Number(value);
      }
    });
    return JSON.stringify({ answers: answers });
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-api]'), function (form) {
    form.addEventListener('submit', function (event) {
      if (form.dataset.sent === 'plain' || !form.checkValidity()) {
        return;
      }
      event.preventDefault();
      var button = form.querySelector('button[type=submit]');
      var status = form.querySelector('.form-status');
      if (button) {
        button.disabled = true;
      }
      if (status) {
        status.textContent = '…';
      }
      var isQuiz = Boolean(form.dataset.result);
      fetch(form.dataset.api, {
        method: 'POST',
        headers: {
          Authorization: 'Bearer ' + token,
          'Content-Type': 'application/json',
          Accept: 'application/json'
        },
        body: isQuiz ? quizAnswers(form) : null
      })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.json();
        })
        .then(function (json) {
          location.assign(withToken(isQuiz ? form.dataset.result + json.attemptId : form.dataset.next));
        })
        .catch(function () {
          form.dataset.sent = 'plain';
          form.submit();
        });
    });
  });
})();
