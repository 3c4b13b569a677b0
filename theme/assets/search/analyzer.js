/* Text to terms: split into words, lowercase, drop stop words, stem. The twin of Search/Analyzer.cs; both must produce
   identical tokens, so the character rules are spelled out rather than left to locale tables. No dependencies. */
var PostmortemSearch = PostmortemSearch || {};

(function (S) {
  'use strict';

  var MAX_WORD_LENGTH = 40;
  // Runs longer than this are dropped without building them; Analyzer.cs has the same limit.
  var MAX_RUN_LENGTH = 4 * MAX_WORD_LENGTH;
  var stopWords = {};
  ('a an and are as at be been being but by for from had has have he her his i if in into is it its of on or our ' +
   'she so such than that the their them then there these they this those to was we were what when where which who ' +
   'will with would you your').split(' ').forEach(function (w) { stopWords[w] = true; });

  // ASCII and Latin-1 letters and digits, and any character above U+00FF except punctuation blocks and surrogates.
  function isWordChar(code) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) { return true; }
    if (code < 0xC0 || code === 0xD7 || code === 0xF7) { return false; }
    if (code <= 0xFF) { return true; }
    if ((code >= 0x2000 && code <= 0x206F) || (code >= 0x3000 && code <= 0x303F) || (code >= 0xD800 && code <= 0xDFFF)) { return false; }
    return true;
  }

  // ASCII and Latin-1 capitals only: culture-free, and the same in every engine.
  function lower(code) {
    return (code >= 65 && code <= 90) || (code >= 0xC0 && code <= 0xDE && code !== 0xD7) ? code + 32 : code;
  }

  function isApostrophe(code) { return code === 39 || code === 0x2019; }

  // The term for one lowercased word, or null for a stop word or a word too short or long to index.
  function toTerm(word) {
    if (word.length >= 2 && word.substring(word.length - 2) === "'s") { word = word.substring(0, word.length - 2); }
    var surface = word.indexOf("'") >= 0 ? word.split("'").join('') : word;
    if (surface.length < 2 || surface.length > MAX_WORD_LENGTH || stopWords[surface] === true) { return null; }
    // Numbers, versions and codes such as "502" or "x509" are kept as written.
    return { term: /[0-9]/.test(surface) ? surface : S.stem(surface), surface: surface };
  }

  // [{ term, surface, start, end, position }] for every indexable word of text; position counts every word, stop
  // words included, so a quoted phrase's words keep their distance ("out of memory").
  S.analyze = function (text) {
    var tokens = [];
    var i = 0, position = 0;
    var n = text.length;
    while (i < n) {
      if (!isWordChar(text.charCodeAt(i))) { i++; continue; }
      var start = i;
      var codes = [];
      while (i < n) {
        var c = text.charCodeAt(i);
        if (isWordChar(c)) {
          codes.push(lower(c));
        } else if (isApostrophe(c) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
          // Inside a word ("lock's", "don't"); at either end an apostrophe is a quote mark.
          codes.push(39);
        } else {
          break;
        }
        i++;
      }
      var token = codes.length > MAX_RUN_LENGTH ? null : toTerm(String.fromCharCode.apply(null, codes));
      if (token) {
        token.start = start;
        token.end = i;
        token.position = position;
        tokens.push(token);
      }
      position++;
    }
    return tokens;
  };

  S.terms = function (text) {
    return S.analyze(text).map(function (t) { return t.term; });
  };

  S.isStopWord = function (word) { return stopWords[word] === true; };
}(PostmortemSearch));
