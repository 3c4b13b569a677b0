/* The search user interface: the header box with results as you type, the search page with filters, keyboard
   shortcuts, and the ?q= URL. It fetches index files for engine.js, which does all the searching. The site's base
   path comes from <html data-base>, so the site works under a sub-path such as /some-repo/. */
(function (S) {
  'use strict';

  if (!S || !S.createEngine || !document.querySelector) { return; }

  var base = document.documentElement.getAttribute('data-base') || '/';
  const getText = S.fetchIndexFile(base);

  // The engine runs in a Web Worker, so typing never waits for a search; where workers are unavailable, here.
  let local = null;
  const here = () => (local = local || S.createLoader(getText));
  let worker = null;
  const waiting = new Map();
  let nextId = 0;
  try {
    worker = window.Worker ? new Worker(base + 'assets/search/worker.js') : null;
  } catch (e) {
    worker = null;
  }
  if (worker) {
    worker.postMessage({ type: 'base', base });
    worker.addEventListener('message', ({ data }) => {
      const call = waiting.get(data.id);
      waiting.delete(data.id);
      if (call) { if (data.error) { call.reject(new Error(data.error)); } else { call.resolve(data.result); } }
    });
    worker.addEventListener('error', () => {
      // The worker failed to start (a strict policy, a missing file): answer what it was asked here instead.
      worker = null;
      waiting.forEach((call) => here().run(call.query, call.options).then(call.resolve, call.reject));
      waiting.clear();
    });
  }

  function run(query, options) {
    if (!worker) { return here().run(query, options); }
    return new Promise((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { resolve, reject, query, options });
      worker.postMessage({ type: 'search', id, query, options });
    });
  }

  function prefetch(query) {
    if (worker) { worker.postMessage({ type: 'prefetch', query }); } else { here().prefetch(query); }
  }

  function incidentUrl(id) { return base + 'incidents/' + encodeURIComponent(id) + '/'; }

  // A result's link to a section of its page; ?highlight= carries the matched terms, which the page marks (see markPage).
  function sectionUrl(id, terms, anchor) {
    return incidentUrl(id) + (terms.length > 0 ? '?highlight=' + encodeURIComponent(terms.join(' ')) : '') + (anchor ? '#' + encodeURIComponent(anchor) : '');
  }

  function capitalised(text) { return text.charAt(0).toUpperCase() + text.slice(1); }

  function whereText(passage) { return passage.label + (passage.where ? ', ' + passage.where : ''); }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // Appends text to parent with every word whose term matched the query wrapped in <mark>.
  function highlighted(parent, text, matchedTerms) {
    var wanted = {};
    matchedTerms.forEach(function (t) { wanted[t] = true; });
    var position = 0;
    S.analyze(text).forEach(function (token) {
      if (wanted[token.term] !== true) { return; }
      parent.appendChild(document.createTextNode(text.substring(position, token.start)));
      parent.appendChild(element('mark', '', text.substring(token.start, token.end)));
      position = token.end;
    });
    parent.appendChild(document.createTextNode(text.substring(position)));
    return parent;
  }

  function facts(hit) {
    return [hit.date, hit.severity, hit.categoryTitle].filter(function (x) { return x; }).join(' · ');
  }

  // What the engine did beyond "every word": corrected a typo, fell back to most words, ignored a word.
  function notesOf(result) {
    const notes = [];
    (result.corrections || []).forEach((c) => notes.push('Showing results for “' + c.shown + '” (you typed “' + c.typed + '”).'));
    if (result.mostWords) {
      notes.push(result.everyWord === 0 ? 'No incident has every word; showing those with most.'
        : 'Only ' + result.everyWord + (result.everyWord === 1 ? ' incident has' : ' incidents have') + ' every word; then those with most.');
    }
    if (result.total > 0 && result.unmatchedWords.length > 0) {
      notes.push('No incident mentions ' + result.unmatchedWords.map((w) => '“' + w + '”').join(', ') + '.');
    }
    return notes;
  }

  function noResultsText(query, result) {
    if (result.unmatchedWords.length > 0) {
      return 'No incidents mention ' + result.unmatchedWords.map(function (w) { return '“' + w + '”'; }).join(', ') + '. Check the spelling or try a broader word.';
    }
    return 'No incidents match “' + query + '”. Try fewer words or remove a filter.';
  }

  function isTyping(target) {
    var tag = target && target.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable);
  }

  // The header box: a combobox whose popup lists the best matches as you type.
  function setUpHeaderBox(form) {
    var input = form.querySelector('input[name="q"]');
    var popup = element('div', 'search-popup');
    popup.id = 'site-search-popup';
    popup.setAttribute('role', 'listbox');
    popup.setAttribute('aria-label', 'Matching incidents');
    popup.hidden = true;
    form.appendChild(popup);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', popup.id);
    var options = [];
    var active = -1;
    var latest = 0;

    function close() {
      popup.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function select(index) {
      options.forEach(function (o, i) { o.node.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
      active = index;
      if (index >= 0) { input.setAttribute('aria-activedescendant', options[index].node.id); } else { input.removeAttribute('aria-activedescendant'); }
    }

    function render(query, result) {
      popup.textContent = '';
      options = [];
      if (result.hits.length === 0) {
        popup.appendChild(element('div', 'option-note', noResultsText(query, result)));
      }
      result.hits.forEach(function (hit, i) {
        var option = element('div', 'option');
        option.id = 'site-search-option-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        highlighted(option.appendChild(element('div', 'option-title')), hit.title, result.matchedTerms);
        option.appendChild(element('div', 'option-facts', facts(hit)));
        option.addEventListener('mousedown', function (e) { e.preventDefault(); window.location.href = incidentUrl(hit.id); });
        popup.appendChild(option);
        options.push({ node: option, url: incidentUrl(hit.id) });
      });
      if (result.total > result.hits.length) {
        popup.appendChild(element('div', 'option-note', 'Enter shows all ' + result.total + ' results.'));
      }
      popup.hidden = false;
      // Says which query the popup shows, so scripts and tests can tell a stale popup from a fresh one.
      popup.setAttribute('data-query', query);
      input.setAttribute('aria-expanded', 'true');
      select(-1);
    }

    input.addEventListener('input', function () {
      var query = input.value;
      prefetch(query);
      var ticket = ++latest;
      if (query.replace(/\s+/g, '').length === 0) { close(); return; }
      run(query, { limit: 8, facets: false }).then(function (result) {
        if (ticket === latest) { render(query, result); }
      }, function () { close(); });
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' && options.length > 0) { e.preventDefault(); select((active + 1) % options.length); }
      else if (e.key === 'ArrowUp' && options.length > 0) { e.preventDefault(); select(active <= 0 ? options.length - 1 : active - 1); }
      else if (e.key === 'Escape') { close(); }
      else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); window.location.href = options[active].url; }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    return input;
  }

  // The search page: results with snippets, filters with counts, and the query kept in the URL.
  function setUpSearchPage(form) {
    var input = form.querySelector('input[name="q"]');
    var results = document.querySelector('[data-search-results]');
    var status = document.querySelector('[data-search-status]');
    var filters = document.querySelector('[data-search-filters]');
    const notes = document.querySelector('[data-search-notes]');
    const toggle = document.querySelector('[data-filters-toggle]');
    if (toggle) {
      // On narrow screens the filters fold away behind this button, so the results come first.
      toggle.addEventListener('click', () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        filters.classList.toggle('open', open);
      });
    }
    var latest = 0;
    var labels = { cause: 'Root cause', severity: 'Severity', service: 'Service', tag: 'Tag', year: 'Year' };

    function setUrl(query, push) {
      var url = window.location.pathname + (query ? '?q=' + encodeURIComponent(query) : '');
      if (url !== window.location.pathname + window.location.search) {
        window.history[push ? 'pushState' : 'replaceState']({ q: query }, '', url);
      }
    }

    function toggleFilter(field, value, on) {
      var token = field + ':' + (/\s/.test(value) ? '"' + value + '"' : value);
      var query = input.value.replace(/\s+$/, '');
      if (on) {
        query = (query ? query + ' ' : '') + token;
      } else {
        query = (' ' + query + ' ').split(' ' + token + ' ').join(' ').replace(/^\s+|\s+$/g, '');
      }
      input.value = query;
      search(query, true);
    }

    function renderFilters(facets) {
      filters.textContent = '';
      ['cause', 'severity', 'service', 'tag', 'year'].forEach(function (field) {
        var values = (facets[field] || []).slice(0, 12);
        if (values.length === 0) { return; }
        var set = filters.appendChild(element('fieldset'));
        set.appendChild(element('legend', '', labels[field]));
        values.forEach(function (v) {
          var label = set.appendChild(element('label'));
          var box = label.appendChild(element('input'));
          box.type = 'checkbox';
          box.checked = v.selected;
          box.addEventListener('change', function () { toggleFilter(field, v.value, box.checked); });
          label.appendChild(element('span', '', v.label));
          label.appendChild(element('span', 'count', String(v.count)));
        });
      });
    }

    // One result: the title, facts, the best passage with where it matched, and up to 3 matching sections.
    function renderHit(hit, passages, terms) {
      const item = results.appendChild(element('li', 'search-result'));
      const link = item.appendChild(element('a', 'result-title'));
      link.href = sectionUrl(hit.id, terms, '');
      highlighted(link, hit.title, terms);
      item.appendChild(element('div', 'result-facts', facts(hit)));
      const best = passages[0];
      const snippet = item.appendChild(element('p', 'result-snippet'));
      if (best) {
        snippet.appendChild(element('span', 'result-where', 'In ' + whereText(best) + ': '));
        highlighted(snippet, best.text, terms);
      } else {
        highlighted(snippet, hit.snippet, terms);
      }
      if (passages.length > 1 || (best && best.anchor)) {
        const sections = item.appendChild(element('ul', 'result-sections'));
        sections.setAttribute('aria-label', 'Matching sections');
        passages.forEach((passage) => {
          const section = sections.appendChild(element('li')).appendChild(element('a'));
          section.href = sectionUrl(hit.id, terms, passage.anchor);
          section.appendChild(element('span', 'section-name', capitalised(whereText(passage))));
          highlighted(section.appendChild(element('span', 'section-text')), passage.text, terms);
        });
      }
    }

    // Results rendered at once; the rest follow in parts when the browser is idle, below them, so typing stays
    // smooth and nothing already shown moves.
    const FIRST_PART = 5, LATER_PART = 5;
    const idle = window.requestIdleCallback || ((callback) => setTimeout(callback, 1));

    function renderLater(hits, terms, from, ticket) {
      if (from >= hits.length) { return; }
      idle(() => {
        if (ticket !== latest) { return; }
        hits.slice(from, from + LATER_PART).forEach((hit) => renderHit(hit, hit.passages || [], terms));
        renderLater(hits, terms, from + LATER_PART, ticket);
      });
    }

    function render(query, result, ticket) {
      results.textContent = '';
      results.setAttribute('data-query', query);
      notes.textContent = '';
      if (!query.replace(/\s+/g, '')) {
        status.textContent = 'Type a cause, a service or a symptom: for example deadlock, certificate expired, service:checkout.';
        filters.textContent = '';
        return;
      }
      status.textContent = result.total === 0 ? noResultsText(query, result)
        : result.total + (result.total === 1 ? ' incident' : ' incidents') + (result.total > result.hits.length ? ', best ' + result.hits.length + ' shown' : '');
      if (result.total > 0) { notesOf(result).forEach((note) => notes.appendChild(element('p', 'search-note', note))); }
      result.hits.slice(0, FIRST_PART).forEach((hit) => renderHit(hit, hit.passages || [], result.matchedTerms));
      renderLater(result.hits, result.matchedTerms, FIRST_PART, ticket);
      renderFilters(result.facets);
    }

    function search(query, push) {
      var ticket = ++latest;
      setUrl(query, push);
      if (!query.replace(/\s+/g, '')) { render('', null, ticket); return; }
      // Results show once their passages are in (the worker fetches and picks them), so nothing moves after it
      // appears; filter counts, which need one more file, fill the reserved column afterwards.
      run(query, { limit: 20, facets: false, passages: true }).then((result) => {
        if (ticket !== latest) { return null; }
        render(query, result, ticket);
        return run(query, { limit: 20, facets: true });
      }).then(function (result) {
        if (result && ticket === latest) { renderFilters(result.facets); }
      }, function (error) {
        if (ticket === latest) { status.textContent = 'Search is unavailable: ' + error.message; }
      });
    }

    // Results render once typing pauses: rendering twenty results on every key would hold up the next key's paint.
    // The word's shard is fetched at once, so the pause costs no network time.
    let pause = 0;
    input.addEventListener('input', function () {
      prefetch(input.value);
      clearTimeout(pause);
      pause = setTimeout(() => search(input.value, false), 150);
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); search(input.value, true); });
    input.addEventListener('keydown', function (e) {
      var first = results.querySelector('a');
      if (e.key === 'ArrowDown' && first) { e.preventDefault(); first.focus(); }
    });
    results.addEventListener('keydown', function (e) {
      var links = Array.prototype.slice.call(results.querySelectorAll('a'));
      var index = links.indexOf(document.activeElement);
      if (index < 0) { return; }
      if (e.key === 'ArrowDown' && index + 1 < links.length) { e.preventDefault(); links[index + 1].focus(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); (index === 0 ? input : links[index - 1]).focus(); }
    });
    window.addEventListener('popstate', function () {
      input.value = new URLSearchParams(window.location.search).get('q') || '';
      search(input.value, false);
    });

    input.value = new URLSearchParams(window.location.search).get('q') || '';
    search(input.value, false);
    return input;
  }

  // An incident page opened from a result: mark the query's words, and scroll to the first unless the link named a
  // section. The address loses ?highlight= through replaceState, so reloading is clean and Back still returns to
  // the results.
  function markPage() {
    const params = new URLSearchParams(window.location.search);
    const article = document.querySelector('article.incident');
    if (!params.has('highlight') || !article) { return; }
    const wanted = new Set(params.get('highlight').split(' ').filter((t) => t.length > 0));
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) { nodes.push(walker.currentNode); }
    let first = null;
    nodes.forEach((node) => {
      const text = node.nodeValue;
      const tokens = S.analyze(text).filter((t) => wanted.has(t.term));
      if (tokens.length === 0) { return; }
      const fragment = document.createDocumentFragment();
      let position = 0;
      tokens.forEach((token) => {
        fragment.appendChild(document.createTextNode(text.substring(position, token.start)));
        const mark = fragment.appendChild(element('mark', 'search-highlight', text.substring(token.start, token.end)));
        first = first || mark;
        position = token.end;
      });
      fragment.appendChild(document.createTextNode(text.substring(position)));
      node.parentNode.replaceChild(fragment, node);
    });
    params.delete('highlight');
    const rest = params.toString();
    window.history.replaceState(window.history.state, '', window.location.pathname + (rest ? '?' + rest : '') + window.location.hash);
    if (first && !window.location.hash) { first.scrollIntoView({ block: 'center' }); }
  }

  function start() {
    markPage();
    var header = document.querySelector('[data-search-box]');
    var page = document.querySelector('[data-search-page]');
    var headerInput = header ? setUpHeaderBox(header) : null;
    var pageInput = page ? setUpSearchPage(page) : null;
    var focusTarget = pageInput || headerInput;
    document.addEventListener('keydown', function (e) {
      var shortcut = (e.key === '/' && !isTyping(e.target)) || ((e.ctrlKey || e.metaKey) && (e.key === 'k' || e.key === 'K'));
      if (shortcut && focusTarget) {
        e.preventDefault();
        focusTarget.focus();
        focusTarget.select();
      }
    });
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}(window.PostmortemSearch));
