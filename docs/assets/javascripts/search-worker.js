/* The hub's search worker: Material's own worker, unchanged, with the hub's query
 * rules in front of it (overrides/main.html points Material's search at this file).
 *
 * 1. Common words are left out of the query. Material adds a wildcard to every
 *    word, so "a", "I", "do" or "in" would match every word that starts with them
 *    ("a" matches "allegation") and push the answer down. The index never holds
 *    these words (Lunr's stop word filter runs when the index is built), so they
 *    can only ever add noise. A query made only of common words is kept as typed.
 * 2. A plural is asked as its stem: "visits" as "visit", "enquiries" as "enquir". The index
 *    holds words as written (no stemmer) and Material searches each word as a prefix
 *    ("visits*"), so "visits" would never find "How often must I visit ...?"; the stem's
 *    prefix finds the singular and the plural alike. Only words of five letters or more,
 *    and not those ending in -ss, -us or -is ("process", "status", "analysis").
 * 3. When the query finds nothing, it is asked again allowing one typo in each
 *    word of five letters or more (Lunr's "~1"), so "asessment" finds assessment.
 *
 * And rules for its answer (see answered() below), so a result is the passage that answers:
 * 4. The passage that answers ranks first. Material multiplies a whole page's score by
 *    1 + (1 + share of the query's words found)^2 and a section's by 1 + share^2, so a page
 *    whose title names the question (an audit "of core groups") outranks the section of a
 *    standard that answers it ("When must the core group meet?"). The hub takes the page's
 *    extra 1 out: pages and sections compete on what they say, and the boosts pages get by
 *    type (src/yorkhub/search.py) decide between equals. Within a page, the section whose
 *    heading holds most of the question's words comes first (headings are the questions
 *    workers ask; a word counts in full, a longer word that starts with it by half), then
 *    the higher score. The section under a page's title (its first
 *    lines, the "In short") counts as the page itself.
 * 5. A result opens its best passage. Material's list always links a result's first line
 *    to the top of the page; when a section is the best passage, that line links to the
 *    section instead (Material takes the last entry of a result as the page when none has
 *    a plain page address), and the section's own text is shown under it.
 * 6. Keywords find pages but are not shown: the page keywords (indexed as tags) are left
 *    out of the answer, so no keyword chips, and so are the words the passage does not
 *    contain, so no "Missing" lines.
 *
 * Messages are answered one at a time, in the order they arrive.
 */
"use strict"
;(function () {
  var QUERY = 2
  var FORGIVING = /^[A-Za-z\u00C0-\u024F]{5,}$/
  var PLURAL = /^[A-Za-z]{4,}s$/
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

  function singular(query) {
    return query.split(/\s+/).map(function (word) {
      if (!PLURAL.test(word) || /(ss|us|is)$/i.test(word)) return word
      return /ies$/i.test(word) ? word.slice(0, -3) : word.slice(0, -1)
    }).join(" ")
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
    var query = singular(withoutCommonWords(String(message.data)))
    return ask({ type: QUERY, data: query }).then(function (reply) {
      var retry = forgiving(query)
      if (found(reply) || retry === query) return reply
      return ask({ type: QUERY, data: retry })
    }).then(answered)
  }

  /* Rules 4 to 6 on the worker's answer: results (one per page) of items (the page and
   * its sections), best first. A result ranks by its best item's score. */
  function answered(reply) {
    if (!found(reply)) return reply
    var ranked = reply.data.items.map(function (items) {
      var shownItems = items.map(shown)
      return { items: result(shownItems), score: Math.max.apply(null, shownItems.map(score)) }
    })
    ranked.sort(function (a, b) { return b.score - a.score })
    var results = ranked.map(function (entry) { return entry.items })
    return { type: reply.type, data: Object.assign({}, reply.data, { items: results }) }
  }

  function score(item) { return item.score }

  function result(items) {
    var page = null, top = null, others = []
    items.forEach(function (item) {
      if (!item.parent) page = item
      else others.push(item)
    })
    others = others.filter(function (item) {
      if (top || plain(item.title) !== plain(page.title)) return true
      top = item
      return false
    })
    if (top) {  /* the section under the page's title is the top of the page */
      page.score = Math.max(page.score, top.score)
      page.heading = Math.max(page.heading, top.heading)
      if (!page.text) page.text = top.text
    }
    others.sort(better)
    var ordered = !others.length || better(page, others[0]) <= 0
      ? [page].concat(others)
      : others.concat([Object.assign({}, page, { location: others[0].location, text: "" })])
    return descending(ordered)
  }

  /* Which of two items answers first: the heading with more of the question's words, then
   * the higher score. */
  function better(a, b) {
    return (b.heading - a.heading) || (b.score - a.score)
  }

  /* Material shows in full the items that score as high as the first one and folds the
   * rest away: scores that fall in the hub's order keep that so. */
  function descending(items) {
    var previous = Infinity
    return items.map(function (item) {
      previous = Math.min(item.score, previous * 0.999)
      return Object.assign({}, item, { score: previous })
    })
  }

  /* An item as the list shows it: no tags, only the words it contains, ranked by rule 4. */
  function shown(item) {
    var terms = {}, words = Object.keys(item.terms || {}), matched = 0
    words.forEach(function (word) {
      if (item.terms[word]) { terms[word] = true; matched++ }
    })
    var share = words.length ? matched / words.length : 0
    var value = item.parent ? item.score : item.score * (1 + share * share) / (1 + (1 + share) * (1 + share))
    var copy = Object.assign({}, item, { terms: terms, score: value, heading: inHeading(item.title, words) })
    delete copy.tags
    return copy
  }

  /* How many of the question's words the item's heading holds (Material marks them): a
   * word itself, or its plural, counts 1; a longer word that starts with it ("visited"
   * for "visit") counts a half. */
  function inHeading(title, words) {
    var marked = (String(title || "").match(/<mark>[^<]*<\/mark>/g) || []).map(plain)
    return words.reduce(function (sum, word) {
      word = word.toLowerCase()
      var whole = marked.some(function (token) {
        return token === word || token === word + "s" || token === word + "es"
      })
      var starts = marked.some(function (token) { return token.indexOf(word) === 0 })
      return sum + (whole ? 1 : starts ? 0.5 : 0)
    }, 0)
  }

  function plain(html) {
    return String(html || "").replace(/<[^>]*>/g, "").trim().toLowerCase()
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
