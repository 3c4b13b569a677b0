/* The search engine: query syntax, index files, ranking, filters and counts. The twin of Search/SearchQuery.cs and
   Search/SearchEngine.cs: the same steps in the same order with integer scores, so both return the same ranking.
   No DOM here: the engine reads index files through readFile(path), which returns the text, null when the file does
   not exist, or undefined when it is not loaded yet. search() then answers { pending: [paths] }; createLoader
   fetches those files and asks again. Modern JavaScript, no dependencies: the .NET tests run this same file in Jint. */
var PostmortemSearch = PostmortemSearch || {};

(function (S) {
  'use strict';

  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  // Exact matches count fully, prefix matches of the last word 3/4, one-typo matches 1/2.
  var EXACT = 4, PREFIX = 3, TYPO = 2;
  var MAX_PREFIX_EXPANSIONS = 12, MAX_TYPO_EXPANSIONS = 8, TYPO_MIN_LENGTH = 5;
  // Fewer documents than this holding every word (of two or more) and the ranking continues with those holding most.
  var FEW_RESULTS = 5;
  var FILTER_FIELDS = ['cause', 'service', 'severity', 'tag', 'year'];

  // Spelled out so Search/SearchQuery.cs agrees exactly (JavaScript's \s and .NET's IsWhiteSpace differ at the edges).
  function isSpace(c) {
    var code = c.charCodeAt(0);
    return code <= 32 || code === 0xA0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200B);
  }

  function trimSpace(text) {
    var start = 0, end = text.length;
    while (start < end && isSpace(text.charAt(start))) { start++; }
    while (end > start && isSpace(text.charAt(end - 1))) { end--; }
    return text.substring(start, end);
  }

  function asciiLower(text) {
    return text.replace(/[A-Z]+/g, function (m) { return m.toLowerCase(); });
  }

  function startsWith(text, prefix) { return text.substring(0, prefix.length) === prefix; }

  function readQuoted(query, start) {
    var end = query.indexOf('"', start);
    return end < 0 ? { text: query.substring(start), next: query.length } : { text: query.substring(start, end), next: end + 1 };
  }

  // The query syntax; see SearchQuery.Parse for the rules, which this follows step by step.
  function parseQuery(query) {
    var terms = [], phrases = [], exclusions = [], filters = [];
    var lastPlainWord = -1;
    var i = 0, n = query.length, t;
    while (i < n) {
      if (isSpace(query.charAt(i))) { i++; continue; }
      var exclude = query.charAt(i) === '-' && i + 1 < n && !isSpace(query.charAt(i + 1));
      if (exclude) { i++; }

      var text;
      var quoted = query.charAt(i) === '"';
      var isFilter = false;
      if (quoted) {
        var q = readQuoted(query, i + 1);
        text = q.text;
        i = q.next;
      } else {
        var start = i;
        while (i < n && !isSpace(query.charAt(i)) && query.charAt(i) !== '"') { i++; }
        text = query.substring(start, i);
        var colon = text.indexOf(':');
        var field = colon > 0 ? asciiLower(text.substring(0, colon)) : '';
        if (FILTER_FIELDS.indexOf(field) >= 0) {
          var value = text.substring(colon + 1);
          if (value.length === 0 && i < n && query.charAt(i) === '"') {
            var qv = readQuoted(query, i + 1);
            value = qv.text;
            i = qv.next;
          }
          value = trimSpace(value);
          if (value.length > 0) {
            filters.push({ field: field, value: value, exclude: exclude });
            lastPlainWord = -1;
            isFilter = true;
          }
        }
      }
      if (isFilter) { continue; }

      var tokens = S.analyze(text);
      // Quoted words, two or more, are a phrase: each word at its distance from the first.
      const phrase = {
        terms: tokens.map((x) => x.term),
        offsets: quoted && tokens.length >= 2 ? tokens.map((x) => x.position - tokens[0].position) : null
      };
      if (exclude) {
        if (tokens.length > 0) { exclusions.push(phrase); }
        lastPlainWord = -1;
        continue;
      }
      if (phrase.offsets) { phrases.push(phrase); }
      lastPlainWord = quoted || tokens.length === 0 ? -1 : terms.length + tokens.length - 1;
      for (t = 0; t < tokens.length; t++) {
        terms.push({ term: tokens[t].term, surface: tokens[t].surface, prefix: false, loose: !quoted });
      }
    }
    // As the user types, the last word is probably unfinished.
    if (lastPlainWord >= 0 && lastPlainWord === terms.length - 1 && n > 0 && !isSpace(query.charAt(n - 1))) {
      terms[lastPlainWord].prefix = true;
    }
    return { terms: terms, phrases: phrases, exclusions: exclusions, filters: filters };
  }

  function digitValue(c) { return DIGITS.indexOf(c); }

  function decode(text, withWeights) {
    var ordinals = [], weights = [];
    var previous = -1, position = 0, length = text.length;
    while (position < length) {
      var value = 0, shift = 0, digit;
      while ((digit = digitValue(text.charAt(position++))) >= 32) {
        value += (digit - 32) * Math.pow(2, shift);
        shift += 5;
      }
      previous += value + digit * Math.pow(2, shift) + 1;
      ordinals.push(previous);
      if (withWeights) { weights.push(digitValue(text.charAt(position++))); }
    }
    return { ordinals: ordinals, weights: weights };
  }

  // A term's positions file (SearchIndexFormat.EncodePositions) against its postings: positions by ordinal.
  function decodePositions(text, ordinals) {
    const byOrdinal = new Map();
    let at = 0;
    const next = () => {
      let value = 0, shift = 0, digit;
      while ((digit = digitValue(text.charAt(at++))) >= 32) { value += (digit - 32) * Math.pow(2, shift); shift += 5; }
      return value + digit * Math.pow(2, shift);
    };
    ordinals.forEach((ordinal) => {
      const count = next();
      const positions = new Set();
      let previous = -1;
      for (let i = 0; i < count; i++) { previous += next() + 1; positions.add(previous); }
      byOrdinal.set(ordinal, positions);
    });
    return byOrdinal;
  }

  // [a-z0-9] as is, anything else as _ and four hex digits: the same file names SearchIndexFormat.FileKey gives.
  function fileKey(text) {
    var key = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        key += c;
      } else {
        key += '_' + ('0000' + text.charCodeAt(i).toString(16)).slice(-4);
      }
    }
    return key;
  }

  function shardKey(term) { return fileKey(term.length >= 2 ? term.substring(0, 2) : term); }
  function shardPath(term) { return 'terms/' + shardKey(term) + '.json'; }
  // Short positions share their shard's file; long ones have their own (SearchIndexFormat.MaxPackedPositions).
  function packedPositionsPath(term) { return 'positions/' + shardKey(term) + '.json'; }
  function longPositionsPath(term) { return 'positions/long/' + fileKey(term) + '.json'; }
  function hitsPath(term) { return 'hits/' + fileKey(term) + '.json'; }
  function postingsPath(term) { return 'postings/' + fileKey(term) + '.json'; }

  // Whether a and b differ by at most one insertion, deletion, substitution or swap of neighbours.
  function withinOneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1) { return false; }
    var start = 0;
    while (start < a.length && start < b.length && a.charAt(start) === b.charAt(start)) { start++; }
    var endA = a.length, endB = b.length;
    while (endA > start && endB > start && a.charAt(endA - 1) === b.charAt(endB - 1)) { endA--; endB--; }
    var restA = endA - start, restB = endB - start;
    return (restA <= 1 && restB <= 1) ||
      (restA === 2 && restB === 2 && a.charAt(start) === b.charAt(start + 1) && a.charAt(start + 1) === b.charAt(start));
  }

  function compareStrings(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  // The most common terms first, so a short prefix expands to the words people mean.
  function best(terms, count) {
    return terms.slice().sort(function (a, b) { return b.df - a.df || compareStrings(a.term, b.term); }).slice(0, count);
  }

  function zeros(n) {
    var a = new Array(n);
    for (var i = 0; i < n; i++) { a[i] = 0; }
    return a;
  }

  // How filter values are compared: lowercase ASCII letters and digits, anything else collapsed to one '-'.
  function valueKey(value) {
    return asciiLower(value).replace(/[^a-z0-9\/]+/g, '-').replace(/^-+|-+$/g, '');
  }

  function parseShard(text) {
    var json = JSON.parse(text);
    var byTerm = {};
    var terms = json.terms.map(function (e) {
      var info = { term: e[0], df: e[1], idf: e[2], text: e[3], surfaces: e[4].split(' ').filter(function (s) { return s.length > 0; }), longPositions: e[5] === 1, postings: null };
      byTerm['~' + info.term] = info;
      return info;
    });
    return { count: json.n, chunk: json.chunk, hitsMinDf: json.hitsMinDf, hitsK: json.hitsK, terms: terms, byTerm: byTerm };
  }

  function postingsOf(info) {
    if (!info.postings) { info.postings = decode(info.text, true); }
    return info.postings;
  }

  function parseMeta(text) {
    var json = JSON.parse(text);
    var count = json.n;
    var facets = {};
    FILTER_FIELDS.forEach(function (field) {
      var facet = json[field];
      var valuesOf;
      if (typeof facet.docs === 'string') {
        var digits = facet.docs;
        var width = count === 0 ? 1 : digits.length / count;
        valuesOf = function (ordinal) {
          var value = 0;
          for (var d = 0; d < width; d++) { value = value * 64 + digitValue(digits.charAt(ordinal * width + d)); }
          return [value];
        };
      } else {
        var perDocument = new Array(count);
        facet.postings.forEach(function (postings, index) {
          var ordinals = decode(postings, false).ordinals;
          for (var k = 0; k < ordinals.length; k++) {
            (perDocument[ordinals[k]] = perDocument[ordinals[k]] || []).push(index);
          }
        });
        valuesOf = function (ordinal) { return perDocument[ordinal] || []; };
      }
      facets[field] = { values: facet.values, valuesOf: valuesOf };
    });
    return { count: count, chunk: json.chunk, facets: facets };
  }

  function anyIn(values, set) {
    for (var i = 0; i < values.length; i++) {
      if (set[values[i]] === true) { return true; }
    }
    return false;
  }

  // Filters are OR within a field and AND across fields; counts for a field ignore that field's own filters.
  function createFilterSet(meta, filters) {
    var include = {}, exclude = {}, includeFields = [], excludeFields = [];
    filters.forEach(function (filter) {
      var values = meta.facets[filter.field].values;
      var wanted = valueKey(filter.value);
      var target = filter.exclude ? exclude : include;
      var fields = filter.exclude ? excludeFields : includeFields;
      if (!target[filter.field]) { target[filter.field] = {}; fields.push(filter.field); }
      for (var i = 0; i < values.length; i++) {
        // cause:database matches every database/... category; other values match their slug.
        if (valueKey(values[i][0]) === wanted || (filter.field === 'cause' && startsWith(values[i][0], wanted + '/'))) {
          target[filter.field][i] = true;
        }
      }
    });

    function passes(ordinal, except) {
      var f;
      for (f = 0; f < excludeFields.length; f++) {
        if (anyIn(meta.facets[excludeFields[f]].valuesOf(ordinal), exclude[excludeFields[f]])) { return false; }
      }
      for (f = 0; f < includeFields.length; f++) {
        if (includeFields[f] !== except && !anyIn(meta.facets[includeFields[f]].valuesOf(ordinal), include[includeFields[f]])) { return false; }
      }
      return true;
    }

    function count(candidates) {
      var result = {};
      FILTER_FIELDS.forEach(function (field) {
        var facet = meta.facets[field];
        var counts = zeros(facet.values.length);
        candidates.forEach(function (ordinal) {
          if (!passes(ordinal, field)) { return; }
          var values = facet.valuesOf(ordinal);
          for (var k = 0; k < values.length; k++) { counts[values[k]]++; }
        });
        var selected = include[field] || {};
        var list = [];
        for (var i = 0; i < facet.values.length; i++) {
          if ((counts[i] > 0 || selected[i] === true) && facet.values[i][0].length > 0) {
            list.push({ value: facet.values[i][0], label: facet.values[i][1], count: counts[i], selected: selected[i] === true });
          }
        }
        list.sort(function (a, b) {
          if (field === 'year') { return compareStrings(b.value, a.value); }
          if (field === 'severity') { return compareStrings(a.value, b.value); }
          return b.count - a.count || compareStrings(a.value, b.value);
        });
        result[field] = list;
      });
      return result;
    }

    return { passes: passes, count: count };
  }

  S.parseQuery = parseQuery;

  // The index files a query's words live in, for fetching them before the query runs.
  S.shardsOf = (query) => parseQuery(query).terms.map((t) => shardPath(t.term));

  // Index files over HTTP from the site at base: their text, or null for a file that does not exist.
  S.fetchIndexFile = (base) => (path) => fetch(base + 'search/' + path).then((response) => {
    if (response.status === 404) { return null; }
    if (!response.ok) { throw new Error('HTTP ' + response.status + ' for ' + path); }
    return response.text();
  });

  // An engine over files fetched on demand: getText(path) resolves to the text, or null when there is no such file.
  // Used by worker.js, and by ui.js itself where workers are unavailable.
  S.createLoader = (getText) => {
    const files = new Map();
    const inFlight = new Map();
    const engine = S.createEngine((path) => files.get(path));
    const load = (path) => {
      if (!inFlight.has(path)) { inFlight.set(path, getText(path).then((text) => { files.set(path, text); })); }
      return inFlight.get(path);
    };
    // Each hit with its best passages (options.passages), from one text file per hit; a file that fails leaves none.
    const withPassages = (result) => Promise.all(result.hits.map((hit) => getText('text/' + encodeURIComponent(hit.id) + '.json')
      .then((text) => (text ? S.bestPassages(text, result.matchedTerms) : []), () => [])))
      .then((passages) => Object.assign({}, result, { hits: result.hits.map((hit, i) => Object.assign({}, hit, { passages: passages[i] })) }));
    // Runs a search, fetching whatever files it asks for, as many rounds as it needs.
    const run = (query, options) => {
      const result = engine.search(query, options);
      if (result.pending) { return Promise.all(result.pending.map(load)).then(() => run(query, options)); }
      return options && options.passages ? withPassages(result) : Promise.resolve(result);
    };
    // The shard of a word being typed, fetched as soon as it has two letters, so the search after the next keystroke finds it loaded.
    const prefetch = (query) => { S.shardsOf(query).forEach((path) => load(path).catch(() => {})); };
    return { run, prefetch };
  };

  // The text file of one incident (search/text/<id>.json, written by Search/SearchPassages.cs) to the passages that
  // show why it matched: per section the passage with the most distinct matched terms, then the most matches; the
  // sections ordered best first, then as on the page; a section whose heading id or label an earlier one has is left
  // out, so each link goes somewhere new. The twin of SearchPassages.Best. Display only: ranking never reads these files.
  S.bestPassages = (text, matchedTerms, limit = 3) => {
    const wanted = new Set(matchedTerms);
    const found = [];
    JSON.parse(text).sections.forEach(([anchor, label, passages], order) => {
      let best = null;
      passages.forEach(([passage, where]) => {
        const hits = S.analyze(passage).filter((t) => wanted.has(t.term));
        const score = new Set(hits.map((t) => t.term)).size * 100 + Math.min(hits.length, 99);
        if (hits.length > 0 && (!best || score > best.score)) {
          best = { anchor, label, text: passage, where: where || '', score, order };
        }
      });
      if (best) { found.push(best); }
    });
    found.sort((a, b) => b.score - a.score || a.order - b.order);
    const anchors = new Set(), labels = new Set();
    return found.filter((f) => {
      if (anchors.has(f.anchor) || labels.has(f.label)) { return false; }
      anchors.add(f.anchor);
      labels.add(f.label);
      return true;
    }).slice(0, limit);
  };

  S.createEngine = function (readFile) {
    var shards = {};
    var records = {};
    var loadedDisplay = {};
    const positions = new Map();
    const packedPositions = new Map();
    var meta = null;

    // Returns the file's text, or undefined after noting the path as pending.
    function read(path, pending) {
      var text = readFile(path);
      if (text === undefined && pending.indexOf(path) < 0) { pending.push(path); }
      return text;
    }

    function loadShard(term, pending) {
      var path = shardPath(term);
      if (Object.prototype.hasOwnProperty.call(shards, path)) { return shards[path]; }
      var text = read(path, pending);
      if (text === undefined) { return undefined; }
      shards[path] = text === null ? null : parseShard(text);
      return shards[path];
    }

    // Terms in most documents keep their postings in their own file (see SearchIndexFormat.MaxInlinePostings).
    function ensurePostings(info, pending) {
      if (info.text !== '') { return; }
      var text = read(postingsPath(info.term), pending);
      if (text === null) { throw new Error("search index file '" + postingsPath(info.term) + "' is missing; rebuild the site"); }
      if (text !== undefined) { info.text = JSON.parse(text).p; }
    }

    function loadMeta(pending) {
      if (meta) { return meta; }
      var text = read('meta.json', pending);
      if (text === null) { throw new Error("search index file 'meta.json' is missing; rebuild the site"); }
      if (text !== undefined) { meta = parseMeta(text); }
      return meta;
    }

    function isCompletion(candidate, query) {
      return startsWith(candidate.term, query.surface) || startsWith(candidate.term, query.term) ||
        candidate.surfaces.some(function (s) { return startsWith(s, query.surface); });
    }

    function isOneTypoAway(candidate, query) {
      return withinOneEdit(candidate.term, query.term) || withinOneEdit(candidate.term, query.surface) ||
        candidate.surfaces.some(function (s) { return withinOneEdit(s, query.surface); });
    }

    // The index terms a query term stands for: itself, the last word's completions, or one-typo neighbours.
    function variants(query, shard) {
      var found = [];
      if (!shard) { return found; }
      var exact = shard.byTerm['~' + query.term];
      if (exact) { found.push({ info: exact, kind: EXACT, shard: shard }); }
      if (query.prefix) {
        best(shard.terms.filter(function (t) { return t.term !== query.term && isCompletion(t, query); }), MAX_PREFIX_EXPANSIONS)
          .forEach(function (t) { found.push({ info: t, kind: PREFIX, shard: shard }); });
      }
      if (found.length === 0 && query.loose && query.surface.length >= TYPO_MIN_LENGTH) {
        best(shard.terms.filter(function (t) { return isOneTypoAway(t, query); }), MAX_TYPO_EXPANSIONS)
          .forEach(function (t) { found.push({ info: t, kind: TYPO, shard: shard }); });
      }
      return found;
    }

    // How a corrected word is shown: the written form one typo from what was typed, else the commonest form.
    function shownWord(info, query) {
      if (withinOneEdit(info.term, query.surface)) { return info.term; }
      const near = info.surfaces.find((s) => withinOneEdit(s, query.surface));
      return near !== undefined ? near : info.surfaces.length > 0 ? info.surfaces[0] : info.term;
    }

    // Documents holding at least one word and every quoted word.
    function mostWordsCandidates(terms, clauses, matches, documentCount) {
      const quoted = zeros(documentCount);
      let quotedCount = 0;
      clauses.forEach((clause, c) => {
        if (terms[c].loose) { return; }
        quotedCount++;
        const seen = new Set();
        clause.forEach((v) => postingsOf(v.info).ordinals.forEach((o) => seen.add(o)));
        seen.forEach((o) => { quoted[o]++; });
      });
      const all = [];
      for (let o = 0; o < documentCount; o++) {
        if (matches[o] > 0 && quoted[o] === quotedCount) { all.push(o); }
      }
      return all;
    }

    // Every clause must match; per clause a document scores its best variant: idf x weight x kind.
    function score(clauses, scores, matches, documentCount) {
      var bestValue = zeros(documentCount);
      clauses.forEach(function (clause) {
        var touched = [];
        clause.forEach(function (variant) {
          var p = postingsOf(variant.info);
          var factor = variant.info.idf * variant.kind;
          for (var k = 0; k < p.ordinals.length; k++) {
            var ordinal = p.ordinals[k];
            var value = factor * p.weights[k];
            if (bestValue[ordinal] === 0) { touched.push(ordinal); }
            if (value > bestValue[ordinal]) { bestValue[ordinal] = value; }
          }
        });
        for (var k = 0; k < touched.length; k++) {
          scores[touched[k]] += bestValue[touched[k]];
          matches[touched[k]]++;
          bestValue[touched[k]] = 0;
        }
      });
      var all = [];
      for (var ordinal = 0; ordinal < documentCount; ordinal++) {
        if (matches[ordinal] === clauses.length) { all.push(ordinal); }
      }
      return all;
    }

    function infoOf(term) {
      const shard = shards[shardPath(term)];
      return shard ? shard.byTerm['~' + term] || null : null;
    }

    // Asks for the positions files of a phrase's words; only quoted phrases read them.
    function loadPositions(phrase, pending) {
      phrase.terms.forEach((term) => {
        const info = infoOf(term);
        if (!info || positions.has(term)) { return; }
        const path = info.longPositions ? longPositionsPath(term) : packedPositionsPath(term);
        let packed = packedPositions.get(path);
        if (!packed) {
          const text = read(path, pending);
          if (text === null) { throw new Error("search index file '" + path + "' is missing; rebuild the site"); }
          if (text === undefined) { return; }
          packed = info.longPositions ? new Map([[term, JSON.parse(text).p]]) : new Map(JSON.parse(text).p);
          if (!info.longPositions) { packedPositions.set(path, packed); }
        }
        if (!packed.has(term)) { throw new Error("search index file '" + path + "' has no positions for '" + term + "'; rebuild the site"); }
        positions.set(term, decodePositions(packed.get(term), postingsOf(info).ordinals));
      });
    }

    // The documents where some position of the phrase's first term has every other term at its offset from it.
    function holders(phrase, documentCount) {
      const holds = zeros(documentCount);
      if (phrase.terms.some((term) => !infoOf(term))) { return holds; }
      const at = phrase.terms.map((term) => positions.get(term));
      at[0].forEach((starts, ordinal) => {
        for (const start of starts) {
          let all = true;
          for (let i = 1; i < at.length && all; i++) {
            const others = at[i].get(ordinal);
            all = others !== undefined && others.has(start + phrase.offsets[i]);
          }
          if (all) { holds[ordinal] = 1; return; }
        }
      });
      return holds;
    }

    // Whether each document holds every quoted phrase, its words adjacent (at their offsets) in one text.
    function holdsEvery(phrases, documentCount) {
      const holds = zeros(documentCount).map(() => 1);
      phrases.forEach((phrase) => {
        const h = holders(phrase, documentCount);
        for (let o = 0; o < documentCount; o++) { holds[o] &= h[o]; }
      });
      return holds;
    }

    // A document is excluded when it contains every term of one -word or -"words", the quoted words adjacent.
    function excludedSet(exclusions, documentCount) {
      var excluded = zeros(documentCount);
      exclusions.forEach(function (exclusion) {
        if (exclusion.offsets) {
          const h = holders(exclusion, documentCount);
          for (let o = 0; o < documentCount; o++) { excluded[o] |= h[o]; }
          return;
        }
        const group = exclusion.terms;
        var counts = zeros(documentCount);
        var distinct = group.filter(function (term, index) { return group.indexOf(term) === index; });
        distinct.forEach(function (term) {
          var shard = shards[shardPath(term)];
          var info = shard ? shard.byTerm['~' + term] : null;
          if (!info) { return; }
          var ordinals = postingsOf(info).ordinals;
          for (var k = 0; k < ordinals.length; k++) { counts[ordinals[k]]++; }
        });
        for (var ordinal = 0; ordinal < documentCount; ordinal++) {
          if (counts[ordinal] === distinct.length) { excluded[ordinal] = 1; }
        }
      });
      return excluded;
    }

    function topOrdinals(info, k) {
      var p = postingsOf(info);
      var indexes = p.ordinals.map(function (o, i) { return i; });
      indexes.sort(function (a, b) { return p.weights[b] - p.weights[a] || p.ordinals[a] - p.ordinals[b]; });
      return indexes.slice(0, k).map(function (i) { return p.ordinals[i]; });
    }

    // Display data for the first page: from the hits file that covers most of it, repeatedly, then from docs chunks.
    function displayPaths(page, clauses, chunk) {
      var needed = {}, neededCount = 0;
      page.forEach(function (o) { if (!records[o]) { needed[o] = true; neededCount++; } });
      var sources = [];
      clauses.forEach(function (clause) {
        clause.forEach(function (v) {
          if (v.info.df >= v.shard.hitsMinDf) { sources.push({ path: hitsPath(v.info.term), covers: topOrdinals(v.info, v.shard.hitsK) }); }
        });
      });
      var paths = [];
      while (neededCount > 0) {
        var bestPath = '', bestCovers = [];
        sources.forEach(function (source) {
          var covered = source.covers.filter(function (o) { return needed[o] === true; });
          if (covered.length > bestCovers.length) { bestPath = source.path; bestCovers = covered; }
        });
        var chunks = {}, chunkOrder = [];
        page.forEach(function (o) {
          if (needed[o] !== true) { return; }
          var path = 'docs/' + Math.floor(o / chunk) + '.json';
          if (!chunks[path]) { chunks[path] = []; chunkOrder.push(path); }
          chunks[path].push(o);
        });
        chunkOrder.sort(function (a, b) { return Math.min.apply(null, chunks[a]) - Math.min.apply(null, chunks[b]); });
        chunkOrder.forEach(function (path) {
          if (chunks[path].length > bestCovers.length) { bestPath = path; bestCovers = chunks[path]; }
        });
        paths.push(bestPath);
        bestCovers.forEach(function (o) { if (needed[o] === true) { needed[o] = false; neededCount--; } });
      }
      return paths;
    }

    function loadDisplay(paths, pending) {
      paths.forEach(function (path) {
        if (loadedDisplay[path]) { return; }
        var text = read(path, pending);
        if (text === null) { throw new Error("search index file '" + path + "' is missing; rebuild the site"); }
        if (text === undefined) { return; }
        loadedDisplay[path] = true;
        JSON.parse(text).docs.forEach(function (r) {
          records[r[0]] = { ordinal: r[0], id: r[1], title: r[2], date: r[3], severity: r[4], categorySlug: r[5], categoryTitle: r[6], snippet: r[7] };
        });
      });
    }

    // The first page of results, the whole ranking and (with options.facets) filter counts; or { pending: [paths] }.
    function search(query, options) {
      options = options || {};
      var limit = options.limit === undefined ? 10 : options.limit;
      var withFacets = options.facets !== false;
      var parsed = parseQuery(query);
      if (parsed.terms.length === 0 && parsed.exclusions.length === 0 && parsed.filters.length === 0) {
        return { total: 0, ordinals: [], hits: [], facets: {}, matchedTerms: [], unmatchedWords: [], everyWord: 0, mostWords: false, corrections: [] };
      }

      var pending = [];
      parsed.terms.forEach(function (t) { loadShard(t.term, pending); });
      parsed.exclusions.forEach(function (group) { group.terms.forEach(function (term) { loadShard(term, pending); }); });
      var needMeta = withFacets || parsed.filters.length > 0 || parsed.terms.length === 0;
      var m = needMeta ? loadMeta(pending) : null;
      if (pending.length > 0) { return { pending: pending }; }

      var matched = [], unmatched = [], corrections = [];
      var clauses = parsed.terms.map(function (t) {
        var found = variants(t, shards[shardPath(t.term)]);
        if (found.length === 0) { unmatched.push(t.surface); }
        if (found.length > 0 && found[0].kind === TYPO) { corrections.push({ typed: t.surface, shown: shownWord(found[0].info, t) }); }
        found.forEach(function (v) { matched.push(v.info.term); ensurePostings(v.info, pending); });
        return found;
      });
      parsed.exclusions.forEach(function (group) {
        group.terms.forEach(function (term) {
          var info = infoOf(term);
          if (info) { ensurePostings(info, pending); }
        });
      });
      if (pending.length > 0) { return { pending: pending }; }
      parsed.phrases.concat(parsed.exclusions.filter((e) => e.offsets)).forEach((phrase) => loadPositions(phrase, pending));
      if (pending.length > 0) { return { pending: pending }; }
      var documentCount = m ? m.count : 0;
      var chunk = m ? m.chunk : 0;
      if (!m) {
        clauses.forEach(function (c) { c.forEach(function (v) { if (!chunk) { documentCount = v.shard.count; chunk = v.shard.chunk; } }); });
      }

      var scores = zeros(documentCount);
      var matchCounts = zeros(documentCount);
      const holdsPhrases = holdsEvery(parsed.phrases, documentCount);
      var candidates;
      if (clauses.length === 0) {
        candidates = [];
        for (var o = 0; o < documentCount; o++) { candidates.push(o); }
      } else {
        candidates = score(clauses, scores, matchCounts, documentCount);
      }
      candidates = candidates.filter((o) => holdsPhrases[o] === 1);
      var excluded = excludedSet(parsed.exclusions, documentCount);
      var filter = m ? createFilterSet(m, parsed.filters) : null;
      const passes = (o) => !excluded[o] && (!filter || filter.passes(o, null));
      var results = candidates.filter(passes);
      const everyWord = results.length;
      let mostWords = false;
      if (results.length < FEW_RESULTS && clauses.length >= 2) {
        // Natural-language queries rarely have every word in one write-up: rank by how many words a document holds.
        const relaxed = mostWordsCandidates(parsed.terms, clauses, matchCounts, documentCount).filter((o) => holdsPhrases[o] === 1);
        const more = relaxed.filter(passes);
        if (more.length > results.length) { candidates = relaxed; results = more; mostWords = true; }
      }
      results.sort((a, b) => matchCounts[b] - matchCounts[a] || scores[b] - scores[a] || a - b);

      var page = results.slice(0, limit);
      loadDisplay(displayPaths(page, clauses, chunk), pending);
      if (pending.length > 0) { return { pending: pending }; }

      matched.sort(compareStrings);
      return {
        total: results.length,
        ordinals: results,
        hits: page.map(function (o) {
          var r = records[o];
          return { ordinal: o, id: r.id, title: r.title, date: r.date, severity: r.severity, categorySlug: r.categorySlug, categoryTitle: r.categoryTitle, snippet: r.snippet, score: scores[o] };
        }),
        facets: withFacets && filter ? filter.count(candidates.filter(function (o) { return !excluded[o]; })) : {},
        matchedTerms: matched.filter(function (t, i) { return i === 0 || matched[i - 1] !== t; }),
        unmatchedWords: unmatched,
        everyWord: everyWord,
        mostWords: mostWords,
        corrections: corrections
      };
    }

    return { search: search };
  };
}(PostmortemSearch));
