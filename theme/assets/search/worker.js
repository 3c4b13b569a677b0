/* The search engine off the page's main thread: ui.js posts { type: 'base' } once, then { type: 'search', id, query,
   options } and { type: 'prefetch', query }; each search is answered with { id, result } or { id, error }. Index
   files are fetched here, so parsing shards and scoring never delay a keystroke. */
importScripts('stemmer.js', 'analyzer.js', 'engine.js');

let loader = null;

self.addEventListener('message', ({ data }) => {
  if (data.type === 'base') {
    loader = PostmortemSearch.createLoader(PostmortemSearch.fetchIndexFile(data.base));
  } else if (data.type === 'prefetch') {
    loader.prefetch(data.query);
  } else if (data.type === 'search') {
    loader.run(data.query, data.options).then(
      (result) => self.postMessage({ id: data.id, result }),
      (error) => self.postMessage({ id: data.id, error: error.message }));
  }
});
