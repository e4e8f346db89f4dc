/* The hub's search worker: Material's own worker, unchanged, with the hub's query
 * rules in front of it (overrides/main.html points Material's search at this file).
 *
 * 1. Common words are left out of the query. Material adds a wildcard to every
 *    word, so "a", "I", "do" or "in" would match every word that starts with them
 *    ("a" matches "allegation") and push the answer down. The index never holds
 *    these words (Lunr's stop word filter runs when the index is built), so they
 *    can only ever add noise. A query made only of common words is kept as typed.
 * 2. When the query finds nothing, it is asked again allowing one typo in each
 *    word of five letters or more (Lunr's "~1"), so "asessment" finds assessment.
 *
 * Messages are answered one at a time, in the order they arrive.
 */
"use strict"
;(function () {
  var QUERY = 2
  var FORGIVING = /^[A-Za-z\u00C0-\u024F]{5,}$/
  var listeners = []
  var send = self.postMessage.bind(self)
  var addListener = self.addEventListener.bind(self)
  var answer = null

  /* Material's worker registers its handler and answers through these two. */
  self.addEventListener = function (type, listener, options) {
    if (type === "message") listeners.push(listener)
    else addListener(type, listener, options)
  }
  self.postMessage = function (message) { answer = message }
  importScripts(materialWorker())

  /* Material's worker, beside this file (and found the same way under iframe-worker,
   * which the offline copy uses to search from files). */
  function materialWorker() {
    var name = "workers/search.a7633da7.min.js"
    if (typeof parent !== "undefined" && "IFrameWorker" in parent) {
      var script = document.querySelector("script[src]")
      return script.src.replace(/[^/]*$/, "") + name
    }
    return name
  }

  function isCommon(word) {
    return self.lunr.stopWordFilter(new self.lunr.Token(word.toLowerCase(), {})) === undefined
  }

  function withoutCommonWords(query) {
    var words = query.trim().split(/\s+/)
    var kept = words.filter(function (word) { return !isCommon(word.replace(/[^\w]/g, "")) })
    return kept.length ? kept.join(" ") : query
  }

  function forgiving(query) {
    return query.split(/\s+/).map(function (word) {
      return FORGIVING.test(word) ? word + "~1" : word
    }).join(" ")
  }

  function ask(message) {
    answer = null
    return Promise.all(listeners.map(function (listener) { return listener({ data: message }) }))
      .then(function () { return answer })
  }

  function found(reply) {
    return reply && reply.data && reply.data.items && reply.data.items.length > 0
  }

  function answerQuery(message) {
    var query = withoutCommonWords(String(message.data))
    return ask({ type: QUERY, data: query }).then(function (reply) {
      var retry = forgiving(query)
      if (found(reply) || retry === query) return reply
      return ask({ type: QUERY, data: retry })
    })
  }

  var queue = Promise.resolve()
  addListener("message", function (ev) {
    var message = ev.data
    queue = queue.then(function () {
      return message && message.type === QUERY ? answerQuery(message) : ask(message)
    }).then(send, function (error) { console.warn("hub search:", error) })
    return queue
  })
})()
