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
  // Dynamic Registration ends when the tool tells the LMS to close its dialog (DR §3.6.2): Moodle
  // and Canvas listen on the window that opened or framed the registration page.
  var close = document.querySelector('[data-lti-close]');
  if (close) {
    close.addEventListener('click', function () {
      var lms = window.opener || (window.parent !== window ? window.parent : null);
      if (lms) {
        lms.postMessage({ subject: 'org.imsglobal.lti.close' }, '*');
      }
    });
    return;
  }
  // The signed answer of a course selection goes back to the LMS at once (the button is there for
  // browsers without scripts); an inline script would be refused by the pages' Content-Security-Policy.
  var autosubmit = document.querySelector('form[data-autosubmit]');
  if (autosubmit) {
    autosubmit.submit();
    return;
  }
  var meta = document.querySelector('meta[name="conecta-launch-token"]');
  if (!meta || !window.fetch || !window.FormData) {
    return;
  }
  var token = meta.getAttribute('content');

  function withToken(path) {
    return path + (path.indexOf('?') < 0 ? '?' : '&') + 'lt=' + encodeURIComponent(token);
  }

  // The launch token lives two hours and every page renews it; a learner who stays longer on one
  // page (a long lesson, a quiz over lunch) would send an expired one and lose the answers. While the
  // page is open it asks for a fresh token every ten minutes, and at once when the page is shown
  // again after a while (a laptop waking), and puts it in every form, link and the address bar.
  var RENEW_EVERY_MS = 10 * 60 * 1000;
  var renewedAt = Date.now();

  function replaceToken(url) {
    return url.replace(/([?&]lt=)[^&#]*/, '$1' + encodeURIComponent(token));
  }

  function renewSession() {
    return fetch('/api/learning/session', {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + token, Accept: 'application/json' }
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (json) {
        token = json.token;
        renewedAt = Date.now();
        meta.setAttribute('content', token);
        Array.prototype.forEach.call(document.querySelectorAll('input[name="lt"]'), function (input) {
          input.value = token;
        });
        Array.prototype.forEach.call(document.querySelectorAll('a[href*="lt="]'), function (link) {
          link.setAttribute('href', replaceToken(link.getAttribute('href')));
        });
        if (window.history && window.history.replaceState && /[?&]lt=/.test(location.search)) {
          window.history.replaceState(null, '', replaceToken(location.pathname + location.search) + location.hash);
        }
      })
      .catch(function () {
        // The session has ended (12 hours after the launch) or the tool is unreachable: the page's
        // own links and forms then say what to do.
      });
  }

  window.setInterval(renewSession, RENEW_EVERY_MS);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && Date.now() - renewedAt > RENEW_EVERY_MS) {
      renewSession();
    }
  });
  window.conectaRenewSession = renewSession;

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
