/* The Snowball English ("Porter2") stemmer: the twin of Search/EnglishStemmer.cs; both must give identical stems.
   No dependencies, because the .NET tests run this same file (in Jint). 'Y' marks a y acting as a consonant.
   Suffixes are found with anchored regular expressions: the leftmost match of an alternation ending in $ is the
   longest suffix, which is the rule Porter2 asks for, and it keeps the work per word small. */
var PostmortemSearch = PostmortemSearch || {};

PostmortemSearch.stem = (function () {
  'use strict';

  var has = Object.prototype.hasOwnProperty;
  var exceptions = {
    skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie',
    idly: 'idl', gently: 'gentl', ugly: 'ugli', early: 'earli', only: 'onli', singly: 'singl',
    sky: 'sky', news: 'news', howe: 'howe', atlas: 'atlas', cosmos: 'cosmos', bias: 'bias', andes: 'andes'
  };
  // Words that step 1a leaves alone and no later step may touch.
  var afterStep1a = { inning: 1, outing: 1, canning: 1, herring: 1, earring: 1, evening: 1, proceed: 1, exceed: 1, succeed: 1 };
  // Prefixes whose R1 starts after the prefix, so "generous" and "general" do not collapse.
  var regionPrefix = /^(gener|commun|arsen|past|univers|later|emerg|organ|inter)/;
  var vowelThenConsonant = /[aeiouy][^aeiouy]/;
  var vowel = /[aeiouy]/;
  var shortSyllable = /^[aeiouy][^aeiouy]$|[^aeiouy][aeiouy][^aeiouywxY]$/;
  var possessive = /'s'$|'s$|'$/;
  var step1aSuffix = /(sses|ied|ies|us|ss|s)$/;
  var step1bSuffix = /(eedly|ingly|edly|eed|ing|ed)$/;
  var step2 = {
    ization: 'ize', ational: 'ate', fulness: 'ful', ousness: 'ous', iveness: 'ive',
    tional: 'tion', biliti: 'ble', lessli: 'less', ogist: 'og', entli: 'ent', ation: 'ate',
    alism: 'al', aliti: 'al', ousli: 'ous', iviti: 'ive', fulli: 'ful',
    enci: 'ence', anci: 'ance', abli: 'able', izer: 'ize', ator: 'ate',
    alli: 'al', bli: 'ble', ogi: 'og', li: ''
  };
  var step2Suffix = /(ization|ational|fulness|ousness|iveness|tional|biliti|lessli|ogist|entli|ation|alism|aliti|ousli|iviti|fulli|enci|anci|abli|izer|ator|alli|bli|ogi|li)$/;
  var step3 = { ational: 'ate', tional: 'tion', alize: 'al', icate: 'ic', iciti: 'ic', ative: '', ical: 'ic', ness: '', ful: '' };
  var step3Suffix = /(ational|tional|alize|icate|iciti|ative|ical|ness|ful)$/;
  var step4Suffix = /(ement|ance|ence|able|ible|ment|ant|ent|ism|ate|iti|ous|ive|ize|ion|al|er|ic)$/;

  function hasVowelBefore(w, end) {
    var first = w.search(vowel);
    return first >= 0 && first < end;
  }

  // The position just after the first non-vowel that follows a vowel at or after start; the length when there is none.
  function afterVowelThenConsonant(w, start) {
    var m = vowelThenConsonant.exec(start === 0 ? w : w.substring(start));
    return m ? start + m.index + 2 : w.length;
  }

  // Whether the first `end` letters end in a short syllable.
  function endsInShortSyllable(w, end) {
    var part = end === w.length ? w : w.substring(0, end);
    // The reference stemmer treats the word "past" as ending in a short syllable, so "pasted" and "paste" meet at "paste".
    return part === 'past' || shortSyllable.test(part);
  }

  function step1a(w) {
    var m = possessive.exec(w);
    if (m) { w = w.substring(0, m.index); }
    m = step1aSuffix.exec(w);
    if (!m) { return w; }
    switch (m[1]) {
      case 'sses': return w.substring(0, m.index) + 'ss';
      case 'ied':
      case 'ies': return w.substring(0, m.index) + (w.length > 4 ? 'i' : 'ie');
      case 's': return hasVowelBefore(w, w.length - 2) ? w.substring(0, m.index) : w;
      default: return w;
    }
  }

  function step1b(w, r1) {
    var m = step1bSuffix.exec(w);
    if (!m) { return w; }
    var stemEnd = m.index;
    if (m[1] === 'eed' || m[1] === 'eedly') { return stemEnd >= r1 ? w.substring(0, stemEnd) + 'ee' : w; }
    if (m[1] === 'ing' && stemEnd === 2 && w.charAt(1) === 'y' && !vowel.test(w.charAt(0))) {
      // "hying" -> "hie", like "dying" -> "die".
      return w.charAt(0) + 'ie';
    }
    if (!hasVowelBefore(w, stemEnd)) { return w; }
    w = w.substring(0, stemEnd);
    var ending = w.substring(stemEnd - 2);
    if (ending === 'at' || ending === 'bl' || ending === 'iz') { return w + 'e'; }
    if (ending.charAt(0) === ending.charAt(1) && 'bdfgmnprt'.indexOf(ending.charAt(1)) >= 0 && stemEnd >= 2) {
      // A vowel and a double letter is the whole word: "added" -> "add", not "ad".
      return stemEnd === 3 && vowel.test(w.charAt(0)) ? w : w.substring(0, stemEnd - 1);
    }
    return r1 >= stemEnd && endsInShortSyllable(w, stemEnd) ? w + 'e' : w;
  }

  function step1c(w) {
    var n = w.length;
    var last = w.charAt(n - 1);
    return n > 2 && (last === 'y' || last === 'Y') && !vowel.test(w.charAt(n - 2)) ? w.substring(0, n - 1) + 'i' : w;
  }

  function step2Apply(w, r1) {
    var m = step2Suffix.exec(w);
    if (!m || m.index < r1) { return w; }
    var before = w.charAt(m.index - 1);
    if (m[1] === 'ogi' && before !== 'l') { return w; }
    if (m[1] === 'li' && (before === '' || 'cdeghkmnrt'.indexOf(before) < 0)) { return w; }
    return w.substring(0, m.index) + step2[m[1]];
  }

  function step3Apply(w, r1, r2) {
    var m = step3Suffix.exec(w);
    if (!m || m.index < r1 || (m[1] === 'ative' && m.index < r2)) { return w; }
    return w.substring(0, m.index) + step3[m[1]];
  }

  function step4Apply(w, r2) {
    var m = step4Suffix.exec(w);
    if (!m || m.index < r2) { return w; }
    var before = w.charAt(m.index - 1);
    if (m[1] === 'ion' && before !== 's' && before !== 't') { return w; }
    return w.substring(0, m.index);
  }

  function step5(w, r1, r2) {
    var last = w.length - 1;
    var c = w.charAt(last);
    if (c === 'e' && (last >= r2 || (last >= r1 && !endsInShortSyllable(w, last)))) { return w.substring(0, last); }
    if (c === 'l' && last >= r2 && w.charAt(last - 1) === 'l') { return w.substring(0, last); }
    return w;
  }

  return function stem(word) {
    if (has.call(exceptions, word)) { return exceptions[word]; }
    if (word.length < 3) { return word; }
    var w = word.charAt(0) === "'" ? word.substring(1) : word;
    if (w.indexOf('y') >= 0) {
      w = w.replace(/^y/, 'Y').replace(/([aeiouy])y/g, '$1Y');
    }

    var prefix = regionPrefix.exec(w);
    var r1 = prefix ? prefix[1].length : afterVowelThenConsonant(w, 0);
    var r2 = afterVowelThenConsonant(w, r1);

    w = step1a(w);
    if (!has.call(afterStep1a, w)) {
      w = step1b(w, r1);
      w = step1c(w);
      w = step2Apply(w, r1);
      w = step3Apply(w, r1, r2);
      w = step4Apply(w, r2);
      w = step5(w, r1, r2);
    }
    return w.indexOf('Y') >= 0 ? w.replace(/Y/g, 'y') : w;
  };
}());
