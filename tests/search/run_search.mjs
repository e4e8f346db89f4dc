// Run Material for MkDocs' own search worker in Node, exactly as the browser does.
//
//   node run_search.mjs SITE_DIR < queries.json > results.json
//
// SITE_DIR is a built hub. The worker script (assets/javascripts/workers/search.*.min.js)
// runs in a vm context with the few globals a web worker has (self, addEventListener,
// postMessage). It gets the same messages the page sends: SETUP (type 0) with
// search/search_index.json, then one QUERY (type 2) per query; it answers READY (1)
// and RESULT (3). Input: a JSON list of query strings. Output: for each query, the
// worker's groups of results (one group per page, best first), each item reduced
// to {location, title, score}.
//
// On a served build the worker answers from Pagefind's index (pagefind/): it imports
// pagefind/pagefind.js, which runs here as a module, and fetches the index's files, which
// are read from SITE_DIR as a web server would send them.
import fs from "node:fs"
import path from "node:path"
import vm from "node:vm"
import { fileURLToPath, pathToFileURL } from "node:url"

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3

// The worker the pages name in their config (the hub's, which loads Material's).
function workerPath(site) {
  const html = fs.readFileSync(path.join(site, "index.html"), "utf8")
  const config = JSON.parse(html.match(/<script id="__config" type="application\/json">([^<]*)<\/script>/)[1])
  return path.join(site, config.search)
}

function startWorker(site) {
  const listeners = []
  const answers = []
  const worker = workerPath(site)
  const context = {
    console,
    URL,
    fetch: siteFetch,
    location: { href: pathToFileURL(worker).href },
    addEventListener: (type, listener) => { if (type === "message") listeners.push(listener) },
    postMessage: message => answers.push(message),
  }
  // The hub's worker loads Material's with importScripts, relative to itself; any other
  // script would be a language pack, which the hub must not need (lang: en).
  context.importScripts = (...urls) => {
    for (const url of urls) {
      if (!/^workers\/search\.[0-9a-f]+\.min\.js$/.test(url))
        throw new Error(`the hub's search must use lang: en (no extra scripts), asked for ${url}`)
      vm.runInContext(fs.readFileSync(path.join(path.dirname(worker), url), "utf8"), context)
    }
  }
  context.self = context
  vm.createContext(context)
  vm.runInContext(fs.readFileSync(worker, "utf8"), context, {
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  })
  return async message => {
    answers.length = 0
    await Promise.all(listeners.map(listener => listener({ data: message })))
    return answers.pop()
  }
}

// fetch for the site's own files (file: URLs), as the browser fetches them from the server.
async function siteFetch(input) {
  const url = new URL(String(input))
  if (url.protocol !== "file:") throw new Error(`the search asked for ${url}: only the site's own files`)
  try {
    return new Response(fs.readFileSync(fileURLToPath(url)))
  } catch {
    return new Response("", { status: 404 })
  }
}
globalThis.fetch = siteFetch  // what pagefind.js, a module of this process, fetches with

async function main() {
  const site = process.argv[2]
  const queries = JSON.parse(fs.readFileSync(0, "utf8"))
  const index = JSON.parse(fs.readFileSync(path.join(site, "search", "search_index.json"), "utf8"))
  const send = startWorker(site)
  const ready = await send({ type: SETUP, data: { ...index, options: { suggest: false } } })
  if (!ready || ready.type !== READY)
    throw new Error(`the search worker did not answer READY: ${JSON.stringify(ready)}`)
  const results = []
  for (const query of queries) {
    const answer = await send({ type: QUERY, data: query })
    if (!answer || answer.type !== RESULT)
      throw new Error(`the search worker did not answer RESULT for ${JSON.stringify(query)}`)
    results.push(answer.data.items.map(group => group.map(({ location, title, score }) => ({ location, title, score }))))
  }
  process.stdout.write(JSON.stringify(results))
}

main().catch(error => { console.error(error.message); process.exit(1) })
