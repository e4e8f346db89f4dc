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
 * Two engines answer (src/yorkhub/search_pages.py):
 * - Material's (Lunr over search/search_index.json, built in this worker): the offline copy
 *   and `make serve`.
 * - Pagefind's, on a served build (intranet and public), whose search_index.json holds
 *   Material's settings with "engine": "pagefind" and no documents. Pagefind's index
 *   (pagefind/, one record per page of Material's index, its sections found by their
 *   headings) is fetched in small chunks for the words asked only, and its hits become the documents
 *   Material's worker would have answered: a result per page, its sections under it, the
 *   question's words marked. Rules 1 to 6 apply to both; rule 3 there: a long word that
 *   finds no word of its own spelling (Pagefind then matches a shorter word, "as" for
 *   "asessment") is asked as the hub's word one typo away (pagefind/hub-words.json,
 *   fetched on such a miss only), and a short word finds only words that start with it.
 *
 * Messages are answered one at a time, in the order they arrive; a query still waiting
 * when a newer one arrives is dropped (the reader typed on: Material asks on every key).
 */
"use strict"
;(function () {
  var SETUP = 0
  var READY = 1
  var QUERY = 2
  var RESULT = 3
  var HEADING = 0.5  /* how much more a heading made only of the question's words ranks */
  var CANDIDATES = 8  /* Pagefind's best hits read (a fragment each), then ranked by page type */
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
    if (engine && !query.trim()) return Promise.resolve({ type: RESULT, data: { items: [] } })
    if (engine) return engine.then(function () { return pagefindAnswer(query) }).then(answered)
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
    var value = item.parent || engine
      ? item.score
      : item.score * (1 + share * share) / (1 + (1 + share) * (1 + share))
    var copy = Object.assign({}, item, { terms: terms, score: value, heading: inHeading(item.title, words) })
    delete copy.tags
    delete copy.exact
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

  /* ---- Pagefind ---- */

  var engine = null  /* the promise of Pagefind's module, once SETUP named it */
  var pagefind = null  /* Pagefind's module, once loaded */
  var hubWords = null  /* the promise of pagefind/hub-words.json, once a typo asked for it */

  function folder() {
    return new URL("../../pagefind/", self.location.href).href
  }

  /* The search box takes questions at once; Pagefind's files load from then on, and a
   * question asked before they are in waits for them. */
  function setupPagefind() {
    var base = folder()
    engine = import(base + "pagefind.js").then(function (module) {
      /* Keywords (metadata, never shown) find a page as a heading would. */
      return module.options({
        basePath: base, baseUrl: "/", excerptLength: 24,
        ranking: { metaWeights: { keywords: 6, title: 6 } }
      }).then(function () { return module.init() }).then(function () { pagefind = module })
    })
    engine.catch(function (error) { console.warn("hub search: Pagefind did not load:", error) })
    return { type: READY }
  }

  function escape(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
  }

  function letters(word) {
    return word.toLowerCase().replace(/[^a-z0-9\u00C0-\u024F]/g, "")
  }

  /* Whether a word of the page answers a word of the question: it starts with it (the
   * question's word is a prefix, as Material's wildcard), or, for a long word, it is one
   * typo away from it or from its start. */
  function answers(token, word) {
    if (!token || !word) return false
    if (token.indexOf(word) === 0) return true
    if (word.length < 5) return false
    return typo(token.slice(0, word.length + 1), word) || typo(token.slice(0, word.length), word)
  }

  /* At most one letter added, left out, changed or two swapped. */
  function typo(a, b) {
    if (a === b) return true
    if (Math.abs(a.length - b.length) > 1) return false
    var i = 0
    while (i < a.length && i < b.length && a[i] === b[i]) i++
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1) ||
        (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
  }

  function tokens(text) {
    return String(text || "").replace(/<[^>]*>/g, " ").split(/[^A-Za-z0-9\u00C0-\u024F]+/)
      .map(letters).filter(Boolean)
  }

  /* The words Pagefind marked in an excerpt. */
  function markedWords(excerpt) {
    return (String(excerpt || "").match(/<mark>[^<]*<\/mark>/g) || []).map(function (mark) {
      return letters(mark.replace(/<[^>]*>/g, ""))
    })
  }

  /* The question's words a passage answers: in its marked words, its heading or the page's
   * keywords. */
  function termsOf(excerpt, also, words) {
    var marked = markedWords(excerpt)
    var own = also.reduce(function (all, text) { return all.concat(tokens(text)) }, marked)
    var terms = {}
    words.forEach(function (word) {
      terms[word] = own.some(function (token) { return answers(token, letters(word)) })
    })
    return terms
  }

  /* The share of a heading's words that answer the question: Lunr's ranking of titles favours
   * the short heading that is about the question, and so does the hub's on Pagefind (a
   * heading's words weigh with Pagefind, but not its length). */
  function share(title, words) {
    var own = tokens(title)
    if (!own.length) return 0
    var wanted = words.map(letters).filter(Boolean)
    return own.filter(function (token) {
      return wanted.some(function (word) { return answers(token, word) })
    }).length / own.length
  }

  /* The title with the question's words marked, as Material's worker marks them. */
  function marked(title, words) {
    var wanted = words.map(letters).filter(Boolean)
    return escape(title).split(/([A-Za-z0-9\u00C0-\u024F]+)/).map(function (part) {
      var token = letters(part)
      return token && wanted.some(function (word) { return answers(token, word) })
        ? "<mark>" + part + "</mark>" : part
    }).join("")
  }

  function pagefindHits(query) {
    return pagefind.search(query).then(function (search) {
      return Promise.all(search.results.slice(0, CANDIDATES).map(function (result) {
        return result.data().then(function (data) { return { score: result.score, data: data } })
      }))
    })
  }

  /* Material's answer from Pagefind's hits: one result per page, its sections under it,
   * each with the question's words it answers. A long word that answers nowhere is asked
   * again as the hub's word one typo away (rule 3). */
  function pagefindAnswer(query) {
    var words = query.split(/\s+/).filter(function (word) { return letters(word) })
    return pagefindHits(query).then(function (hits) {
      var results = hits.map(function (hit) { return pageResult(hit, words) }).filter(Boolean)
      var reply = { type: RESULT, data: { items: results, total: results.length } }
      var doubtful = words.filter(function (word) {
        return FORGIVING.test(word) && !results.some(function (items) {
          return items.some(function (item) { return item.exact[letters(word)] })
        })
      })
      if (!doubtful.length) return reply
      return corrected(words).then(function (fixed) {
        return fixed === words.join(" ") ? reply : pagefindAnswer(fixed)
      })
    })
  }

  /* One page's result, as Material's worker gives it: the page's top first when it answers
   * (else last, with no score), then its sections, each scored as the page's score times
   * its share of the page's best passage. None when no word of the question is answered. */
  function pageResult(hit, words) {
    var meta = hit.data.meta, location = meta.location
    var score = hit.score * (parseFloat(meta.boost) || 1)
    var passages = hit.data.sub_results.map(function (sub) {
      var sum = sub.weighted_locations.reduce(function (total, at) {
        return total + at.balanced_score
      }, 0)
      return { url: sub.url, title: sub.title, excerpt: sub.excerpt, sum: sum }
    })
    passages.forEach(function (passage) {
      passage.terms = termsOf(passage.excerpt, [passage.title, meta.keywords], words)
    })
    passages = passages.filter(function (passage) { return answersAny(passage.terms) })
    if (!passages.length) {  /* found by the page's keywords alone: the page's top */
      var terms = termsOf("", [meta.title, meta.keywords], words)
      if (!answersAny(terms)) return null
      passages = [{ url: "/" + location, title: meta.title, excerpt: "", sum: 1, terms: terms }]
    }
    var best = Math.max.apply(null, passages.map(function (passage) { return passage.sum }))
    var page = null, sections = []
    passages.forEach(function (passage) {
      var item = {
        location: passage.url.replace(/^\//, ""),
        title: marked(passage.title || "", words),
        text: passage.excerpt || "",
        score: score * (passage.sum / (best || 1)) * (1 + HEADING * share(passage.title, words)),
        terms: passage.terms,
        exact: exactly(passage.excerpt, [passage.title, meta.keywords], words)
      }
      if (item.location === location) page = item
      else sections.push(Object.assign(item, { parent: { location: location } }))
    })
    sections.sort(function (a, b) { return b.score - a.score })
    if (page) return [page].concat(sections)
    var top = {
      location: location, title: marked(meta.title || "", words), text: "", score: 0, terms: {},
      exact: {}
    }
    return sections.concat([top])
  }

  /* The question's words a passage holds as spelt (a word that starts with it). */
  function exactly(excerpt, also, words) {
    var marked = markedWords(excerpt)
    var own = also.reduce(function (all, text) { return all.concat(tokens(text)) }, marked)
    var found = {}
    words.forEach(function (word) {
      var plain = letters(word)
      found[plain] = own.some(function (token) { return token.indexOf(plain) === 0 })
    })
    return found
  }

  function answersAny(terms) {
    return Object.keys(terms).some(function (word) { return terms[word] })
  }

  /* The question with each long word the hub does not hold replaced by the hub's word one
   * typo away (the most common spelling first: the list is in order of the index). */
  function corrected(words) {
    if (!hubWords) {
      hubWords = fetch(folder() + "hub-words.json").then(function (response) {
        return response.ok ? response.json() : []
      }).catch(function () { return [] })
    }
    return hubWords.then(function (list) {
      var known = new Set(list)
      return words.map(function (word) {
        var plain = letters(word)
        if (!FORGIVING.test(word) || known.has(plain)) return word
        var near = list.filter(function (candidate) { return typo(candidate, plain) })
        return near.length ? near[0] : word
      }).join(" ")
    })
  }

  function setup(message) {
    var config = message && message.data && message.data.config
    return config && config.engine === "pagefind" ? setupPagefind() : ask(message)
  }

  var queue = Promise.resolve()
  var latest = 0
  addListener("message", function (ev) {
    var message = ev.data
    var query = message && message.type === QUERY ? ++latest : 0
    queue = queue.then(function () {
      if (message && message.type === SETUP) return setup(message)
      if (!query) return ask(message)
      return query === latest ? answerQuery(message) : null
    }).then(function (reply) { if (reply) send(reply) }, function (error) {
      console.warn("hub search:", error)
    })
    return queue
  })
})()
